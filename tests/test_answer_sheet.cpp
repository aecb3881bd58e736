// Reading what students hand in (io/answer_sheet.h): every way a text editor or a spreadsheet saves two
// columns, one unreadable line kept apart while the rest is read, and what makes a whole sheet unusable.
#include "classroom/questions.h"
#include "core/rng.h"
#include "core/input_error.h"
#include "io/answer_sheet.h"
#include "io/netfile.h"
#include "test_files.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

namespace {

// The tiny network of test_classroom.cpp: 1 input, two sigmoid neurons with weights 0, an output with
// weights 0.4 and −0.5, target 1, η = 0.5, no biases. Its values (worked there): z[1][1] = 0, a[1][1] = 0.5,
// E = 0.1313, δ[2][1] = 0.1280, Δw[2][1][1] = 0.0320.
const Record& tiny_problem() {
    static const Record record = [] {
        std::istringstream text("inputs 1\ntargets 1\nrate 0.5\nlayer sigmoid\nneuron 0\nneuron 0\nlayer sigmoid\nneuron 0.4 -0.5\n");
        return problem_record(parse_netfile(text, "tiny.net"), 4);
    }();
    return record;
}

// The sheet read from `bytes`, as the file "sheet.csv".
AnswerSheet read(const std::string& bytes) { return parse_answers(bytes, "sheet.csv", {tiny_problem()}, "tiny.net"); }

// The answer to `key` as a number (fails the test when there is none).
double value_of(const AnswerSheet& sheet, const Key& key) {
    const auto answer = sheet.steps.at(0).find(key);
    REQUIRE(answer != sheet.steps.at(0).end());
    return answer->second.value;
}

// The one-line error of a sheet that cannot be used at all, or "" when it can.
std::string whole_sheet_error(const std::string& bytes) {
    try {
        read(bytes);
        return "";
    } catch (const InputError& error) {
        return error.what();
    }
}

// The sheet every format below writes: a header, E = 0.1313, δ[2][1] = 0.1280, Δw[2][1][1] = −0.0320.
void check_three_answers(const AnswerSheet& sheet) {
    CHECK(sheet.unreadable.empty());
    CHECK(sheet.steps.at(0).size() == 3);
    CHECK(value_of(sheet, key::E()) == 0.1313);
    CHECK(value_of(sheet, key::delta(2, 1)) == 0.1280);
    CHECK(value_of(sheet, key::dw(2, 1, 1)) == -0.0320);
}

}  // namespace

