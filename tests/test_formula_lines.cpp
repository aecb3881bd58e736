// Every printed formula adds up within the rounding it shows: the checker of formula_check.h on its own,
// then on every line that lessons 01–05, `nnwalk trace` (every .net file in data/, text and Markdown,
// calculator rounding or none) and `nnwalk check` print.
#include "formula_check.h"
#include "output_text.h"
#include "run_program.h"
#include "test_files.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

namespace {

// Whether `line` passes the checker, having checked at least one formula.
bool adds_up(const std::string& line) {
    const FormulaCheck check = check_formula_line(line);
    CAPTURE(line);
    for (const std::string& failure : check.failures) MESSAGE(failure);
    return check.checked > 0 && check.failures.empty();
}

// Whether the checker finds `line` wrong.
bool fails(const std::string& line) { return !check_formula_line(line).failures.empty(); }

// Interval of a numeric expression (symbolic or unreadable ones give [0, 0] and fail the test).
Interval interval_of(const std::string& expression) {
    const Evaluation evaluation = evaluate(expression);
    CAPTURE(expression);
    CHECK(evaluation.kind == Evaluation::Kind::value);
    return evaluation.value;
}

// Checks every formula line of one program's output: none may fail, and at least `at_least` must have been
// checked. Returns the number checked.
int check_output(const std::string& program, const std::string& output, int at_least = 1) {
    const FormulaCheck check = check_formula_text(output);
    INFO(program);
    for (const std::string& failure : check.failures) FAIL_CHECK("a formula line does not add up: " << failure);
    CHECK(check.checked >= at_least);
    return check.checked;
}

// The .net files of data/ and data/exercises/, sorted.
std::vector<std::string> net_files() {
    std::vector<std::string> files;
    for (const char* folder : {"data", "data/exercises"}) {
        for (const auto& entry : std::filesystem::directory_iterator(folder)) {
            if (entry.path().extension() == ".net") files.push_back(entry.path().string());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

// The sample answer sheet of data/exercises/05-xor-step.net with `changes` made: key → new answer.
std::string sheet_with(const std::vector<std::pair<std::string, std::string>>& changes) {
    std::istringstream lines(read_text_file("data/exercises/05-xor-step-sample-answers.tsv"));
    std::string sheet;
    for (std::string line; std::getline(lines, line);) {
        for (const auto& [key, answer] : changes) {
            if (line.rfind(key + "\t", 0) == 0) line = key + "\t" + answer;
        }
        sheet += line + "\n";
    }
    return sheet;
}

}  // namespace

TEST_SUITE("formula lines") {

TEST_CASE("numbers are intervals: d decimals mean ±½·10^−d, no decimal point means exact") {
    const Interval shown = interval_of("0.7744");
    CHECK(shown.lo == doctest::Approx(0.77435).epsilon(1e-12));
    CHECK(shown.hi == doctest::Approx(0.77445).epsilon(1e-12));
    const Interval one = interval_of("1");
    CHECK(one.lo <= 1);
    CHECK(one.hi >= 1);
    CHECK(one.hi - one.lo < 1e-12);
    const Interval half = interval_of("½");
    CHECK(half.hi - half.lo < 1e-12);
    CHECK(half.lo == doctest::Approx(0.5));
    // 0.05 has 2 decimals: [0.045, 0.055]; 2.5e-3 has 1 decimal of 10^−3: [0.00245, 0.00255]
    CHECK(interval_of("0.05").lo == doctest::Approx(0.045));
    CHECK(interval_of("2.5e-3").hi == doctest::Approx(0.00255));
    // (1 − 0.7744) = [0.22555, 0.22565]; a sign before a number or a parenthesis
    CHECK(interval_of("(1 − 0.7744)").hi == doctest::Approx(0.22565));
    CHECK(interval_of("-0.1").hi == doctest::Approx(-0.05));
    CHECK(interval_of("−(2 - 3)").lo == doctest::Approx(1));
}

TEST_CASE("the evaluator: products, sums, squares, e^x, ln x and the activations, by hand") {
    // Exact numbers give (almost) exact intervals.
    CHECK(interval_of("2·3 + 3").lo == doctest::Approx(9));
    CHECK(interval_of("2·3 + 3").hi == doctest::Approx(9));
    CHECK(interval_of("1 − 2·3").lo == doctest::Approx(-5));
    CHECK(interval_of("½·(0 − 3)²").lo == doctest::Approx(4.5));
    CHECK(interval_of("6 / 4").lo == doctest::Approx(1.5));
    // e^1 = 2.718282, ln 2 = 0.693147, sigmoid(0) = 0.5, tanh(1) = 0.761594, relu(−2) = 0, step(0) = 1
    CHECK(interval_of("e^1").lo == doctest::Approx(2.718282));
    CHECK(interval_of("e^(-1)").lo == doctest::Approx(0.367879));
    CHECK(interval_of("ln 2").lo == doctest::Approx(0.693147));
    CHECK(interval_of("−1·ln 2").lo == doctest::Approx(-0.693147));
    CHECK(interval_of("sigmoid(0)").lo == doctest::Approx(0.5));
    CHECK(interval_of("tanh(1)").lo == doctest::Approx(0.761594));
    CHECK(interval_of("relu(-2)").hi == doctest::Approx(0));
    CHECK(interval_of("relu(2)").hi == doctest::Approx(2));
    CHECK(interval_of("linear(-2)").hi == doctest::Approx(-2));
    CHECK(interval_of("step(0)").lo == doctest::Approx(1));
    CHECK(interval_of("step(-1)").hi == doctest::Approx(0));
    // A square of an interval around 0 starts at 0: 0.1 − 0.1 is [−0.1, 0.1], its square [0, 0.01]
    const Interval around_zero = interval_of("(0.1 − 0.1)²");
    CHECK(around_zero.lo == doctest::Approx(0));
    CHECK(around_zero.hi == doctest::Approx(0.01));
    // ½·(0 − 0.5)²: 0.5 has one decimal, [0.45, 0.55], so the square is [0.2025, 0.3025]
    CHECK(interval_of("½·(0 − 0.5)²").lo == doctest::Approx(0.10125));
    // Symbolic and unreadable segments
    CHECK(evaluate("y(1 − y)·(t − y)").kind == Evaluation::Kind::symbolic);
    CHECK(evaluate("relu′(z)·Σ w·δ").kind == Evaluation::Kind::symbolic);
    CHECK(evaluate("e^z / Σ e^z").kind == Evaluation::Kind::symbolic);
    CHECK(evaluate("z[1][1]").kind == Evaluation::Kind::symbolic);
    CHECK(evaluate("2h").kind == Evaluation::Kind::symbolic);
    CHECK(evaluate("(0.5·(-0.1353)").kind == Evaluation::Kind::error);
    CHECK(evaluate("ln 0").kind == Evaluation::Kind::error);
    CHECK(evaluate("1 / (1 − 1)").kind == Evaluation::Kind::error);
}

TEST_CASE("lines that add up pass") {
    // 0.9084·0.0676 + 0.4650·0.0242 − 0.1 = 0.061408 + 0.011253 − 0.1 = −0.027339 → −0.0274 within rounding
    CHECK(adds_up("  z[1][1] = 0.9084·0.0676 + 0.4650·0.0242 + (-0.1) = -0.0274"));
    // 0.7744·0.2256·(−0.7744) = −0.135293 → −0.1353
    CHECK(adds_up("  δ[2][1] = y(1 − y)·(t − y) = 0.7744·(1 − 0.7744)·(0 − 0.7744) = -0.1353"));
    // σ(1) = 0.731059
    CHECK(adds_up("  a[1][1] = sigmoid(1.0000) = 0.7311"));
    // ½·0.7744² = 0.299848; with 0.7744 standing for [0.77435, 0.77445] the square reaches [0.29981, 0.29989]
    CHECK(adds_up("  E = ½·Σ (t − y)² = ½·(0 − 0.7744)² = 0.2998"));
    CHECK(adds_up("  E = ½·(0 − 0.7744)² = 0.2999"));
    CHECK(adds_up("  δ[1][1] = relu′(z)·Σ w·δ = 1·(2·0.9999) = 1.9999"));
    // e^1.2 / (e^1.2 + e^0.3) = 3.320117 / (3.320117 + 1.349859) = 0.710950
    CHECK(adds_up("  a[2][1] = e^z / Σ e^z = e^(1.2) / (e^(1.2) + e^(0.3)) = 0.7109"));
    CHECK(adds_up("  a[2][1] = e^z / Σ e^z = e^0.4000 / (e^0.4000 + e^(-0.3000)) = 0.6682"));
    // −1·ln 0.7 = 0.356675; −(0·ln 0.2 + 1·ln 0.8) = 0.223144
    CHECK(adds_up("  E = −Σ t·ln y = −1·ln 0.7 = 0.3567"));
    CHECK(adds_up("  E = −Σ t·ln y = −(0·ln 0.2 + 1·ln 0.8) = 0.2231"));
    // tanh(0.5) = 0.462117, (1 − 0.4621²) = 0.786464
    CHECK(adds_up("  a[1][1] = tanh(0.5000) = 0.4621"));
    CHECK(adds_up("  δ[1][1] = (1 − a²)·Σ w·δ = (1 − 0.4621²)·(0.5·0.2) = 0.0786"));
    // Two formulas on one line, and one continued from the line before.
    CHECK(adds_up("  ours:     z[2][1] = 0.7311·0.3 + 0.7858·0.5 + 0.6900·0.9 = 1.2332,  y = sigmoid(1.2332) = 0.7744"));
    CHECK(check_formula_line("  ours:     z[2][1] = 0.7311·0.3 + 0.7858·0.5 + 0.6900·0.9 = 1.2332,  y = sigmoid(1.2332) = 0.7744").checked == 2);
    const FormulaCheck continued = check_formula_text("  0.3·(0.73 − 0.7311) + 0.5·(0.79 − 0.7858)\n  = (-0.0003) + 0.0021 = 0.0018 = 1.235 − 1.2332 (to 4 dp)\n");
    CHECK(continued.checked == 1);
    CHECK(continued.failures.empty());
    // A table row with the result in the next column: 0.5·0.4 + (−1)·0.3 + 0.2 = 0.1
    CHECK(adds_up("  1  ostrich?             0.5·0.4 + (-1)·0.3 + 0.2 =                         0.1000        0.1000    yes        1"));
    // A Markdown trace table gives "numbers = value" for each row.
    const FormulaCheck table = check_formula_text("| quantity | formula | numbers | value |\n| --- | --- | --- | ---: |\n"
                                                  "| `z[1][1]` | Σ a·w + b | 2.4·1 + 1.1·(-1) + (-0.5) | 0.80 |\n"
                                                  "| `a[1][1]` | relu(z) | relu(0.80) | 0.80 |\n");
    CHECK(table.checked == 2);
    CHECK(table.failures.empty());
}

TEST_CASE("a correctly rounded line passes, a wrong one fails") {
    // 0.73106·0.3 + 0.78583·0.5 + 0.68997·0.9 = 0.219318 + 0.392915 + 0.620973 = 1.233206 → 1.23321
    CHECK(adds_up("  z[2][1] = 0.73106·0.3 + 0.78583·0.5 + 0.68997·0.9 = 1.23321"));
    // 1.3 rounds to 1.30 on a 2-decimal calculator; 1.235 to 1.24 (and to 1.23: 0.735 is within its rounding)
    CHECK(adds_up("  z[1][2] = 1·0.4 + 1·0.9 = 1.30"));
    CHECK(adds_up("  z[2][1] = 0.73·0.3 + 0.79·0.5 + 0.69·0.9 = 1.24"));
    // The derivative factor 0 cannot give 1.9999.
    CHECK(fails("  δ[1][1] = relu′(z)·Σ w·δ = 0·(2·0.9999) = 1.9999"));
    // A wrong sum: 0.4 and 0.9 have fewer decimals than the result, so they are given numbers as written and
    // 1·0.4 + 1·0.9 is exactly 1.3: 1.4000 is wrong. Shown with the result's decimals, 0.4000 + 0.9000 stands for
    // [1.2999, 1.3001], so 1.3002 is wrong too.
    CHECK(fails("  z[1][2] = 1·0.4 + 1·0.9 = 1.4000"));
    CHECK(fails("  z[1][2] = 1·0.4 + 1·0.9 = 1.5000"));
    CHECK(fails("  z[1][2] = 1·0.4000 + 1·0.9000 = 1.3002"));
    CHECK(adds_up("  z[1][2] = 1·0.4000 + 1·0.9000 = 1.3001"));
    // σ(1) = 0.731059; z = 1.0000 stands for [0.99995, 1.00005], σ of that for [0.731049, 0.731069], so the
    // shown 0.7310 (up to 0.73105) is just within the rounding shown, 0.7309 and 0.7312 are not.
    CHECK(adds_up("  a[1][1] = sigmoid(1.0000) = 0.7310"));
    CHECK(fails("  a[1][1] = sigmoid(1.0000) = 0.7309"));
    CHECK(fails("  a[1][1] = sigmoid(1.0000) = 0.7312"));
    // A sign error, and a middle segment that disagrees with the result
    CHECK(fails("  δ[2][1] = y(1 − y)·(t − y) = 0.7744·(1 − 0.7744)·(0 − 0.7744) = 0.1353"));
    CHECK(fails("  x = 2·3 = 7 = 6"));
    // A numeric-looking segment that cannot be read is a failure, not a skip.
    CHECK(fails("  δ[1][2] = 0.7858·(1 − 0.7858)·(0.5·(-0.1353) = -0.0114"));
}

TEST_CASE("what is not a formula is not checked") {
    for (const char* line : {"  h1 = a[1][1] = OR(x1, x2)   = step(1·x1 + 1·x2 − 0.5)",
                             "  z = 0.1584·x1 + 0.0707·x2 + 0.0000 = 0",
                             "step 1: inputs (0.05, 0.1), targets (0.01, 0.99), rate η = 0.5",
                             "  new 1: height 1.85 m, weight 95.0 kg -> x = (-0.6002, 0.3167), z = -0.0727, ŷ = 0: human",
                             "  (0, 1) → y = 0.4975  (t = 1)",
                             "  z[1][1] = 1·0.5 + 1·(-0.5) + 1·0.5 + … + 1·(-0.5) (200000 terms) + 1 = 1.0000",
                             "| ✗ | `δ[1][2]` | -0.0677 | -0.0114 | wrong: see below |"}) {
        CAPTURE(line);
        const FormulaCheck check = check_formula_text(line);
        CHECK(check.checked == 0);
        CHECK(check.failures.empty());
    }
}

TEST_CASE("lessons 01–05: every formula line adds up") {
    for (const char* lesson : {"01_perceptron", "02_parallel_stack", "03_sequential_stack", "04_xor_forward", "05_xor_backprop"}) {
        const ProgramResult run = run_program(NNWALK_BUILD "/lessons/" + std::string(lesson));
        CAPTURE(lesson);
        REQUIRE(run.exit_code == 0);
        // Lesson 01's formulas with numbers are its precision, recall and accuracy.
        check_output(lesson, run.out, 1);
    }
}

TEST_CASE("nnwalk trace: every formula line of every data/ .net file adds up, in text and Markdown, rounded or not") {
    const std::vector<std::string> files = net_files();
    REQUIRE(files.size() >= 9);
    for (const std::string& file : files) {
        for (const char* format : {"text", "markdown"}) {
            for (const char* round : {"", "2", "4"}) {
                std::vector<std::string> arguments = {"trace", file, "--format", format};
                if (*round) arguments.insert(arguments.end(), {"--round", round});
                const ProgramResult run = nnwalk_here(arguments);
                const std::string name = "nnwalk trace " + file + " --format " + format + (*round ? std::string(" --round ") + round : "");
                CAPTURE(name);
                REQUIRE(run.exit_code == 0);
                check_output(name, run.out);
            }
        }
    }
}

TEST_CASE("nnwalk trace: the relu′ lines of a relu network add up, also for a positive z that prints as 0.0000") {
    // z[1][1] = 1·0.00001 + 1·0 = 0.00001 > 0, so relu′ = 1 and δ[1][1] = 1·(2·δ_out); z[1][3] = −0.5 < 0
    // gives relu′ = 0. No data/ file has a relu layer with targets, so this network is made here.
    const std::string net = test_file("relu.net", "inputs 1 1\ntargets 0\nrate 0.5\nlayer relu\nneuron 0.00001 0\n"
                                                  "neuron 0.5 0.5\nneuron -1 0.5\nlayer sigmoid\nneuron 2 1 1\n");
    for (const char* format : {"text", "markdown"}) {
        const ProgramResult run = nnwalk_here({"trace", net, "--format", format});
        REQUIRE(run.exit_code == 0);
        REQUIRE(contains(run.out, "relu′(z)"));
        check_output(std::string("nnwalk trace relu.net --format ") + format, run.out);
    }
}

TEST_CASE("nnwalk check: the feedback on a sheet with a few wrong answers adds up") {
    // The sample sheet leaves a(1 − a) out of δ[1][2]; here also a sign error in δ[2][1] and a slip in
    // new_w[2][1][3].
    const std::string sheet = test_file("wrong.tsv", sheet_with({{"δ[2][1]", "0.1353"}, {"new_w[2][1][3]", "0.8633"}}));
    for (const char* format : {"text", "markdown"}) {
        const std::vector<std::string> arguments = {"check", "data/exercises/05-xor-step.net", sheet, "--format", format};
        const ProgramResult run = nnwalk_here(arguments);
        const std::string name = std::string("nnwalk check --format ") + format;
        CAPTURE(run.out);
        REQUIRE(run.exit_code == 1);  // there are mistakes
        REQUIRE(contains(run.out, "δ[2][1]"));
        check_output(name, run.out);
    }
}

}  // TEST_SUITE
