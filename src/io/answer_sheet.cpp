#include "io/answer_sheet.h"

#include "core/input_error.h"
#include "core/input_file.h"
#include "core/number_parse.h"
#include "io/spreadsheet_text.h"

#include <iterator>
#include <optional>
#include <string>
#include <vector>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

std::string AnswerSheet::message(const UnreadableLine& line) const { return InputError(file, line.line, line.reason).what(); }

// `text` with every `from` replaced by `to`.
static std::string replaced(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
    return text;
}

// The key in a cell: ∆ (U+2206 INCREMENT, what a Mac types for Option-J) is the Greek Δ of Δw and Δb.
static std::optional<Key> key_in(const Cell& cell) { return parse_key(replaced(cell.text, "\u2206", "\u0394")); }

// The number in a cell as read_number reads it: the minus sign − (U+2212, which nnwalk prints) as '-', and a
// decimal comma as a point where a comma cannot separate cells (one comma and no point: "0,7311").
static std::string number_text(const Cell& cell, Separator separator) {
    std::string text = replaced(cell.text, "\u2212", "-");
    const bool comma_is_decimal = separator != Separator::comma || cell.quoted;
    const std::size_t comma = text.find(',');
    if (comma_is_decimal && comma != std::string::npos && text.find(',', comma + 1) == std::string::npos && text.find('.') == std::string::npos) {
        text[comma] = '.';
    }
    return text;
}

// Whether a cell holds a number (the check of a header line, which holds none).
static bool is_number(const Cell& cell, Separator separator) {
    try {
        read_number(number_text(cell, separator), "", 0, "");
        return true;
    } catch (const InputError&) {
        return false;
    }
}

// Whether these cells, the first of a sheet, are a header ("key,value"): no cell is a key or a number.
static bool is_header(const std::vector<Cell>& cells, Separator separator) {
    for (const Cell& cell : cells) {
        if (key_in(cell) || is_number(cell, separator) || cell.text == "step") return false;
    }
    return true;
}

// Why the problem has no `key`: it has no targets, or the indices are outside its layers.
static std::string not_in_problem(const Key& key, const std::string& written, const Record& problem, const std::string& problem_file) {
    if (!problem.has(key::E()) && needs_targets(key.name)) {
        return problem_file + " has no " + written + " (it has no targets, so only the forward pass is marked)";
    }
    return problem_file + " has no " + written + " (its values are listed by: nnwalk trace " + problem_file + ")";
}

// "expected a key and a value, such as z[1][1]<TAB>0.5 (got 3 words)", with a hint for a comma CSV's
// decimal commas.
static std::string not_two_cells(std::size_t count, Separator separator) {
    const std::string what = separator == Separator::blanks ? " word" : " cell";
    std::string reason = "expected a key and a value, such as z[1][1]<TAB>0.5 (got " + std::to_string(count) + what + (count == 1 ? ")" : "s)");
    if (separator == Separator::comma && count == 3) reason += "; in a comma-separated file a decimal comma needs quotes, \"0,5\"";
    return reason;
}

// The step a "step<TAB>k" line opens, 1 to `steps`, or 0 for any other step.
static std::size_t step_of(const std::vector<Cell>& cells, std::size_t steps) {
    for (std::size_t k = 1; k <= steps; ++k) {
        if (cells.size() == 2 && cells[1].text == std::to_string(k)) return k;
    }
    return 0;
}

// Why a step line opens no step that is marked: it names a step the problem is not marked for (a key of two
// steps checked for one), or it is not a step line at all ("step" alone, or with more cells).
static std::string not_marked(const std::vector<Cell>& cells, std::size_t steps) {
    const std::string n = std::to_string(steps);
    const std::string marked = steps == 1 ? "step 1 only: the problem is marked for 1 step"
                                          : "step 1 to " + n + ": the problem is marked for " + n + " steps";
    if (cells.size() != 2) {
        const std::string got = cells.size() == 1 ? "the word step alone" : std::to_string(cells.size()) + " cells";
        return "a step line needs one step number, such as step<TAB>2 (got " + got + "), so the lines after it are "
               "skipped (expected " + marked + ")";
    }
    return "step " + quoted(cells[1].text) + " is not marked, so its lines are skipped (expected " + marked + ")";
}

