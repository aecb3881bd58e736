#include "classroom/gradebook.h"

#include "core/number_format.h"
#include "print/table.h"

#include <algorithm>

// A CSV cell: quoted when it holds a comma, a quote, a line end or spaces at either end.
static std::string csv_cell(const std::string& text) {
    const bool plain_text = text.find_first_of(",\"\r\n") == std::string::npos &&
                            (text.empty() || (text.front() != ' ' && text.back() != ' '));
    if (plain_text) return text;
    std::string cell = "\"";
    for (char c : text) cell += c == '"' ? std::string("\"\"") : std::string(1, c);
    return cell + "\"";
}

// The cells joined into one CSV line (without its line end).
static std::string csv_line(const std::vector<std::string>& cells) {
    std::string line;
    for (std::size_t k = 0; k < cells.size(); ++k) line += (k == 0 ? "" : ",") + csv_cell(cells[k]);
    return line;
}

std::string gradebook_header(const std::vector<std::string>& columns) {
    std::vector<std::string> cells = {"id", "name", "score", "percent", "note"};
    cells.insert(cells.end(), columns.begin(), columns.end());
    return "\xEF\xBB\xBF" + csv_line(cells);
}

std::string fits_better_note(const StudentMarks& marks) {
    if (marks.fits_better.empty()) return "";
    return "fits " + marks.fits_better + "'s problem better: " + std::to_string(marks.fits_better_score) + "/" +
           std::to_string(marks.asked()) + " against " + std::to_string(marks.score()) + "/" + std::to_string(marks.asked());
}

// "lines 7 and 9 cannot be read", or "".
static std::string unreadable_lines_note(const StudentMarks& marks) {
    const std::vector<UnreadableLine>& lines = marks.sheet.unreadable;
    if (lines.empty()) return "";
    std::string numbers;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        numbers += (k == 0 ? "" : k + 1 == lines.size() ? " and " : ", ") + std::to_string(lines[k].line);
    }
    return (lines.size() == 1 ? "line " : "lines ") + numbers + " cannot be read";
}

// The score as the gradebook and the report write it: "27/28", "missing" or "unreadable".
static std::string score_text(const StudentMarks& marks) {
    switch (marks.state) {
        case SheetState::marked: return std::to_string(marks.score()) + "/" + std::to_string(marks.asked());
        case SheetState::missing: return "missing";
        case SheetState::unreadable: return "unreadable";
    }
    return "";
}

// 100·k/n with one decimal ("96.4"), or "" for a sheet not marked.
static std::string percent_text(const StudentMarks& marks) {
    if (marks.state != SheetState::marked || marks.asked() == 0) return "";
    return fixed(100.0 * static_cast<double>(marks.score()) / static_cast<double>(marks.asked()), 1);
}

// The note of a student's row: why nothing is marked, a better fit, the lines that cannot be read.
static std::string note_of(const StudentMarks& marks) {
    if (marks.state == SheetState::missing) return "no sheet handed in";
    if (marks.state == SheetState::unreadable) return marks.error;
    std::string note = fits_better_note(marks);
    const std::string lines = unreadable_lines_note(marks);
    if (!lines.empty()) note += (note.empty() ? "" : "; ") + lines;
    return note;
}

void write_gradebook(std::ostream& out, const std::vector<std::string>& columns, const std::vector<StudentMarks>& students) {
    out << gradebook_header(columns) << "\n";
    for (const StudentMarks& marks : students) {
        std::vector<std::string> cells = {marks.student.id, marks.student.name, score_text(marks), percent_text(marks), note_of(marks)};
        for (std::size_t v = 0; v < marks.marking.values.size(); ++v) cells.push_back(marks.mark_word(v));
        cells.resize(5 + columns.size());  // no marks for a sheet not marked
        out << csv_line(cells) << "\n";
    }
}

std::vector<std::string> points_to_look_at(const ClassReport& report) {
    std::vector<std::string> points;
    for (const StudentMarks& marks : report.students) {
        if (marks.state == SheetState::unreadable) points.push_back(marks.error);
        for (const UnreadableLine& line : marks.sheet.unreadable) points.push_back(marks.sheet.message(line));
        if (!marks.fits_better.empty()) points.push_back(marks.file + ": " + marks.student.id + "'s sheet " + fits_better_note(marks));
    }
    points.insert(points.end(), report.strays.begin(), report.strays.end());
    return points;
}

// How many students' sheets are in `state`.
static std::size_t count_in(const ClassReport& report, SheetState state) {
    std::size_t n = 0;
    for (const StudentMarks& marks : report.students) n += marks.state == state ? 1 : 0;
    return n;
}

// "30 students: 26 sheets marked, 1 unreadable, 3 missing".
static std::string counts_line(const ClassReport& report) {
    const std::size_t n = report.students.size();
    const std::size_t marked = count_in(report, SheetState::marked);
    return std::to_string(n) + (n == 1 ? " student: " : " students: ") + std::to_string(marked) +
           (marked == 1 ? " sheet marked, " : " sheets marked, ") + std::to_string(count_in(report, SheetState::unreadable)) + " unreadable, " +
           std::to_string(count_in(report, SheetState::missing)) + " missing";
}

