// Test helpers for reading what a lesson printed: lines, the numbers in a line, and the doc's excerpts
// of expected output. For output tests that check numbers, not whole transcripts.
#pragma once

#include <map>
#include <string>
#include <vector>

// The whole text file at `path` ("" when it cannot be read).
std::string read_text_file(const std::string& path);

// The first line of `text` that contains `part` (without its newline), or "" when none does.
std::string line_with(const std::string& text, const std::string& part);

// The numbers written in `line`, left to right: "z = 0.3983·height - 1.1023" gives {0.3983, 1.1023};
// a '-' directly before a digit makes it negative ("-0.5"), a '-' standing alone ("x - 1") does not.
std::vector<double> numbers_in(const std::string& line);

// The excerpts of expected output in a Markdown doc: the contents of every fenced block opened with
// "```text expected-output", each checked by a test to appear, as one piece, in the program's output.
std::vector<std::string> expected_output_excerpts(const std::string& markdown_path);

// Checks (with doctest) that the doc has at least one expected-output excerpt and that each appears in `output`.
void check_expected_output(const std::string& markdown_path, const std::string& output);

// An excerpt of a doc that a test checks against an nnwalk command: the command's arguments and the text.
struct CheckedExcerpt {
    std::vector<std::string> arguments;  // "trace data/xor.net --round 2" as words, without "nnwalk"
    std::string text;                    // the fenced block's contents, expected as one piece in the output
    int exit_code = -1;                  // the exit code the marker names ("| exit 1" before "-->"), or -1
};

// Every fenced block of a Markdown doc that follows a line "<!-- checked: nnwalk ARGS… -->" or
// "<!-- checked: nnwalk ARGS… | exit N -->". With `kind` "gradebook", the blocks after
// "<!-- checked gradebook: nnwalk ARGS… -->" instead.
std::vector<CheckedExcerpt> checked_excerpts(const std::string& markdown_path, const std::string& kind = "");

// Checks that every element of an XML (SVG) document is closed in the right order, attributes are quoted and
// every '&' starts an entity. Returns "" when the document is well formed, else what is wrong first.
std::string xml_problem(const std::string& text);

// The marks of `nnwalk check`'s text table, row by row: "✓  z[1][1] …" → {"z[1][1]", "✓"}, and a row of step 2
// "✓  z[1][1] (step 2) …" → {"z[1][1] (step 2)", "✓"}.
std::map<std::string, std::string> marks_by_label(const std::string& out);

// The lines of `text` wider than `width` characters (UTF-8 characters, not bytes), each ending in "\n"; "" when
// none is: CHECK(lines_wider_than(run.out, 100) == "") names the lines that are too wide when it fails.
std::string lines_wider_than(const std::string& text, int width);