// Reads one line's cells into the answers of `step` (from 1); a "step" line changes the step. The lines of a
// step that is not marked (step 0) are skipped: the step line alone is noted, not each of its values as
// another answer to the step before. Throws InputError(file, number, …) when the line cannot be read, after
// noting in `key` which value it was meant to answer once that is known.
static void read_line(const std::vector<Cell>& cells, Separator separator, int number, const std::vector<Record>& records,
                      const std::string& problem_file, AnswerSheet& sheet, std::size_t& step, std::string& key) {
    const std::string& file = sheet.file;
    if (cells[0].text == "step") {
        step = step_of(cells, records.size());
        if (step == 0) throw InputError(file, number, not_marked(cells, records.size()));
        return;
    }
    if (step == 0) return;
    const Record& problem = records[step - 1];
    Answers& answers = sheet.steps[step - 1];
    const std::optional<Key> parsed = key_in(cells[0]);
    if (cells.size() > 2 || (cells.size() == 1 && !parsed)) throw InputError(file, number, not_two_cells(cells.size(), separator));
    if (!parsed) {
        throw InputError(file, number, "unknown key " + quoted(cells[0].text) + " (expected a value such as z[1][2], a[1][2], E, δ[2][1], Δw[2][1][1], new_w[2][1][1], Δb[2][1] or new_b[2][1])");
    }
    key = text(*parsed);
    if (cells.size() == 1) return;  // a key with its value left blank: not answered
    const auto earlier = answers.find(*parsed);
    if (earlier != answers.end()) {
        throw InputError(file, number, key + " given twice (first on line " + std::to_string(earlier->second.line) + ")");
    }
    const std::string written = number_text(cells[1], separator);
    const double value = read_number(written, file, number, "the value of " + key);
    if (!problem.has(*parsed)) throw InputError(file, number, not_in_problem(*parsed, cells[0].text, problem, problem_file));
    answers[*parsed] = Answer{value, written, number};
}

AnswerSheet parse_answers(const std::string& bytes, const std::string& file, const std::vector<Record>& problem,
                          const std::string& problem_file) {
    AnswerSheet sheet;
    sheet.file = file;
    sheet.steps.resize(problem.size());
    std::size_t step = 1;  // the step the lines answer
    const std::vector<std::string> lines = text_lines(bytes, file, "a text file of key and value lines");
    const Separator separator = separator_of(lines);
    bool first = true;  // no line with cells yet (it may be a header)
    for (std::size_t k = 0; k < lines.size(); ++k) {
        const int number = static_cast<int>(k) + 1;
        std::string key;
        const std::size_t step_before = step;  // 0: inside a step that is not marked
        bool step_line = false;
        try {
            const std::vector<Cell> cells = cells_of(lines[k], separator, file, number);
            if (cells.empty()) continue;
            step_line = cells[0].text == "step";
            const bool header = first && is_header(cells, separator);
            first = false;
            if (!header) read_line(cells, separator, number, problem, problem_file, sheet, step, key);
        } catch (const InputError& error) {
            // Inside a step that is not marked only step lines are noted: its other lines are skipped, whether
            // they can be read or not.
            if (step_before == 0 && !step_line) continue;
            sheet.unreadable.push_back(UnreadableLine{number, step, key, error.reason});
        }
    }
    std::size_t answered = 0;
    for (const Answers& answers : sheet.steps) answered += answers.size();
    if (answered == 0 && !sheet.unreadable.empty()) throw InputError(file, sheet.unreadable[0].line, sheet.unreadable[0].reason);
    if (answered == 0) {
        const std::string steps = problem.size() == 1 ? "" : ", after step<TAB>1 and step<TAB>2 lines";
        throw InputError(file, 0, "no answers (expected lines such as z[1][1]<TAB>0.5" + steps + ")");
    }
    return sheet;
}

AnswerSheet load_answers(const std::string& path, const std::vector<Record>& problem, const std::string& problem_file) {
    std::ifstream in = open_input(path, "answer sheet of key<TAB>value lines");
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) throw InputError(path, 0, "cannot read the file (read error)");
    return parse_answers(bytes, path, problem, problem_file);
}
