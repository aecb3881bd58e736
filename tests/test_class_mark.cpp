// nnwalk class mark: a class of 30 made by nnwalk class new, its sheets handed in every way a class hands
// them in (perfect, slipped, exported from spreadsheets, with a bad line, swapped, unreadable, missing), the
// gradebook's rows and columns, the class's counts value by value, and one line for every bad input.
#include "classroom/class_marks.h"
#include "classroom/new_class.h"
#include "output_text.h"
#include "run_program.h"
#include "test_files.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace fs = std::filesystem;

namespace {

// A key or a sheet: its lines, key and value, in order.
using Lines = std::vector<std::pair<std::string, std::string>>;

// The key<TAB>value lines of a key file (teacher/keys/ID.tsv).
Lines key_lines(const std::string& path) {
    Lines lines;
    std::istringstream in(read_text_file(path));
    for (std::string line; std::getline(in, line);) {
        const std::size_t tab = line.find('\t');
        REQUIRE(tab != std::string::npos);
        lines.push_back({line.substr(0, tab), line.substr(tab + 1)});
    }
    return lines;
}

// The lines joined: key, `separator`, value, `end`; each cell between `quote`s.
std::string joined(const Lines& lines, const std::string& separator, const std::string& end = "\n", const std::string& quote = "") {
    std::string text;
    for (const auto& [key, value] : lines) text += quote + key + quote + separator + quote + value + quote + end;
    return text;
}

// `lines` with every value changed by `change`, and every key by `rename`.
Lines changed(Lines lines, std::string (*change)(const std::string&), std::string (*rename)(const std::string&) = nullptr) {
    for (auto& [key, value] : lines) {
        value = change(value);
        if (rename) key = rename(key);
    }
    return lines;
}

// `text` with every `from` replaced by `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
    return text;
}

std::string decimal_comma(const std::string& value) { return replaced(value, ".", ","); }
std::string minus_sign(const std::string& value) { return replaced(value, "-", "\u2212"); }
std::string same(const std::string& value) { return value; }
std::string ascii_key(const std::string& key) { return replaced(replaced(replaced(key, "δ[", "delta["), "Δw[", "dw["), "Δb[", "db["); }
std::string increment_key(const std::string& key) { return replaced(key, "Δ", "∆"); }  // U+2206, a Mac's Option-J

// The cells of a CSV line (quoted cells, doubled quotes).
std::vector<std::string> csv_cells(const std::string& line) {
    std::vector<std::string> cells(1);
    bool quoted = false;
    for (std::size_t k = 0; k < line.size(); ++k) {
        if (quoted && line[k] == '"' && k + 1 < line.size() && line[k + 1] == '"') {
            cells.back() += '"';
            ++k;
        } else if (line[k] == '"') {
            quoted = !quoted;
        } else if (line[k] == ',' && !quoted) {
            cells.emplace_back();
        } else {
            cells.back() += line[k];
        }
    }
    return cells;
}

// The gradebook's rows (the header first, without its byte-order mark), each as its cells.
std::vector<std::vector<std::string>> gradebook_rows(const std::string& dir) {
    const std::string text = read_text_file(dir + "/gradebook.csv");
    REQUIRE(text.rfind("\xEF\xBB\xBF", 0) == 0);
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(text.substr(3));
    for (std::string line; std::getline(in, line);) rows.push_back(csv_cells(line));
    return rows;
}

// The words of the row of `value` in the report's table of values ("δ[2][1]  19  0  4  0  the sign is wrong (4)").
std::vector<std::string> value_row(const std::string& report, const std::string& value) {
    std::istringstream lines(report.substr(report.find("\nthe class, value by value")));
    for (std::string line; std::getline(lines, line);) {
        std::istringstream words(line);
        std::vector<std::string> row;
        for (std::string word; words >> word;) row.push_back(word);
        if (!row.empty() && row[0] == value) return row;
    }
    return {};
}

// "s01", …, "s30".
std::string id_of(int n) { return (n < 10 ? "s0" : "s") + std::to_string(n); }