TEST_SUITE("classroom") {

TEST_CASE("answer sheet: tab- or space-separated lines, comments, blank lines, in any order") {
    const AnswerSheet sheet = read("# Ann's answers\n\nE\t0.1313\nδ[2][1]  0.1280   # checked twice\n Δw[2][1][1]\t -0.0320 \n");
    check_three_answers(sheet);
    CHECK(sheet.steps.at(0).at(key::delta(2, 1)).line == 4);
    CHECK(sheet.steps.at(0).at(key::delta(2, 1)).text == "0.1280");
}

TEST_CASE("answer sheet: comma CSV with a header, a byte-order mark, CRLF, quoted cells and spaces around them") {
    check_three_answers(read("\xEF\xBB\xBFkey,value\r\nE,0.1313\r\n\"δ[2][1]\" , \"0.1280\"\r\n  Δw[2][1][1] ,-0.0320,,\r\n"));
    // A header of one word, as a one-column export writes it; ASCII spellings of the keys.
    check_three_answers(read("value\ndelta[2][1],0.1280\ndw[2][1][1],-0.0320\nE,0.1313\n"));
    // An empty first column (a spreadsheet's margin) and empty last ones are not cells.
    check_three_answers(read(",E,0.1313\n,delta[2][1],0.1280,,\n,dw[2][1][1],-0.0320\n"));
}

TEST_CASE("answer sheet: decimal commas where they cannot separate cells, and the minus sign U+2212") {
    // Semicolon CSV, as a spreadsheet in a decimal-comma language saves it; − is U+2212, as nnwalk prints it.
    const AnswerSheet semicolon = read("Schlüssel;Wert\r\nE;0,1313\r\nδ[2][1];0,1280\r\nΔw[2][1][1];−0,0320\r\n");
    check_three_answers(semicolon);
    CHECK(semicolon.steps.at(0).at(key::dw(2, 1, 1)).text == "-0.0320");  // quoted back with a point and '-'
    // Tab-separated with decimal commas.
    check_three_answers(read("E\t0,1313\nδ[2][1]\t0,1280\nΔw[2][1][1]\t−0,0320\n"));
    // A comma CSV takes a decimal comma in quotes only; unquoted, 0,1280 is two cells, and that line is unreadable.
    check_three_answers(read("E,\"0,1313\"\n\"δ[2][1]\",\"0,1280\"\nΔw[2][1][1],\"−0,0320\"\n"));
    const AnswerSheet ambiguous = read("E,\"0,1313\"\nδ[2][1],0,1280\n");
    REQUIRE(ambiguous.unreadable.size() == 1);
    CHECK(ambiguous.message(ambiguous.unreadable[0]) ==
          "sheet.csv:2: expected a key and a value, such as z[1][1]<TAB>0.5 (got 3 cells); in a comma-separated file a "
          "decimal comma needs quotes, \"0,5\"");
    // A comma and a point together are not a decimal comma.
    CHECK(read("E\t0.1313\nz[1][1]\t1,000.5\n").unreadable.at(0).reason ==
          "'1,000.5' is not a number (expected the value of z[1][1] as a decimal number such as 0.5; numbers take a "
          "decimal point, not a comma, and in a .net file spaces between them)");
}

TEST_CASE("answer sheet: UTF-16, little and big endian, with a byte-order mark or without one") {
    const std::string text = "key\tvalue\r\nE\t0.1313\r\nδ[2][1]\t0.1280\r\nΔw[2][1][1]\t−0.0320\r\n# done 😀\r\n";
    check_three_answers(read("\xFF\xFE" + utf16(text, false)));
    check_three_answers(read("\xFE\xFF" + utf16(text, true)));
    check_three_answers(read(utf16(text, false)));  // told by the NUL bytes of its ASCII characters
    check_three_answers(read(utf16(text, true)));
}

TEST_CASE("answer sheet: lines ending in a lone CR (an old Mac's CSV) are counted as lines") {
    const AnswerSheet sheet = read("E,0.1313\rdelta[2][1],0.1280\rdw[2][1][1],-0.0320\rz[1][1],zero\r");
    CHECK(sheet.steps.at(0).size() == 3);
    REQUIRE(sheet.unreadable.size() == 1);
    CHECK(sheet.unreadable[0].line == 4);
}

TEST_CASE("answer sheet: ∆ (U+2206, a Mac's Option-J) is read as the Δ of Δw") {
    CHECK(value_of(read("∆w[2][1][1]\t0.0320\n"), key::dw(2, 1, 1)) == 0.0320);
}

TEST_CASE("answer sheet: a key with an empty value is not answered; a blank answer sheet's lines are no error") {
    const AnswerSheet sheet = read("key\tvalue\nz[1][1]\t\na[1][1]\t0.5\nE\t\"\"\n");
    CHECK(sheet.unreadable.empty());
    CHECK(sheet.steps.at(0).size() == 1);
    CHECK(value_of(sheet, key::a(1, 1)) == 0.5);
}

TEST_CASE("answer sheet: each unreadable line is kept with its line, its key when known, and why; the rest is read") {
    const AnswerSheet sheet = read("key\tvalue\nz[1][1]\t0\na[1][1]\tO.5\nvalue\t1\nz[1][1]\t0.0\nE\t\"0.1313\n"
                                   "δ[2][1]\t\"0.1280\"x\nz[3][1]\t1\nstep\t2\nz[1][1]\t0\n");
    CHECK(sheet.steps.at(0).size() == 1);
    CHECK(value_of(sheet, key::z(1, 1)) == 0);
    REQUIRE(sheet.unreadable.size() == 7);
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"a[1][1]", "sheet.csv:3: 'O.5' is not a number (expected the value of a[1][1] as a decimal number such as 0.5)"},
        {"", "sheet.csv:4: unknown key 'value' (expected a value such as z[1][2], a[1][2], E, δ[2][1], Δw[2][1][1], "
             "new_w[2][1][1], Δb[2][1] or new_b[2][1])"},  // a header only on the first line
        {"z[1][1]", "sheet.csv:5: z[1][1] given twice (first on line 2)"},
        {"", "sheet.csv:6: a quote is not closed (expected cells such as \"z[1][1]\",\"0.5\")"},
        {"", "sheet.csv:7: text after a closing quote (expected a separator after \"0.1280\")"},
        {"z[3][1]", "sheet.csv:8: tiny.net has no z[3][1] (its values are listed by: nnwalk trace tiny.net)"},
        // The lines of a step that is not marked are skipped (z[1][1] on line 10 is not "given twice").
        {"", "sheet.csv:9: step '2' is not marked, so its lines are skipped (expected step 1 only: the problem is "
             "marked for 1 step)"},
    };
    for (std::size_t k = 0; k < expected.size(); ++k) {
        CAPTURE(k);
        CHECK(sheet.unreadable[k].key == expected[k].first);
        CHECK(sheet.message(sheet.unreadable[k]) == expected[k].second);
    }
}

