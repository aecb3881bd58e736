// nnwalk class new: the roster, the class folder's layout, problems derived from the secret and the id, and
// one clear line for every roster or folder that cannot be used (with nothing written).
#include "classroom/class_folder.h"
#include "classroom/quiz.h"
#include "core/input_error.h"
#include "core/number_format.h"
#include "io/netfile.h"
#include "output_text.h"
#include "run_program.h"
#include "test_files.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

namespace fs = std::filesystem;

namespace {

// A roster as a spreadsheet saves it: a byte-order mark, CRLF, a quoted name with a comma, more columns.
const std::string roster_text = "\xEF\xBB\xBF" "email,Name,ID\r\n"
                                "ada@example.org,\"Lovelace, Ada\",s01\r\n"
                                "\r\n"
                                "alan@example.org,Alan Turing,s02\r\n"
                                "grace@example.org,\"Grace \"\"Amazing\"\" Hopper\",s-03.b\r\n";

// Runs nnwalk class new on `roster` (file contents) into the fresh folder `folder`; returns the folder.
std::string make_class(const std::string& folder, const std::string& roster, const std::vector<std::string>& options = {}) {
    const std::string dir = test_path(folder);
    std::vector<std::string> args = {"class", "new", test_file(folder + "-roster.csv", roster), "--out", dir};
    args.insert(args.end(), options.begin(), options.end());
    const ProgramResult run = nnwalk_here(args);
    CAPTURE(run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(run.err.empty());
    return dir;
}

// The lines of `text`.
std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// The part of each line before its first tab.
std::vector<std::string> keys_of(const std::string& tsv) {
    std::vector<std::string> keys;
    for (const std::string& line : lines_of(tsv)) keys.push_back(line.substr(0, line.find('\t')));
    return keys;
}

// Every file under `dir`, relative, sorted.
std::vector<std::string> files_under(const std::string& dir) {
    std::vector<std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (entry.is_regular_file()) files.push_back(fs::relative(entry.path(), dir).generic_string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

// Expects `nnwalk class new ROSTER --out DIR` for the roster `text` to fail with "ROSTER:LINE: reason" (or
// "ROSTER: reason" for line 0) and to leave no DIR behind.
void expect_roster_error(const std::string& text, int line, const std::string& reason) {
    const std::string roster = test_file("bad-roster.csv", text);
    const std::string dir = test_path("never-made");
    expect_nnwalk_error({"class", "new", roster, "--out", dir}, roster + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + reason);
    CHECK_FALSE(fs::exists(dir));
}

}  // namespace

TEST_SUITE("classroom") {

TEST_CASE("class: a roster from a spreadsheet: BOM, CRLF, quoted cells, columns in any order and case") {
    std::istringstream in(roster_text);
    const std::vector<Student> roster = parse_roster(in, "roster.csv");
    REQUIRE(roster.size() == 3);
    CHECK(roster[0].id == "s01");
    CHECK(roster[0].name == "Lovelace, Ada");
    CHECK(roster[0].line == 2);
    CHECK(roster[1].id == "s02");
    CHECK(roster[1].line == 4);  // line 3 is blank
    CHECK(roster[2].id == "s-03.b");
    CHECK(roster[2].name == "Grace \"Amazing\" Hopper");
    // A spreadsheet's other exports: ';' or tabs between the cells.
    std::istringstream semicolons("id;name\n7;Émilie du Châtelet\n"), tabs("name\tid\nAl-Khwarizmi\tk_9\n");
    CHECK(parse_roster(semicolons, "r.csv").at(0).name == "Émilie du Châtelet");
    CHECK(parse_roster(tabs, "r.csv").at(0).id == "k_9");
    // "Unicode text" (UTF-16 little endian with its byte-order mark): "id,name\n1,Jo" with é = U+00E9.
    std::istringstream utf16(std::string("\xFF\xFE" "i\0d\0,\0n\0a\0m\0e\0\n\0" "1\0,\0J\0o\0\xE9\0", 28));
    const std::vector<Student> from_utf16 = parse_roster(utf16, "r.txt");
    REQUIRE(from_utf16.size() == 1);
    CHECK(from_utf16[0].id == "1");
    CHECK(from_utf16[0].name == "Jo\xC3\xA9");  // é in UTF-8
    // Without a byte-order mark, told by its NUL bytes: here 가 (U+AC00) and 一 (U+4E00) put a NUL on the
    // other side of their pair. Little endian, "id,name\n1,김가은\n2,王一\n": 19 characters, 14 of them ASCII
    // (a NUL at an odd place each), 가 and 一 a NUL at an even place: 14 of 16 NULs on one side.
    std::istringstream no_mark(::utf16("id,name\n1,김가은\n2,王一\n", false));
    const std::vector<Student> korean = parse_roster(no_mark, "r.txt");
    REQUIRE(korean.size() == 2);
    CHECK(korean[0].name == "김가은");
    CHECK(korean[1].name == "王一");
}

TEST_CASE("class new: a roster that cannot be used is one line ROSTER:LINE, exit 2, and no folder") {
    expect_roster_error("", 0, "the roster is empty (expected a header line such as id,name, then one line per student)");
    expect_roster_error("id,name\n\n", 1, "no students after the header (expected a header line such as id,name, then one line per student)");
    expect_roster_error("student,name\ns01,Ada\n", 1,
                        "the header has no 'id' column (expected a header line such as id,name, then one line per student; got 'student,name')");
    expect_roster_error("id,surname\ns01,Ada\n", 1,
                        "the header has no 'name' column (expected a header line such as id,name, then one line per student; got 'id,surname')");
    expect_roster_error("id,name\ns01,Ada\n,Alan\n", 3, "the student has no id (expected an id in the 'id' column of every line)");
    expect_roster_error("id,name\ns01,Ada\ns02,Alan\ns01,Grace\n", 4, "the id 's01' is given twice (first on line 2)");
    expect_roster_error("id,name\nab,Ada\nAB,Alan\n", 3,
                        "the id 'AB' is given twice (first on line 2, as 'ab': ids that differ only in case share a folder on some systems)");
    for (const std::string id : {"a/b", "..", ".", ".hidden", "a b", "x\\y", "é"}) {
        CAPTURE(id);
        expect_roster_error("id,name\n" + id + ",Ada\n", 2, "the id " + quoted(id) + " cannot name a folder (expected letters, digits, "
                                                            "'-', '_' and '.', at most 64, not starting with '.')");
    }
    expect_roster_error("id,name\ns01,\"Ada\n", 2, "a quoted cell is not closed (expected \"…\" around a cell, and \"\" for a quote inside it)");
    // Windows's plain "CSV" is cp1252: é is the byte 233, which starts no UTF-8 character.
    expect_roster_error("id,name\n1,Jos\xE9\n", 2, "is not UTF-8 text (byte 233 starts no UTF-8 character; expected a roster, a "
                                                   "text file with a header line such as id,name: a spreadsheet saved as CSV, "
                                                   "tab-separated or Unicode text, saved as UTF-8 or UTF-16)");
    expect_nnwalk_error({"class", "new", test_path("no-such-roster.csv"), "--out", test_path("never-made")},
                        test_path("no-such-roster.csv") + ": cannot open the file (expected a readable roster, a CSV file with a header line id,name)");
    CHECK_FALSE(fs::exists(test_path("never-made")));
}

TEST_CASE("class new: bad command lines are one line, exit 2") {
    const std::string roster = test_file("roster.csv", roster_text);
    expect_nnwalk_error({"class"}, "nnwalk class: needs a command (expected nnwalk class new ROSTER.csv … --out DIR, or nnwalk class mark DIR SUBMISSIONS)");
    expect_nnwalk_error({"class", "old"}, "nnwalk class: unknown command 'old' (expected nnwalk class new ROSTER.csv … "
                                                   "--out DIR, or nnwalk class mark DIR SUBMISSIONS)");
    expect_nnwalk_error({"class", "new", roster},
                        "nnwalk class new: needs --out DIR, the new class folder (usage: nnwalk class new ROSTER.csv --out DIR [--shape 2-2-1] "
                        "[--activation F[,F…]] [--bias] [--steps 1|2] [--loss squared-error|cross-entropy])");
    expect_nnwalk_error({"class", "new", roster, "--out", test_path("x"), "--steps", "3"},
                        "nnwalk class new: --steps needs a whole number from 1 to 2 (got 3)");
    expect_nnwalk_error({"class", "new", roster, "--out", test_path("x"), "--shape", "2-9-1"},
                        "nnwalk class new: --shape 2-9-1: layer 1 has 9 neurons; a quiz has 1 to 6 per layer");
    CHECK_FALSE(fs::exists(test_path("x")));
}

TEST_CASE("class new: an --out that holds files is refused and left as it was; an empty one is used") {
    const std::string roster = test_file("roster.csv", roster_text);
    const std::string full = test_path("full-class");
    fs::create_directories(full);
    test_file("full-class/gradebook.csv", "id,score\n");
    expect_nnwalk_error({"class", "new", roster, "--out", full},
                        "nnwalk class new: --out " + full + " already holds files (expected a new or empty folder: a class is never overwritten)");
    CHECK(files_under(full) == std::vector<std::string>{"gradebook.csv"});
    CHECK(read_text_file(full + "/gradebook.csv") == "id,score\n");
    const std::string file = test_file("a-file", "x");
    expect_nnwalk_error({"class", "new", roster, "--out", file}, "nnwalk class new: --out " + file + " is a file (expected a new or empty folder)");

    const std::string empty = test_path("empty-class");
    fs::create_directories(empty);
    CHECK(nnwalk_here({"class", "new", roster, "--out", empty + "/"}).exit_code == 0);  // a trailing '/' names the same folder
    CHECK(fs::exists(empty + "/teacher/class.tsv"));
    // A folder whose parent does not exist yet is made with it.
    CHECK(nnwalk_here({"class", "new", roster, "--out", test_path("term-2/class-3b")}).exit_code == 0);
    CHECK(fs::exists(test_path("term-2/class-3b/students/s02/worksheet.html")));
    // Nothing else is left beside it (the folder is made under another name, then renamed).
    std::vector<std::string> beside;
    for (const auto& entry : fs::directory_iterator(test_folder())) {
        const std::string name = entry.path().filename().string();
        if (name.find(".partial") != std::string::npos) beside.push_back(name);
    }
    CHECK(beside.empty());
}

TEST_CASE("class new: the folder layout, as class mark expects it") {
    const std::string dir = make_class("layout", roster_text, {"--bias"});
    std::vector<std::string> expected = {"teacher/class.tsv", "teacher/roster.csv"};
    for (const std::string id : {"s01", "s02", "s-03.b"}) {
        expected.push_back("teacher/problems/" + id + ".net");
        expected.push_back("teacher/keys/" + id + ".tsv");
        expected.push_back("students/" + id + "/problem.net");
        expected.push_back("students/" + id + "/worksheet.html");
        expected.push_back("students/" + id + "/answers.tsv");
    }
    std::sort(expected.begin(), expected.end());
    CHECK(files_under(dir) == expected);
    CHECK(read_text_file(dir + "/teacher/roster.csv") == roster_text);  // a byte copy

    const std::vector<std::string> settings = lines_of(read_text_file(dir + "/teacher/class.tsv"));
    REQUIRE(settings.size() == 7);
    CHECK(settings[0].rfind("secret\t", 0) == 0);
    CHECK(settings[0].size() == 7 + 32);
    CHECK(settings[0].find_first_not_of("0123456789abcdef", 7) == std::string::npos);
    CHECK(std::vector<std::string>(settings.begin() + 1, settings.end()) ==
          std::vector<std::string>{"shape\t2-2-1", "activation\tsigmoid,sigmoid", "bias\tyes", "loss\tsquared-error", "steps\t1", "decimals\t4"});

    const ClassFolder c = open_class(dir);
    CHECK(c.roster.size() == 3);
    CHECK(c.roster[2].name == "Grace \"Amazing\" Hopper");
    CHECK(c.settings.shape == std::vector<std::size_t>{2, 2, 1});
    CHECK(c.settings.activations == std::vector<Activation>{Activation::sigmoid, Activation::sigmoid});
    CHECK(c.settings.bias);
    CHECK(c.settings.steps == 1);
    CHECK(c.settings.decimals == 4);
    CHECK(problem_path(c, "s02") == (fs::path(dir) / "teacher/problems/s02.net").string());
    CHECK(key_path(c, "s02") == (fs::path(dir) / "teacher/keys/s02.tsv").string());
    for (const Student& student : c.roster) {
        CAPTURE(student.id);
        const std::string problem = read_text_file(problem_path(c, student.id));
        CHECK(!problem.empty());
        CHECK(read_text_file(student_folder(c, student.id) + "/problem.net") == problem);
        // The blank answer sheet: every key of the key, in the same order, with an empty value.
        const std::string key = read_text_file(key_path(c, student.id)), blank = read_text_file(student_folder(c, student.id) + "/answers.tsv");
        CHECK(keys_of(blank) == keys_of(key));
        CHECK(keys_of(key).size() == 6 + 1 + 3 + 2 * (6 + 3));  // forward 6, E, 3 δ; Δ and new for 6 weights and 3 biases
        for (const std::string& line : lines_of(blank)) CHECK(line.back() == '\t');
        // The key marks as full marks against the problem.
        const ProgramResult check = nnwalk_here({"check", problem_path(c, student.id), key_path(c, student.id)});
        CAPTURE(check.out);
        CHECK(check.exit_code == 0);
    }
}

TEST_CASE("class: problems come from the secret and the id: the same again from class.tsv, others in a new class") {
    const std::string one = make_class("secret-1", roster_text), two = make_class("secret-2", roster_text);
    const ClassFolder first = open_class(one), second = open_class(two);
    CHECK(first.settings.secret != second.settings.secret);
    for (const Student& student : first.roster) {
        CAPTURE(student.id);
        const std::string problem = read_text_file(problem_path(first, student.id));
        // The same roster in another class: other problems.
        CHECK(problem != read_text_file(problem_path(second, student.id)));
        // The same secret and id: the same problem, made again from the settings.
        std::ostringstream again;
        write_netfile(again, make_quiz(first.settings.quiz_for(student.id)),
                      "the problem of " + student.id + ": work it on worksheet.html, hand in answers.tsv");
        CHECK(again.str() == problem);
    }
    // The seed changes with every id and with every bit of the secret.
    const std::string secret = "00112233445566778899aabbccddeeff";
    CHECK(student_seed(secret, "s01") == student_seed(secret, "s01"));
    CHECK(student_seed(secret, "s01") != student_seed(secret, "s02"));
    CHECK(student_seed(secret, "s01") != student_seed(secret, "s01 "));
    CHECK(student_seed(secret, "s01") != student_seed("00112233445566778899aabbccddeefe", "s01"));
    CHECK(student_seed(secret, "s01") != student_seed("10112233445566778899aabbccddeeff", "s01"));
    CHECK(new_secret() != new_secret());
}

TEST_CASE("class: a folder that is not a class, or whose settings are broken, is one line") {
    const std::string plain_folder = test_path("not-a-class");
    fs::create_directories(plain_folder);
    CHECK_THROWS_WITH(open_class(plain_folder), (plain_folder + ": is not a class folder (expected " +
                                                 (fs::path(plain_folder) / "teacher/class.tsv").string() + ", as nnwalk class new writes it)").c_str());
    std::istringstream unknown("secret\t00112233445566778899aabbccddeeff\ncolour\tblue\n");
    CHECK_THROWS_WITH(parse_class_settings(unknown, "class.tsv"),
                      "class.tsv:2: unknown setting 'colour' (expected secret, shape, activation, bias, loss, steps or decimals)");
    std::istringstream short_secret("secret\t0011\n");
    CHECK_THROWS_WITH(parse_class_settings(short_secret, "class.tsv"), "class.tsv:1: secret '0011' is not valid (expected 32 hex digits)");
    std::istringstream missing("secret\t00112233445566778899aabbccddeeff\nshape\t2-2-1\n");
    CHECK_THROWS_WITH(parse_class_settings(missing, "class.tsv"), "class.tsv: has no activation line (expected the settings nnwalk class new writes)");
    // A shape or activation that cannot be read is named as class.tsv names it, not as the option of class new.
    const std::string rest = "bias\tno\nloss\tsquared-error\nsteps\t1\ndecimals\t4\n";
    std::istringstream bad_shape("secret\t00112233445566778899aabbccddeeff\nshape\t2--1\nactivation\tsigmoid\n" + rest);
    CHECK_THROWS_WITH(parse_class_settings(bad_shape, "class.tsv"),
                      "class.tsv:2: shape '2--1' is not a shape (expected sizes joined by '-' such as 2-2-1: the inputs, then each layer)");
    std::istringstream bad_activation("secret\t00112233445566778899aabbccddeeff\nshape\t2-2-1\nactivation\tsigmoid,gelu\n" + rest);
    CHECK_THROWS_WITH(parse_class_settings(bad_activation, "class.tsv"),
                      "class.tsv:3: activation 'sigmoid,gelu': 'gelu' is not an activation (expected sigmoid, tanh or relu for every "
                      "layer, or one name per layer joined by ',' such as relu,sigmoid; softmax only for the last layer)");
}

TEST_CASE("class new --steps 2: keys and blank sheets with step lines, the key marks full with check --steps 2") {
    const std::string dir = make_class("two-steps", roster_text, {"--steps", "2", "--activation", "relu,sigmoid", "--shape", "2-3-1"});
    const ClassFolder c = open_class(dir);
    CHECK(c.settings.steps == 2);
    CHECK(c.settings.activations == std::vector<Activation>{Activation::relu, Activation::sigmoid});
    for (const Student& student : c.roster) {
        CAPTURE(student.id);
        const std::vector<std::string> keys = keys_of(read_text_file(key_path(c, student.id)));
        CHECK(keys_of(read_text_file(student_folder(c, student.id) + "/answers.tsv")) == keys);
        // step 1, its 6 + 2 forward values, E, 4 δ, Δw and new_w of 9 weights; then step 2 the same
        REQUIRE(keys.size() == 2 * (1 + 8 + 1 + 4 + 18));
        CHECK(keys[0] == "step");
        CHECK(keys[32] == "step");
        CHECK(std::vector<std::string>(keys.begin() + 1, keys.begin() + 32) == std::vector<std::string>(keys.begin() + 33, keys.end()));
        const ProgramResult check = nnwalk_here({"check", problem_path(c, student.id), key_path(c, student.id), "--steps", "2"});
        CAPTURE(check.out);
        CHECK(check.exit_code == 0);
        CHECK(contains(check.out, "score 62/62"));
    }
}

TEST_CASE("class new: the worksheet is one self-contained, well-formed HTML file asking every value of the key in order") {
    const std::string roster = "id,name\nx1,<script>alert(\"&\")</script>\n";
    const std::string dir = make_class("html", roster, {"--bias", "--steps", "2"});
    const std::string html = read_text_file(dir + "/students/x1/worksheet.html");
    REQUIRE(html.rfind("<!DOCTYPE html>\n", 0) == 0);
    CHECK(xml_problem(html.substr(html.find('\n') + 1)) == "");  // after the doctype: every element closed, '&' escaped
    // The name from the roster is text, not markup; nothing runs and nothing is fetched.
    CHECK(contains(html, "&lt;script&gt;alert(&quot;&amp;&quot;)&lt;/script&gt;"));
    CHECK_FALSE(contains(html, "<script"));
    // The one address is the SVG namespace, a name that is never fetched.
    const std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"";
    CHECK(contains(html, svg));
    std::string rest = html;
    rest.erase(rest.find(svg), svg.size());
    CHECK_FALSE(contains(rest, "http"));
    CHECK_FALSE(contains(rest, "src="));
    CHECK_FALSE(contains(rest, "<link"));
    CHECK(contains(html, "@page"));
    // The values asked, in the order of the key (which holds no inputs; its step lines open each table).
    std::vector<std::string> asked;
    for (std::size_t at = html.find("<td class=\"key\">"); at != std::string::npos; at = html.find("<td class=\"key\">", at + 1)) {
        const std::size_t start = at + std::string("<td class=\"key\">").size();
        asked.push_back(html.substr(start, html.find("</td>", start) - start));
    }
    std::vector<std::string> keys = keys_of(read_text_file(dir + "/teacher/keys/x1.tsv"));
    keys.erase(std::remove(keys.begin(), keys.end(), "step"), keys.end());
    CHECK(asked == keys);
    CHECK(asked.size() == 2 * 28);
    // Every given number is on the drawing: inputs and targets on the nodes, each weight and bias, and η.
    const NetFile net = load_netfile(dir + "/students/x1/problem.net");
    for (double x : net.examples[0].inputs) CHECK(contains(html, ">= " + plain(x) + "</text>"));
    for (double t : net.examples[0].targets) CHECK(contains(html, ">t = " + plain(t) + "</text>"));
    CHECK(contains(html, "learning rate η = " + plain(net.rate) + "</text>"));
    for (const Layer& layer : net.network.layers) {
        for (const Neuron& neuron : layer.neurons) {
            CHECK(contains(html, ">b = " + plain(neuron.bias) + "</text>"));
            for (double w : neuron.weights) CHECK(contains(html, ">" + plain(w) + "</text>"));
        }
    }
    CHECK(contains(html, "Step 2: again, from the new weights and biases of step 1 and the same inputs and targets"));
    // The formulas of the rule table.
    CHECK(contains(html, "<li>weight change: Δw[l][j][i] = η·δ[l][j]·a[l−1][i], then new_w[l][j][i] = w[l][j][i] + Δw[l][j][i]</li>"));
}

}  // TEST_SUITE("classroom")