// A class of `students` students s01, s02, … in the fresh folder `name`, with the files `nnwalk class new
// ROSTER --out DIR --bias` (or `--steps 2`) writes, but a fixed secret instead of a random one, so that every
// run marks the same problems. (With a random secret, s22's score against its own problem on s23's sheet,
// below, came to 14/28 in one run of many. test_class.cpp tests `class new` itself.)
std::string make_class(const std::string& name, int students, bool bias = true, std::size_t steps = 1) {
    std::string roster = "id,name\n";
    for (int n = 1; n <= students; ++n) roster += id_of(n) + ",\"Student " + std::to_string(n) + (n == 3 ? ", Jr." : "") + "\"\n";
    ClassSettings settings;
    settings.secret = "5ca1ab1e0ddba11c0ffee15600d5eed5";
    settings.activations = {scalar::Activation::sigmoid, scalar::Activation::sigmoid};
    settings.bias = bias;
    settings.steps = steps;
    std::istringstream in(roster);
    const std::string dir = test_path(name);
    REQUIRE(!fs::exists(dir));
    for (const ClassFile& file : new_class_files(settings, parse_roster(in, name + "-roster.csv"), roster)) {
        const fs::path path = fs::path(dir) / file.path;
        fs::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary) << file.bytes;
    }
    return dir;
}

// Writes `bytes` to the file `name` in the folder `dir` (made when needed); returns its path.
std::string put(const std::string& dir, const std::string& name, const std::string& bytes) {
    fs::create_directories(dir);
    const std::string path = dir + "/" + name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

}  // namespace