TEST_CASE("answer sheet: a step line opens the answers to that step; a step not asked is an unreadable line, its lines skipped") {
    std::istringstream text("inputs 1\ntargets 1\nrate 0.5\nlayer sigmoid\nneuron 0\nneuron 0\nlayer sigmoid\nneuron 0.4 -0.5\n");
    const std::vector<Record> two_steps = problem_records(parse_netfile(text, "tiny.net"), 2, 4);
    const AnswerSheet sheet = parse_answers("E\t0.1313\nstep\t2\nE\t0.1200\nstep\t1\nz[1][1]\t0\nstep\t3\na[1][1]\t0.5\n", "sheet.tsv", two_steps, "tiny.net");
    REQUIRE(sheet.steps.size() == 2);
    // E (before any step line) and z[1][1]; a[1][1] after the step not asked answers step 3, so it is skipped
    // (it used to count as an answer to step 1).
    CHECK(sheet.steps[0].size() == 2);
    CHECK(sheet.steps[0].at(key::E()).value == 0.1313);
    CHECK(sheet.steps[0].count(key::a(1, 1)) == 0);
    CHECK(sheet.steps[1].at(key::E()).value == 0.12);
    REQUIRE(sheet.unreadable.size() == 1);
    CHECK(sheet.message(sheet.unreadable[0]) ==
          "sheet.tsv:6: step '3' is not marked, so its lines are skipped (expected step 1 to 2: the problem is marked for 2 steps)");
}

TEST_CASE("answer sheet: a step line without one step number, and the lines of a skipped step, whatever they hold") {
    // "step 1 2" is not a step line: noted as such, and what follows it, up to the next step line, is skipped;
    // so is a line that cannot even be split into cells (an unclosed quote) inside a skipped step.
    const AnswerSheet sheet = read("E\t0.1313\nstep\t1\t2\nz[1][1]\t0\nstep\t2\n\"a[1][1]\t0.5\nstep\t1\nz[1][1]\t0\n");
    CHECK(sheet.steps.at(0).size() == 2);  // E, and z[1][1] after "step 1" on line 6
    CHECK(sheet.steps.at(0).at(key::z(1, 1)).line == 7);
    REQUIRE(sheet.unreadable.size() == 2);
    CHECK(sheet.message(sheet.unreadable[0]) ==
          "sheet.csv:2: a step line needs one step number, such as step<TAB>2 (got 3 cells), so the lines after it are "
          "skipped (expected step 1 only: the problem is marked for 1 step)");
    CHECK(sheet.message(sheet.unreadable[1]) ==
          "sheet.csv:4: step '2' is not marked, so its lines are skipped (expected step 1 only: the problem is marked for 1 step)");
    // "step" alone opens no step: the lines after it are skipped, E before it is read.
    const AnswerSheet bare = read("E\t0.1313\nstep\nz[1][1]\t0\n");
    REQUIRE(bare.unreadable.size() == 1);
    CHECK(bare.message(bare.unreadable[0]) ==
          "sheet.csv:2: a step line needs one step number, such as step<TAB>2 (got the word step alone), so the lines "
          "after it are skipped (expected step 1 only: the problem is marked for 1 step)");
    CHECK(bare.steps.at(0).size() == 1);
}

