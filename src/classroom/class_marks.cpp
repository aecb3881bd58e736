#include "classroom/class_marks.h"

#include "classroom/explanation.h"
#include "classroom/questions.h"
#include "core/input_error.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

namespace fs = std::filesystem;

// `text` in lower case (ASCII letters only: ids are ASCII).
static std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// The roster student whose id is `id` (or differs from it only in case), or roster.size().
static std::size_t student_of(const std::vector<Student>& roster, const std::string& id) {
    for (std::size_t r = 0; r < roster.size(); ++r) {
        if (lower(roster[r].id) == lower(id)) return r;
    }
    return roster.size();
}

Submissions find_submissions(const std::string& dir, const std::vector<Student>& roster) {
    std::error_code error;
    if (!fs::is_directory(dir, error)) throw InputError(dir, 0, "is not a folder (expected the folder of the sheets handed in, ID.tsv or ID.csv)");
    std::vector<fs::path> files;
    for (fs::directory_iterator entry(dir, error), end; !error && entry != end; entry.increment(error)) files.push_back(entry->path());
    if (error) throw InputError(dir, 0, "cannot be listed (" + error.message() + "; expected a folder that can be read)");
    std::sort(files.begin(), files.end());
    Submissions found;
    found.dir = dir;
    found.sheets.assign(roster.size(), "");
    for (const fs::path& path : files) {
        const std::string name = path.filename().string(), extension = lower(path.extension().string());
        if (name.empty() || name[0] == '.') continue;
        if (extension != ".tsv" && extension != ".csv") {
            found.strays.push_back(path.string() + ": not marked: not an answer sheet (expected ID.tsv or ID.csv)");
            continue;
        }
        const std::size_t r = student_of(roster, path.stem().string());
        if (r == roster.size()) {
            found.strays.push_back(path.string() + ": not marked: " + quoted(path.stem().string()) +
                                   " is not an id of the roster (expected ID.tsv or ID.csv for a student of the roster)");
        } else if (!found.sheets[r].empty()) {
            found.strays.push_back(path.string() + ": not marked: a second sheet of " + roster[r].id + " (expected one sheet per student; " +
                                   found.sheets[r] + " is marked)");
        } else {
            found.sheets[r] = path.string();
        }
    }
    return found;
}

std::size_t StudentMarks::score() const { return marking.score(); }

std::size_t StudentMarks::asked() const { return marking.values.size(); }

std::string StudentMarks::mark_word(std::size_t v) const {
    if (state != SheetState::marked) return "";
    const MarkedValue& value = marking.values.at(v);
    switch (value.mark) {
        case Mark::correct: return "correct";
        case Mark::consistent: return "consistent";
        case Mark::wrong: return "wrong";
        case Mark::missing:
            for (const UnreadableLine& line : sheet.unreadable) {
                if (line.step == value.step && line.key == value.key) return "unreadable";
            }
            return "missing";
    }
    return "";
}

// The marks of `answers` (one Answers per step) against `problem`, as nnwalk check marks them.
static Marking marks_against(const ClassProblem& problem, const std::vector<Answers>& answers, const Tolerance& tolerance) {
    if (problem.rounded.size() == 1) {
        return mark_answers(problem.rounded[0], problem.full[0], asked_quantities(problem.rounded[0]), answers.at(0), tolerance);
    }
    return mark_steps(problem.rounded, problem.full, answers, tolerance);
}

// How many answers are `problem`'s true values: a quick look, to mark a sheet in full only against the
// problems it may fit (marking against all of a large class's problems would take long).
static std::size_t true_values(const ClassProblem& problem, const std::vector<Answers>& answers, const Tolerance& tolerance) {
    std::size_t n = 0;
    for (std::size_t s = 0; s < problem.rounded.size(); ++s) {
        for (std::size_t k : asked_quantities(problem.rounded[s])) {
            const auto answer = answers.at(s).find(problem.rounded[s][k].key);
            if (answer == answers[s].end()) continue;
            const double yours = answer->second.value;
            n += tolerance.matches(yours, problem.rounded[s][k].value) || tolerance.matches(yours, problem.full[s][k].value) ? 1 : 0;
        }
    }
    return n;
}

