// The tool docs' expected-output excerpts still match what nnwalk prints (the lesson docs are checked by
// each lesson's own suite).
#include "output_text.h"
#include "run_program.h"

#include <doctest/doctest.h>

TEST_SUITE("docs") {

TEST_CASE("docs/nnwalk.md: every '<!-- checked: nnwalk … -->' excerpt appears in the command's output") {
    const std::vector<CheckedExcerpt> excerpts = checked_excerpts("docs/nnwalk.md");
    CHECK(excerpts.size() == 3);
    for (const CheckedExcerpt& excerpt : excerpts) {
        const ProgramResult run = nnwalk_here(excerpt.arguments);
        CAPTURE(excerpt.text);
        CHECK(run.exit_code == 0);
        CHECK(run.out.find(excerpt.text) != std::string::npos);
    }
}

TEST_CASE("docs/classroom.md: every '<!-- checked: nnwalk … -->' excerpt appears in the command's output") {
    const std::vector<CheckedExcerpt> excerpts = checked_excerpts("docs/classroom.md");
    CHECK(excerpts.size() == 2);
    for (const CheckedExcerpt& excerpt : excerpts) {
        const ProgramResult run = nnwalk_here(excerpt.arguments);
        CAPTURE(excerpt.text);
        CHECK(run.exit_code == 1);  // the sample answers have a mistake
        CHECK(run.out.find(excerpt.text) != std::string::npos);
    }
}

}  // TEST_SUITE