TEST_CASE("answer sheet: binary data, text in no encoding read, and a sheet without answers are unusable as a whole") {
    const std::string text = "; expected a text file of key and value lines: a spreadsheet saved as CSV, tab-separated or Unicode text";
    // A spreadsheet's own file (a zip) instead of its CSV export: NUL bytes at even and odd places.
    CHECK(whole_sheet_error(std::string("PK\x03\x04\x14\0\0\0\x08\0", 10)) == "sheet.csv:1: holds binary data (NUL bytes" + text + ")");
    CHECK(whole_sheet_error("E\t0.1313\nz[1][1]\t\x01\n") == "sheet.csv:2: holds binary data (a control character, byte 1" + text + ")");
    // Random bytes: a NUL in about one pair in 128, on both sides, so not UTF-16 without a byte-order mark
    // (they used to be read as UTF-16 and reported as "half a UTF-16 character"). The error names the line
    // of the first NUL byte.
    Rng rng(2026);
    std::string random(4096, ' ');
    for (char& byte : random) byte = static_cast<char>(rng.below(256));
    REQUIRE(random.find('\0') != std::string::npos);
    REQUIRE(random.rfind("\xFF\xFE", 0) != 0);
    REQUIRE(random.rfind("\xFE\xFF", 0) != 0);
    REQUIRE(random.rfind("\xEF\xBB\xBF", 0) != 0);
    const std::string before_nul = random.substr(0, random.find('\0'));
    const std::string nul_line = std::to_string(1 + std::count(before_nul.begin(), before_nul.end(), '\n'));
    CHECK(whole_sheet_error(random) == "sheet.csv:" + nul_line + ": holds binary data (NUL bytes" + text + ")");
    // Latin-1, not UTF-8: ü is the single byte 0xFC (252).
    CHECK(whole_sheet_error("E\t0.1313\nSchl\xFCssel\t1\n") ==
          "sheet.csv:2: is not UTF-8 text (byte 252 starts no UTF-8 character" + text + ", saved as UTF-8 or UTF-16)");
    // UTF-16 cut in the middle of a character, and a surrogate without its pair (D800 on line 2).
    CHECK(whole_sheet_error(std::string("\xFF\xFE" "E\0\t\0" "1", 7)) == "sheet.csv:1: ends in half a UTF-16 character (an odd number of bytes" + text + ")");
    CHECK(whole_sheet_error(std::string("\xFF\xFE" "E\0\t\0" "1\0\n\0" "\0\xD8", 12)) ==
          "sheet.csv:2: holds half a UTF-16 character (a lone surrogate" + text + ")");
    CHECK(whole_sheet_error("") == "sheet.csv: no answers (expected lines such as z[1][1]<TAB>0.5)");
    CHECK(whole_sheet_error("key,value\nz[1][1],\n") == "sheet.csv: no answers (expected lines such as z[1][1]<TAB>0.5)");
    // No line readable: the first line's reason.
    CHECK(whole_sheet_error("key,value\nz[1],0.5\nz[2],0.5\n") ==
          "sheet.csv:2: unknown key 'z[1]' (expected a value such as z[1][2], a[1][2], E, δ[2][1], Δw[2][1][1], "
          "new_w[2][1][1], Δb[2][1] or new_b[2][1])");
}

}  // TEST_SUITE("classroom")