TEST_SUITE("classroom") {

TEST_CASE("class mark: 30 students, every way of handing in, the gradebook and the class's counts") {
    const std::string dir = make_class("mark30", 30);
    const std::string sub = test_path("mark30-sheets");
    const auto key_of = [&](int n) { return key_lines(dir + "/teacher/keys/" + id_of(n) + ".tsv"); };
    const Lines first = key_of(1);
    const std::size_t n = first.size();  // 2-2-1 with biases: 6 forward values, E, 3 δ, 9 weights and biases × 2 = 28
    CHECK(n == 28);

    // s01–s08, s22, s23: the key itself, perfect.
    for (int s : {1, 2, 3, 4, 5, 6, 7, 8, 22, 23}) put(sub, id_of(s) + ".tsv", joined(key_of(s), "\t"));
    // s09–s12: the sign of δ[2][1] wrong, every other value true: one ✗ with the slip named, 27/28.
    for (int s = 9; s <= 12; ++s) {
        Lines lines = key_of(s);
        for (auto& [key, value] : lines) {
            if (key != "δ[2][1]") continue;
            REQUIRE(std::strtod(value.c_str(), nullptr) != 0);
            value = value[0] == '-' ? value.substr(1) : "-" + value;
        }
        put(sub, id_of(s) + ".tsv", joined(lines, "\t"));
    }
    // s13–s20: perfect, exported from spreadsheets.
    put(sub, "s13.csv", "\xEF\xBB\xBFkey,value\r\n" + joined(key_of(13), ",", "\r\n"));                       // BOM, header, CRLF
    put(sub, "s14.csv", "\"key\",\"value\"\n" + joined(changed(key_of(14), decimal_comma), ",", "\n", "\""));  // quoted "0,5"
    put(sub, "s15.csv", "Schlüssel;Wert\r\n" + joined(changed(key_of(15), decimal_comma), ";", "\r\n"));      // semicolon, 0,5
    put(sub, "s16.tsv", "\xFF\xFE" + utf16("key\tvalue\r\n" + joined(key_of(16), "\t", "\r\n"), false));     // UTF-16 LE
    put(sub, "s17.tsv", utf16(joined(changed(key_of(17), minus_sign), "\t"), true));                         // UTF-16 BE, no BOM, −
    put(sub, "s18.tsv", joined(changed(key_of(18), minus_sign), " \t ", " \n"));                             // −, spaces around cells
    put(sub, "s19.csv", joined(changed(key_of(19), same, increment_key), ",", "\r"));                       // ∆ and a lone CR
    put(sub, "S20.TSV", joined(changed(key_of(20), same, ascii_key), "\t"));                                // delta, dw, db; the id in upper case
    // s21: one line that cannot be read (a letter O for the 0 of a[1][1]): that value is unreadable, the rest true.
    Lines s21 = key_of(21);
    int bad_line = 0;
    for (std::size_t k = 0; k < s21.size(); ++k) {
        if (s21[k].first == "a[1][1]") s21[k].second = "O" + s21[k].second.substr(1), bad_line = static_cast<int>(k) + 1;
    }
    put(sub, "s21.tsv", joined(s21, "\t"));
    // s24: a spreadsheet's own file (a zip) instead of its export; s25–s30 hand in nothing; two files of nobody.
    const std::string zip = put(sub, "s24.tsv", std::string("PK\x03\x04\x14\0\0\0\x08\0", 10));
    const std::string stray = put(sub, "x99.tsv", joined(key_of(1), "\t"));
    const std::string notes = put(sub, "notes.txt", "s25 was ill\n");

    const ProgramResult run = nnwalk_here({"class", "mark", dir, sub});
    CAPTURE(run.out);
    // A sheet that cannot be read and files of nobody: exit 2, one line each on stderr, and the rest marked.
    CHECK(run.exit_code == 2);
    const std::string expected_text = "expected a text file of key and value lines: a spreadsheet saved as CSV, tab-separated or Unicode text";
    CHECK(run.err == zip + ":1: holds binary data (NUL bytes; " + expected_text + ")\n" +
                         notes + ": not marked: not an answer sheet (expected ID.tsv or ID.csv)\n" +
                         stray + ": not marked: 'x99' is not an id of the roster (expected ID.tsv or ID.csv for a student of the roster)\n");
    CHECK(contains(run.out, "\n30 students: 23 sheets marked, 1 unreadable, 6 missing; marked to 4 decimals\n"));

    // The gradebook: the header, then the 30 students in roster order; its temporary file is gone.
    CHECK_FALSE(fs::exists(dir + "/gradebook.csv.partial"));
    const auto rows = gradebook_rows(dir);
    REQUIRE(rows.size() == 31);
    std::vector<std::string> header = {"id", "name", "score", "percent", "note"};
    for (const auto& line : first) header.push_back(line.first);
    CHECK(rows[0] == header);
    const auto marks_of = [&](int s) { return std::vector<std::string>(rows[s].begin() + 5, rows[s].end()); };
    const std::vector<std::string> all_correct(n, "correct");
    for (int s = 1; s <= 30; ++s) {
        CAPTURE(s);
        REQUIRE(rows[s].size() == 5 + n);
        CHECK(rows[s][0] == id_of(s));
        CHECK(rows[s][1] == "Student " + std::to_string(s) + (s == 3 ? ", Jr." : ""));  // a name with a comma, quoted
        if ((s >= 1 && s <= 8) || (s >= 13 && s <= 20) || s == 22 || s == 23) {
            CHECK(rows[s][2] == "28/28");
            CHECK(rows[s][3] == "100.0");
            CHECK(rows[s][4] == "");
            CHECK(marks_of(s) == all_correct);
        }
        if (s >= 9 && s <= 12) {
            CHECK(rows[s][2] == "27/28");
            CHECK(rows[s][3] == "96.4");  // 27/28 = 0.964285…
            std::vector<std::string> marks = all_correct;
            marks[7] = "wrong";  // δ[2][1], the 8th value: z, z, a, a, z, a, E, δ[2][1]
            CHECK(marks_of(s) == marks);
        }
        if (s >= 25) {
            CHECK(rows[s][2] == "missing");
            CHECK(rows[s][3] == "");
            CHECK(rows[s][4] == "no sheet handed in");
            CHECK(marks_of(s) == std::vector<std::string>(n, ""));
        }
    }
    CHECK(rows[0][12] == "δ[2][1]");
    CHECK(rows[21][2] == "27/28");
    CHECK(rows[21][4] == "line " + std::to_string(bad_line) + " cannot be read");
    std::vector<std::string> s21_marks = all_correct;
    s21_marks[2] = "unreadable";  // a[1][1], the 3rd value
    CHECK(marks_of(21) == s21_marks);
    CHECK(rows[24][2] == "unreadable");
    CHECK(rows[24][4] == zip + ":1: holds binary data (NUL bytes; " + expected_text + ")");
    CHECK(marks_of(24) == std::vector<std::string>(n, ""));

    // The class value by value, over the 23 sheets marked: δ[2][1] wrong on the 4 slipped sheets, with the
    // slip named; a[1][1] unreadable on one (counted missing); every other value right on all 23.
    CHECK(contains(run.out, "\nthe class, value by value (23 sheets)\n"));
    CHECK(value_row(run.out, "δ[2][1]") == std::vector<std::string>{"δ[2][1]", "19", "0", "4", "0", "slip", "1", "(4", "sheets)"});
    CHECK(contains(run.out, "\n  slip 1: the sign is wrong\n"));
    CHECK(value_row(run.out, "a[1][1]") == std::vector<std::string>{"a[1][1]", "22", "0", "0", "1"});
    for (const auto& line : first) {
        if (line.first == "δ[2][1]" || line.first == "a[1][1]") continue;
        CAPTURE(line.first);
        CHECK(value_row(run.out, line.first) == std::vector<std::string>{line.first, "23", "0", "0", "0"});
    }
    const std::string s21_sheet = sub + "/s21.tsv";
    CHECK(contains(run.out, "\nto look at\n  " + s21_sheet + ":" + std::to_string(bad_line) + ": 'O."));

    // s22 hands in s23's sheet: its own problem gets few marks, s23's all 28. The gradebook is class mark's
    // own, so marking again replaces it.
    put(sub, "s22.tsv", joined(key_of(23), "\t"));
    const ProgramResult swapped = nnwalk_here({"class", "mark", dir, sub});
    CHECK(swapped.exit_code == 2);
    const auto again = gradebook_rows(dir);
    const std::string own = again[22][2];  // "k/28", its score against its own problem
    CAPTURE(own);
    CHECK(std::stoi(own) < 14);
    CHECK(again[22][4] == "fits s23's problem better: 28/28 against " + own);
    CHECK(contains(swapped.out, "  " + sub + "/s22.tsv: s22's sheet fits s23's problem better: 28/28 against " + own + "\n"));
    // A swapped sheet says nothing of how its own problem went: it is left out of the class's counts.
    CHECK(contains(swapped.out, "\nthe class, value by value (22 sheets; s22's, which fits another problem better, is left out)\n"));
    CHECK(value_row(swapped.out, "E") == std::vector<std::string>{"E", "22", "0", "0", "0"});
    // A swapped sheet of the forward pass alone (6 of 28 values) is caught too: 6/28 against s23's problem.
    Lines forward = key_of(23);
    forward.resize(6);
    put(sub, "s22.tsv", joined(forward, "\t"));
    CHECK(nnwalk_here({"class", "mark", dir, sub}).exit_code == 2);  // s24's sheet is still unreadable
    const auto rows_partial = gradebook_rows(dir);
    CAPTURE(rows_partial[22][2]);
    CHECK(rows_partial[22][4] == "fits s23's problem better: 6/28 against " + rows_partial[22][2]);
    CHECK(again[23][2] == "28/28");
    CHECK(again[23][4] == "");
}

TEST_CASE("class mark: exit 0 when every sheet is read and fits, 1 when one needs a look; the Markdown report") {
    const std::string dir = make_class("mark3", 3);
    const std::string sub = test_path("mark3-sheets");
    for (int s = 1; s <= 2; ++s) put(sub, id_of(s) + ".tsv", read_text_file(dir + "/teacher/keys/" + id_of(s) + ".tsv"));
    const ProgramResult fine = nnwalk_here({"class", "mark", dir, sub});
    CAPTURE(fine.out);
    CHECK(fine.exit_code == 0);
    CHECK(fine.err.empty());
    CHECK(contains(line_with(fine.out, "  s03  Student 3, Jr."), "missing"));
    CHECK(contains(line_with(fine.out, "  s03  Student 3, Jr."), "no sheet handed in"));
    CHECK(!contains(fine.out, "to look at"));
    const ProgramResult markdown = nnwalk_here({"class", "mark", dir, sub, "--format", "markdown"});
    CHECK(markdown.exit_code == 0);
    CHECK(markdown.out.rfind("# Marks of " + dir + "\n", 0) == 0);
    CHECK(contains(markdown.out, "| s01 | Student 1 | 28/28 | 100.0 |  |\n"));
    CHECK(contains(markdown.out, "\n## The class, value by value\n\n(2 sheets)\n\n"));
    CHECK(contains(markdown.out, "| δ[2][1] | 2 | 0 | 0 | 0 |  |\n"));

    // The blank answer sheet with one value filled in: the others are not answered, and nothing needs a look.
    const Lines key = key_lines(dir + "/teacher/keys/s03.tsv");
    const std::string blank = read_text_file(dir + "/students/s03/answers.tsv");
    REQUIRE(blank.rfind(key[0].first + "\t\n", 0) == 0);
    put(sub, "s03.tsv", key[0].first + "\t" + key[0].second + "\n" + blank.substr(key[0].first.size() + 2));
    const ProgramResult partly = nnwalk_here({"class", "mark", dir, sub});
    CAPTURE(partly.out);
    CHECK(partly.exit_code == 0);
    CHECK(gradebook_rows(dir)[3][2] == "1/28");
    // A line that cannot be read needs a look: exit 1.
    put(sub, "s03.tsv", joined(key, "\t") + "zz\t1\n");
    const ProgramResult look = nnwalk_here({"class", "mark", dir, sub});
    CAPTURE(look.out);
    CHECK(look.exit_code == 1);
    CHECK(look.err.empty());
    CHECK(contains(look.out, "to look at\n  " + sub + "/s03.tsv:29: unknown key 'zz'"));
}

TEST_CASE("class mark: a class of two steps names each step's values") {
    const std::string dir = make_class("mark-steps", 2, false, 2);
    const std::string sub = test_path("mark-steps-sheets");
    put(sub, "s01.tsv", read_text_file(dir + "/teacher/keys/s01.tsv"));
    const ProgramResult run = nnwalk_here({"class", "mark", dir, sub});
    CAPTURE(run.out);
    CHECK(run.exit_code == 0);
    const auto rows = gradebook_rows(dir);
    // 2-2-1 without biases: z, a of 3 neurons, E, 3 δ, 6 weights × 2 = 22 values a step.
    REQUIRE(rows[0].size() == 5 + 44);
    CHECK(rows[0][5] == "z[1][1] (step 1)");
    CHECK(rows[0][5 + 22] == "z[1][1] (step 2)");
    CHECK(rows[1][2] == "44/44");
}

TEST_CASE("class mark: a gradebook it did not write is never overwritten") {
    const std::string dir = make_class("mark-foreign", 2);
    const std::string sub = test_path("mark-foreign-sheets");
    put(sub, "s01.tsv", read_text_file(dir + "/teacher/keys/s01.tsv"));
    const std::string gradebook = put(dir, "gradebook.csv", "id,name,grade\ns01,Student 1,A\n");
    expect_nnwalk_error({"class", "mark", dir, sub},
                        gradebook + ":1: was not written by nnwalk class mark for this class (expected the gradebook nnwalk "
                                    "class mark writes, or none; move the file away to mark again)");
    CHECK(read_text_file(gradebook) == "id,name,grade\ns01,Student 1,A\n");
    // Its own gradebook, edited in a spreadsheet that dropped the byte-order mark, is not its own any more.
    fs::remove(gradebook);
    REQUIRE(nnwalk_here({"class", "mark", dir, sub}).exit_code == 0);
    const std::string own = read_text_file(gradebook);
    put(dir, "gradebook.csv", own.substr(3));
    CHECK(nnwalk_here({"class", "mark", dir, sub}).exit_code == 2);
    CHECK(read_text_file(gradebook) == own.substr(3));
}

TEST_CASE("class mark: every bad input is one line FILE:LINE, exit 2, nothing on stdout, no gradebook lost") {
    const std::string dir = make_class("mark-bad", 2);
    const std::string sub = test_path("mark-bad-sheets");
    put(sub, "s01.tsv", read_text_file(dir + "/teacher/keys/s01.tsv"));
    REQUIRE(nnwalk_here({"class", "mark", dir, sub}).exit_code == 0);
    const std::string gradebook = dir + "/gradebook.csv";
    const std::string marked = read_text_file(gradebook);

    const std::string usage = "(usage: nnwalk class mark DIR SUBMISSIONS [--format text|markdown])";
    expect_nnwalk_error({"class", "mark", dir}, "nnwalk class mark: needs a class folder and the folder of the sheets " + usage);
    expect_nnwalk_error({"class", "mark", dir, sub, "--format", "tsv"}, "nnwalk class mark: --format must be one of text, markdown (got 'tsv')");
    const std::string nowhere = test_path("no-such-class");
    expect_nnwalk_error({"class", "mark", nowhere, sub}, nowhere + ": is not a folder (expected a class folder made by nnwalk class new)");
    const std::string not_class = test_path("mark-bad-sheets");
    expect_nnwalk_error({"class", "mark", not_class, sub},
                        not_class + ": is not a class folder (expected " + not_class + "/teacher/class.tsv, as nnwalk class new writes it)");
    expect_nnwalk_error({"class", "mark", dir, nowhere}, nowhere + ": is not a folder (expected the folder of the sheets handed in, ID.tsv or ID.csv)");
    const std::string file = dir + "/teacher/class.tsv";
    expect_nnwalk_error({"class", "mark", dir, file}, file + ": is not a folder (expected the folder of the sheets handed in, ID.tsv or ID.csv)");
    CHECK(read_text_file(gradebook) == marked);

    // A folder where the temporary gradebook would go: it cannot be written, and the old one stays.
    fs::create_directories(gradebook + ".partial");
    put(sub, "s02.tsv", read_text_file(dir + "/teacher/keys/s02.tsv"));
    expect_nnwalk_error({"class", "mark", dir, sub}, gradebook + ": cannot be written (expected a class folder that can be written)");
    CHECK(read_text_file(gradebook) == marked);
    fs::remove(gradebook + ".partial");

    // A gradebook that is a folder; a problem of the class that is gone.
    fs::rename(gradebook, gradebook + ".kept");
    fs::create_directories(gradebook);
    expect_nnwalk_error({"class", "mark", dir, sub}, gradebook + ": is not a file (expected the gradebook nnwalk class mark writes, or none; "
                                                                 "move the file away to mark again)");
    fs::remove(gradebook);
    fs::rename(gradebook + ".kept", gradebook);
    const std::string problem = dir + "/teacher/problems/s02.net";
    fs::rename(problem, problem + ".kept");
    expect_nnwalk_error({"class", "mark", dir, sub}, problem + ": cannot open the file (expected a readable .net file)");
    fs::rename(problem + ".kept", problem);
    CHECK(read_text_file(gradebook) == marked);
    // A problem of another shape (this one has biases, the class's have none): refused before any mark.
    fs::rename(problem, problem + ".kept");
    fs::copy_file("data/exercises/05-xor-step-biases.net", problem);
    expect_nnwalk_error({"class", "mark", dir, sub}, problem + ": asks for other values than " + dir +
                        "/teacher/problems/s01.net (expected every problem of the class to ask the same values, as "
                        "nnwalk class new makes them)");
    fs::remove(problem);
    fs::rename(problem + ".kept", problem);
    CHECK(read_text_file(gradebook) == marked);

    // A sheet that is a folder is its student's row, unreadable; the others are marked.
    fs::remove(sub + "/s02.tsv");
    fs::create_directories(sub + "/s02.tsv");
    const ProgramResult folder = nnwalk_here({"class", "mark", dir, sub});
    CHECK(folder.exit_code == 2);
    const std::string why = sub + "/s02.tsv: is a folder, not a file (expected a readable answer sheet of key<TAB>value lines)";
    CHECK(folder.err == why + "\n");
    CHECK(gradebook_rows(dir)[1][2] == "28/28");
    CHECK(gradebook_rows(dir)[2][2] == "unreadable");
    CHECK(gradebook_rows(dir)[2][4] == why);
    fs::remove(sub + "/s02.tsv");

    // A second sheet of the same student is a file that cannot be marked: the first is marked.
    put(sub, "s01.csv", "z[1][1],0\n");
    const ProgramResult twice = nnwalk_here({"class", "mark", dir, sub});
    CHECK(twice.exit_code == 2);
    CHECK(twice.err == sub + "/s01.tsv: not marked: a second sheet of s01 (expected one sheet per student; " + sub + "/s01.csv is marked)\n");
}

TEST_CASE("class mark: a slip is summed up without the numbers of one student's problem") {
    CHECK(slip_pattern("the rate η = 0.5 is missing") == "the rate η = … is missing");
    CHECK(slip_pattern("this is η = 0.1 at work, not the problem's η = 0.5") == "this is η = … at work, not the problem's η = …");
    CHECK(slip_pattern("the bias b = -0.25 is missing") == "the bias b = … is missing");
    CHECK(slip_pattern("the factor f′ = a(1 − a) is missing") == "the factor f′ = a(1 − a) is missing");
    CHECK(slip_pattern("the sign is wrong") == "the sign is wrong");
}

}  // TEST_SUITE("classroom")
