// The tool docs' expected-output excerpts still match what nnwalk prints (the lesson docs are checked by
// each lesson's own suite). Commands that write files (class new --out, class mark) run in a sandbox in the
// test folder, never in the repository, and the sandbox's path is taken out of what they print.
#include "output_text.h"
#include "run_program.h"
#include "test_files.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>

namespace fs = std::filesystem;

namespace {

// `text` with every `from` taken out.
std::string without(std::string text, const std::string& from) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at)) text.erase(at, from.size());
    return text;
}

// A command of a doc, run so that it writes only into a fresh sandbox folder: `class new … --out X` writes
// SANDBOX/X, and `class mark DIR …` marks a copy SANDBOX/DIR of the class folder DIR.
struct SandboxRun {
    ProgramResult run;    // what it printed, with "SANDBOX/" taken out
    std::string sandbox;  // the folder it wrote into
};

SandboxRun run_in_sandbox(std::vector<std::string> arguments) {
    static int runs = 0;
    SandboxRun result;
    result.sandbox = test_path("doc-sandbox-" + std::to_string(++runs));
    fs::create_directories(result.sandbox);
    const bool class_command = arguments.size() >= 3 && arguments[0] == "class";
    if (class_command && arguments[1] == "new") {
        for (std::size_t k = 2; k + 1 < arguments.size(); ++k) {
            if (arguments[k] == "--out") arguments[k + 1] = result.sandbox + "/" + arguments[k + 1];
        }
    }
    if (class_command && arguments[1] == "mark") {
        const std::string copy = result.sandbox + "/" + arguments[2];
        fs::create_directories(fs::path(copy).parent_path());
        fs::copy(arguments[2], copy, fs::copy_options::recursive);
        arguments[2] = copy;
    }
    result.run = nnwalk_here(arguments);
    result.run.out = without(result.run.out, result.sandbox + "/");
    result.run.err = without(result.run.err, result.sandbox + "/");
    return result;
}

// Runs the command of every checked excerpt of `doc` (there are `count`), expecting the exit code the
// marker names (or `exit_code`) and the excerpt, as one piece, in its output.
void check_tool_doc(const std::string& doc, std::size_t count, int exit_code) {
    const std::vector<CheckedExcerpt> excerpts = checked_excerpts(doc);
    CHECK(excerpts.size() == count);
    for (const CheckedExcerpt& excerpt : excerpts) {
        const ProgramResult run = run_in_sandbox(excerpt.arguments).run;
        CAPTURE(excerpt.text);
        CAPTURE(run.err);
        CHECK(run.exit_code == (excerpt.exit_code >= 0 ? excerpt.exit_code : exit_code));
        CHECK(run.out.find(excerpt.text) != std::string::npos);
    }
}

}  // namespace

TEST_SUITE("docs") {

TEST_CASE("docs/nnwalk.md: every '<!-- checked: nnwalk … -->' excerpt appears in the command's output") {
    check_tool_doc("docs/nnwalk.md", 3, 0);
}

TEST_CASE("docs/classroom.md: every '<!-- checked: nnwalk … -->' excerpt appears in the command's output") {
    check_tool_doc("docs/classroom.md", 9, 1);  // exit 1 unless the marker says: each sample sheet has a mistake
}

TEST_CASE("docs/classroom.md: the gradebook shown is what class mark writes, line by line") {
    // Each line of the excerpt is a line of the gradebook, or, when it ends in "…", the start of one.
    const std::vector<CheckedExcerpt> excerpts = checked_excerpts("docs/classroom.md", "gradebook");
    REQUIRE(excerpts.size() == 1);
    const SandboxRun marked = run_in_sandbox(excerpts[0].arguments);
    REQUIRE(marked.run.exit_code <= 1);
    std::istringstream written(read_text_file(marked.sandbox + "/" + excerpts[0].arguments.at(2) + "/gradebook.csv").substr(3));
    std::istringstream shown(excerpts[0].text);
    int lines = 0;
    for (std::string expected, line; std::getline(shown, expected); ++lines) {
        REQUIRE(std::getline(written, line));
        CAPTURE(line);
        const std::string ellipsis = "…";
        const bool start = expected.size() >= ellipsis.size() && expected.compare(expected.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0;
        if (start) CHECK(line.rfind(expected.substr(0, expected.size() - ellipsis.size()), 0) == 0);
        if (!start) CHECK(line == expected);
    }
    CHECK(lines == 7);  // the header and the six students
}

}  // TEST_SUITE
