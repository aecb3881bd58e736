#include "cli/commands.h"

#include "classroom/class_folder.h"
#include "classroom/class_marks.h"
#include "classroom/gradebook.h"
#include "cli/computed_records.h"
#include "cli/options.h"
#include "core/input_error.h"
#include "io/netfile.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

static const char* const class_mark_usage = "usage: nnwalk class mark DIR SUBMISSIONS [--format text|markdown]";

// Every student's problem, from DIR/teacher/problems/ID.net, in roster order. A problem that cannot be read, or
// that asks for other values than the first (the gradebook has one column per value), is an InputError: the
// class folder is broken, and nothing is marked.
static std::vector<ClassProblem> load_problems(const ClassFolder& c) {
    std::vector<ClassProblem> problems;
    for (const Student& student : c.roster) {
        ClassProblem problem;
        problem.file = problem_path(c, student.id);
        const NetFile net = load_netfile(problem.file);
        problem.rounded = traced_records(net, c.settings.steps, c.settings.decimals, problem.file);
        problem.full = traced_records(net, c.settings.steps, -1, problem.file);
        if (!problems.empty() && value_columns(problem) != value_columns(problems.front()))
            throw InputError(problem.file, 0, "asks for other values than " + problems.front().file +
                                                  " (expected every problem of the class to ask the same values, as "
                                                  "nnwalk class new makes them)");
        problems.push_back(problem);
    }
    return problems;
}

// Refuses a gradebook that class mark did not write: a file at `path` whose first line is not `header`.
static void require_own_gradebook(const std::string& path, const std::string& header) {
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (!fs::exists(status)) return;
    const std::string expected = "expected the gradebook nnwalk class mark writes, or none; move the file away to mark again";
    if (!fs::is_regular_file(status)) throw InputError(path, 0, "is not a file (" + expected + ")");
    std::ifstream in(path, std::ios::binary);
    std::string first;
    if (!in || !std::getline(in, first)) throw InputError(path, 0, "cannot be read or is empty (" + expected + ")");
    if (first != header) throw InputError(path, 1, "was not written by nnwalk class mark for this class (" + expected + ")");
}

// Writes `text` to `path` through a temporary file beside it and a rename, so that a failure leaves the
// gradebook that was there.
static void replace_file(const std::string& path, const std::string& text) {
    const std::string partial = path + ".partial";
    const std::string why = "cannot be written (expected a class folder that can be written)";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out << text;
        if (!out.flush()) {
            std::error_code ignored;
            fs::remove(partial, ignored);
            throw InputError(path, 0, why);
        }
    }
    std::error_code error;
    fs::rename(partial, path, error);
    if (error) {
        fs::remove(partial, error);
        throw InputError(path, 0, why);
    }
}

int class_mark_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const std::string command = "nnwalk class mark";
    const Options options = parse_options(command, args, {"--format"});
    if (options.positional.size() != 2) {
        throw InputError(command, 0, std::string("needs a class folder and the folder of the sheets (") + class_mark_usage + ")");
    }
    const std::string format = options.choice("--format", "text", {"text", "markdown"});
    ClassReport report;
    report.dir = options.positional[0];
    report.submissions = options.positional[1];

    // What is fatal comes first, before any mark is made: the class folder, its problems, a gradebook that is
    // not ours, the folder of the sheets.
    const ClassFolder c = open_class(report.dir);
    const std::vector<ClassProblem> problems = load_problems(c);
    report.decimals = c.settings.decimals;
    report.columns = value_columns(problems.at(0));
    report.gradebook = (fs::path(report.dir) / "gradebook.csv").string();
    require_own_gradebook(report.gradebook, gradebook_header(report.columns));
    const Submissions submissions = find_submissions(report.submissions, c.roster);
    report.strays = submissions.strays;

    // Each sheet on its own: one that cannot be read is its student's row, marked unreadable.
    const Tolerance tolerance{c.settings.decimals, half_unit(c.settings.decimals)};
    report.students.reserve(c.roster.size());  // the marks point into each student's sheet: never copied
    for (std::size_t r = 0; r < c.roster.size(); ++r) report.students.push_back(mark_student(c.roster, r, submissions.sheets[r], problems, tolerance));

    std::ostringstream gradebook;
    write_gradebook(gradebook, report.columns, report.students);
    replace_file(report.gradebook, gradebook.str());

    if (format == "text") print_class_report_text(out, report);
    if (format == "markdown") print_class_report_markdown(out, report);
    // 2 when a file handed in cannot be marked (one line each on stderr); 1 when something else needs a look
    // (a line that cannot be read, a sheet that fits another problem better); 0 otherwise.
    bool bad_file = !report.strays.empty(), look = false;
    for (const StudentMarks& marks : report.students) {
        bad_file = bad_file || marks.state == SheetState::unreadable;
        look = look || !marks.sheet.unreadable.empty() || !marks.fits_better.empty();
        if (marks.state == SheetState::unreadable) err << marks.error << "\n";
    }
    for (const std::string& stray : report.strays) err << stray << "\n";
    return bad_file ? 2 : look ? 1 : 0;
}