StudentMarks mark_student(const std::vector<Student>& roster, std::size_t own, const std::string& file,
                          const std::vector<ClassProblem>& problems, const Tolerance& tolerance) {
    StudentMarks marks;
    marks.student = roster.at(own);
    marks.file = file;
    if (file.empty()) return marks;
    try {
        marks.sheet = load_answers(file, problems.at(own).rounded, problems.at(own).file);
    } catch (const InputError& error) {
        marks.state = SheetState::unreadable;
        marks.error = error.what();
        return marks;
    }
    marks.state = SheetState::marked;
    marks.marking = marks_against(problems[own], marks.sheet.steps, tolerance);
    const std::size_t score = marks.score(), answered = marks.asked() - marks.marking.count(Mark::missing);
    for (std::size_t other = 0; other < problems.size(); ++other) {
        const std::size_t true_there = other == own ? 0 : true_values(problems[other], marks.sheet.steps, tolerance);
        if (true_there == 0 || true_there < marks.marking.count(Mark::correct)) continue;
        const std::size_t there = marks_against(problems[other], marks.sheet.steps, tolerance).score();
        if (there > score && there > marks.fits_better_score && 2 * there >= answered) {
            marks.fits_better = roster[other].id;
            marks.fits_better_score = there;
        }
    }
    return marks;
}

std::vector<std::string> value_columns(const ClassProblem& problem) {
    std::vector<std::string> columns;
    for (std::size_t s = 0; s < problem.rounded.size(); ++s) {
        for (std::size_t k : asked_quantities(problem.rounded[s])) {
            columns.push_back(value_label(text(problem.rounded[s][k].key), s + 1, problem.rounded.size()));
        }
    }
    return columns;
}

std::string slip_pattern(const std::string& slip) {
    std::string pattern;
    for (std::size_t k = 0; k < slip.size();) {
        pattern += slip[k++];
        if (pattern.size() < 2 || pattern.compare(pattern.size() - 2, 2, "= ") != 0) continue;
        // A number written by plain() directly after "= ": "0.5", "-0.25", "1e-07".
        std::size_t end = k;
        while (end < slip.size() && std::string("0123456789.-+eE").find(slip[end]) != std::string::npos) ++end;
        if (end > k && std::isdigit(static_cast<unsigned char>(slip[end - 1]))) {
            pattern += "…";
            k = end;
        }
    }
    return pattern;
}

bool in_summary(const StudentMarks& marks) { return marks.state == SheetState::marked && marks.fits_better.empty(); }

std::vector<ValueSummary> summarize_values(const std::vector<StudentMarks>& students, const std::vector<std::string>& columns) {
    std::vector<ValueSummary> summaries;
    std::size_t column = 0;
    for (const std::string& name : columns) {
        ValueSummary summary;
        summary.column = name;
        std::map<std::string, std::pair<std::size_t, std::string>> slips;  // slip_kind → sheets, the first slip
        std::vector<std::string> order;                                     // the kinds as first seen
        for (const StudentMarks& marks : students) {
            if (!in_summary(marks)) continue;
            const MarkedValue& value = marks.marking.values.at(column);
            const std::string word = marks.mark_word(column);
            summary.correct += word == "correct";
            summary.consistent += word == "consistent";
            summary.wrong += word == "wrong";
            summary.missing += word == "missing" || word == "unreadable";
            if (value.slip.empty()) continue;
            const std::string kind = slip_kind(value.slip);
            if (slips.count(kind) == 0) order.push_back(kind);
            auto& entry = slips.emplace(kind, std::make_pair(std::size_t{0}, value.slip)).first->second;
            ++entry.first;
        }
        for (const std::string& kind : order) {
            if (slips[kind].first > summary.slip_count) {
                summary.slip_count = slips[kind].first;
                summary.slip = slip_pattern(slips[kind].second);
            }
        }
        summaries.push_back(summary);
        ++column;
    }
    return summaries;
}
