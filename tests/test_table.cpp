// The one table printer (print/table.h): widths counted in characters, minimum widths, separators, the
// rule, and a left-aligned last column; every expected line written out by hand.
#include "print/table.h"

#include <doctest/doctest.h>

#include <sstream>

TEST_SUITE("print") {

TEST_CASE("table_text: each column as wide as its widest cell, header or minimum width") {
    // Widths: a = 3 ("222"), bb = 3 ("yyy"), c = 4 (its minimum); the rule is 3 + 2 + 3 + 3 + 4 = 15 wide.
    // The last row's empty cell leaves no spaces at the end of its line (" |" and nothing after it).
    const std::vector<Column> columns = {{"a"}, {"bb", true}, {"c", false, 4, " | "}};
    const std::string text = table_text(columns, {{"1", "x", "Δ"}, {"222", "yyy", ""}}, {">", true});
    CHECK(text == ">  a  bb  |    c\n"
                  ">───────────────\n"
                  ">  1  x   |    Δ\n"
                  ">222  yyy |\n");
}

TEST_CASE("table_text: no rule, and a left-aligned last column keeps its cells as they are") {
    const std::vector<Column> columns = {{"k", false, 4, ""}, {"", true, 0, ""}};
    CHECK(table_text(columns, {{"1", "  ← mistake"}, {"22", ""}}, {"", false}) == "   k\n"
                                                                                  "   1  ← mistake\n"
                                                                                  "  22\n");
}

TEST_CASE("print_table: right-aligned, two spaces apart, a rule under the header") {
    std::ostringstream out;
    print_table(out, {"Δw", "value"}, {{"a", "1"}, {"bb", "-0.5"}}, "");
    CHECK(out.str() == "Δw  value\n"
                       "─────────\n"
                       " a      1\n"
                       "bb   -0.5\n");
}

TEST_CASE("right_aligned and left_aligned count characters, not bytes, and never cut") {
    CHECK(right_aligned("Δw1", 5) == "  Δw1");
    CHECK(left_aligned("Δw1", 5) == "Δw1  ");
    CHECK(right_aligned("toolong", 3) == "toolong");
    CHECK(text_width("ŷ = ½") == 5);
}

}  // TEST_SUITE