// The rows of the students' table: id, name, score, percent, note.
static std::vector<std::vector<std::string>> student_rows(const ClassReport& report) {
    std::vector<std::vector<std::string>> rows;
    for (const StudentMarks& marks : report.students) {
        const std::string note = marks.state == SheetState::unreadable ? "cannot be read: see below" : note_of(marks);
        rows.push_back({marks.student.id, marks.student.name, score_text(marks), percent_text(marks), note});
    }
    return rows;
}

// The rows of the values' table: value, correct, consistent, wrong, missing, the most common slip. `slip`
// writes a slip's cell (the text itself, or its number in a list).
template <typename SlipCell>
static std::vector<std::vector<std::string>> value_rows(const ClassReport& report, SlipCell slip) {
    std::vector<std::vector<std::string>> rows;
    for (const ValueSummary& v : summarize_values(report.students, report.columns)) {
        const std::string sheets = " (" + std::to_string(v.slip_count) + (v.slip_count == 1 ? " sheet)" : " sheets)");
        rows.push_back({v.column, std::to_string(v.correct), std::to_string(v.consistent), std::to_string(v.wrong),
                        std::to_string(v.missing), v.slip_count == 0 ? "" : slip(v.slip) + sheets});
    }
    return rows;
}

// "(4 sheets)", "(4 sheets; 1046's, which fits another problem better, is left out)".
static std::string summary_sheets(const ClassReport& report) {
    std::size_t counted = 0;
    std::vector<std::string> left_out;
    for (const StudentMarks& marks : report.students) {
        counted += in_summary(marks) ? 1 : 0;
        if (marks.state == SheetState::marked && !in_summary(marks)) left_out.push_back(marks.student.id + "'s");
    }
    std::string text = "(" + std::to_string(counted) + (counted == 1 ? " sheet" : " sheets");
    if (!left_out.empty()) {
        std::string ids;
        for (std::size_t k = 0; k < left_out.size(); ++k) ids += (k == 0 ? "" : k + 1 == left_out.size() ? " and " : ", ") + left_out[k];
        text += "; " + ids + (left_out.size() == 1 ? ", which fits another problem better, is" : ", which fit other problems better, are") + " left out";
    }
    return text + ")";
}

void print_class_report_text(std::ostream& out, const ClassReport& report) {
    out << "nnwalk class mark " << report.dir << " " << report.submissions << "\n"
        << counts_line(report) << "; marked to " << report.decimals << " decimals\n"
        << "wrote " << report.gradebook << "\n\nstudents\n";
    const std::vector<Column> students = {{"id", true}, {"name", true}, {"score"}, {"%"}, {"note", true}};
    out << table_text(students, student_rows(report));
    out << "\nthe class, value by value " << summary_sheets(report) << "\n";
    // Slips are long: the table numbers them, and the list under it says each once.
    std::vector<std::string> slips;
    const auto number_of = [&](const std::string& slip) {
        const std::size_t at = static_cast<std::size_t>(std::find(slips.begin(), slips.end(), slip) - slips.begin());
        if (at == slips.size()) slips.push_back(slip);
        return "slip " + std::to_string(at + 1);
    };
    const std::vector<Column> values = {{"value", true}, {"correct"}, {"consistent"}, {"wrong"}, {"missing"}, {"most common slip", true}};
    out << table_text(values, value_rows(report, number_of));
    for (std::size_t k = 0; k < slips.size(); ++k) out << "  slip " << k + 1 << ": " << slips[k] << "\n";
    const std::vector<std::string> points = points_to_look_at(report);
    if (!points.empty()) {
        out << "\nto look at\n";
        for (const std::string& point : points) out << "  " << point << "\n";
    }
}

// A cell of a Markdown table: a '|' in it would end the cell.
static std::string markdown_cell(const std::string& text) {
    std::string cell;
    for (char c : text) cell += c == '|' ? std::string("\\|") : std::string(1, c);
    return cell;
}

// A Markdown table: the header, the alignment row (`right` says which columns are right-aligned), the rows.
static void markdown_table(std::ostream& out, const std::vector<std::string>& header, const std::vector<bool>& right,
                           const std::vector<std::vector<std::string>>& rows) {
    out << "|";
    for (const std::string& cell : header) out << " " << cell << " |";
    out << "\n|";
    for (bool r : right) out << (r ? " ---: |" : " --- |");
    out << "\n";
    for (const std::vector<std::string>& row : rows) {
        out << "|";
        for (const std::string& cell : row) out << " " << markdown_cell(cell) << " |";
        out << "\n";
    }
}

void print_class_report_markdown(std::ostream& out, const ClassReport& report) {
    out << "# Marks of " << report.dir << "\n\n"
        << "Sheets from `" << report.submissions << "`: " << counts_line(report) << "; marked to " << report.decimals
        << " decimals. The gradebook is `" << report.gradebook << "`.\n\n## Students\n\n";
    markdown_table(out, {"id", "name", "score", "%", "note"}, {false, false, true, true, false}, student_rows(report));
    out << "\n## The class, value by value\n\n" << summary_sheets(report) << "\n\n";
    markdown_table(out, {"value", "correct", "consistent", "wrong", "missing", "most common slip"}, {false, true, true, true, true, false},
                   value_rows(report, [](const std::string& slip) { return slip; }));
    const std::vector<std::string> points = points_to_look_at(report);
    if (!points.empty()) {
        out << "\n## To look at\n\n";
        for (const std::string& point : points) out << "- " << point << "\n";
    }
}
