// The tool docs' expected-output excerpts still match what nnwalk prints (the lesson docs are checked by
// each lesson's own suite).
#include "output_text.h"
#include "run_program.h"

#include <doctest/doctest.h>

namespace {

// Runs the command of every checked excerpt of `doc` (there are `count`), expecting `exit_code` and the
// excerpt, as one piece, in its output.
void check_tool_doc(const std::string& doc, std::size_t count, int exit_code) {
    const std::vector<CheckedExcerpt> excerpts = checked_excerpts(doc);
    CHECK(excerpts.size() == count);
    for (const CheckedExcerpt& excerpt : excerpts) {
        const ProgramResult run = nnwalk_here(excerpt.arguments);
        CAPTURE(excerpt.text);
        CHECK(run.exit_code == exit_code);
        CHECK(run.out.find(excerpt.text) != std::string::npos);
    }
}

}  // namespace

TEST_SUITE("docs") {

TEST_CASE("docs/nnwalk.md: every '<!-- checked: nnwalk … -->' excerpt appears in the command's output") {
    check_tool_doc("docs/nnwalk.md", 3, 0);
}

TEST_CASE("docs/classroom.md: every '<!-- checked: nnwalk … -->' excerpt appears in the command's output") {
    check_tool_doc("docs/classroom.md", 3, 1);  // exit 1: each sample answer sheet has a mistake
}

}  // TEST_SUITE
