// nnwalk quiz and nnwalk check: generated problems, follow-through marking worked by hand, the slips the
// marker names, and one clear line for every unusable input. Runs nnwalk in-process (fast, and under the
// sanitizers with `make sanitize`).
#include "classroom/questions.h"
#include "classroom/quiz.h"
#include "classroom/tolerance.h"
#include "cli/commands.h"
#include "output_text.h"
#include "run_program.h"
#include "test_files.h"
#include "io/netfile.h"
#include "core/number_format.h"
#include "scalar/record.h"

#include <doctest/doctest.h>


#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

namespace {


// The lines "key<TAB>value" of a TSV text as a map, skipping the "step" line.
std::map<std::string, std::string> tsv_lines(const std::string& tsv) {
    std::map<std::string, std::string> values;
    std::istringstream lines(tsv);
    for (std::string line; std::getline(lines, line);) {
        const std::size_t tab = line.find('\t');
        if (tab != std::string::npos && line.compare(0, tab, "step") != 0) values[line.substr(0, tab)] = line.substr(tab + 1);
    }
    return values;
}

// A TSV answer sheet from key → value.
std::string sheet(const std::map<std::string, std::string>& answers) {
    std::string text;
    for (const auto& [key, value] : answers) text += key + "\t" + value + "\n";
    return text;
}

// How many values got `mark`.
int count_of(const std::map<std::string, std::string>& marks, const std::string& mark) {
    int n = 0;
    for (const auto& entry : marks) n += entry.second == mark ? 1 : 0;
    return n;
}

// A network small enough to work by hand, with sigmoid(0) = 0.5 in the hidden layer:
// input a[0][1] = 1, hidden weights 0 and 0 (so z[1][1] = z[1][2] = 0, a = 0.5), output weights 0.4, −0.5,
// target 1, η = 0.5, no biases.
const char* const tiny_net =
    "inputs 1\n"
    "targets 1\n"
    "rate 0.5\n"
    "layer sigmoid\n"
    "neuron 0\n"
    "neuron 0\n"
    "layer sigmoid\n"
    "neuron 0.4 -0.5\n";

// Every value of the tiny network's step worked by hand, each rounded to 4 decimals as soon as computed:
const std::map<std::string, std::string> tiny_answers = {
    {"z[1][1]", "0.0000"},         // 1·0
    {"z[1][2]", "0.0000"},         // 1·0
    {"a[1][1]", "0.5000"},         // sigmoid(0) = 1 / (1 + 1)
    {"a[1][2]", "0.5000"},
    {"z[2][1]", "-0.0500"},        // 0.5·0.4 + 0.5·(−0.5) = 0.2 − 0.25
    {"a[2][1]", "0.4875"},         // 1 / (1 + e^0.05) = 1 / 2.051271 = 0.487503
    {"E", "0.1313"},               // ½·(1 − 0.4875)² = ½·0.26265625 = 0.131328
    {"δ[2][1]", "0.1280"},     // 0.4875·(1 − 0.4875)·(1 − 0.4875) = 0.4875·0.26265625 = 0.128045
    {"δ[1][1]", "0.0128"},     // 0.5·(1 − 0.5)·(0.4·0.1280) = 0.25·0.0512
    {"δ[1][2]", "-0.0160"},    // 0.25·(−0.5·0.1280) = 0.25·(−0.064)
    {"Δw[1][1][1]", "0.0064"},     // 0.5·0.0128·1
    {"new_w[1][1][1]", "0.0064"},  // 0 + 0.0064
    {"Δw[1][2][1]", "-0.0080"},    // 0.5·(−0.0160)·1
    {"new_w[1][2][1]", "-0.0080"}, // 0 + (−0.0080)
    {"Δw[2][1][1]", "0.0320"},     // 0.5·0.1280·0.5
    {"new_w[2][1][1]", "0.4320"},  // 0.4 + 0.032
    {"Δw[2][1][2]", "0.0320"},     // 0.5·0.1280·0.5
    {"new_w[2][1][2]", "-0.4680"}, // −0.5 + 0.032
};

// The tiny network's answers with some values replaced.
std::map<std::string, std::string> tiny_with(const std::map<std::string, std::string>& changes) {
    std::map<std::string, std::string> answers = tiny_answers;
    for (const auto& [key, value] : changes) answers[key] = value;
    return answers;
}

// Runs `nnwalk check` of the tiny network against `answers`.
ProgramResult check_tiny(const std::map<std::string, std::string>& answers, const std::vector<std::string>& options = {}) {
    std::vector<std::string> args = {"check", test_file("tiny.net", tiny_net), test_file("tiny.tsv", sheet(answers))};
    args.insert(args.end(), options.begin(), options.end());
    return nnwalk_here(args);
}

// The explanation line of `key` in the "mistakes" part of check's text output ("" when there is none).
std::string mistake_line(const std::string& out, const std::string& key) {
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("  " + key + ": you wrote", 0) == 0) return line.substr(2);
    }
    return "";
}

// Writes quiz `seed` with `options` into a fresh folder `folder` of the test folder; returns the folder.
std::string make_quiz_files(const std::string& folder, std::uint64_t seed, const std::vector<std::string>& options) {
    const std::string dir = test_path(folder);
    std::vector<std::string> args = {"quiz", "--seed", std::to_string(seed), "--out", dir};
    args.insert(args.end(), options.begin(), options.end());
    const ProgramResult run = nnwalk_here(args);
    CAPTURE(run.err);
    REQUIRE(run.exit_code == 0);
    return dir;
}

// Expects check of the tiny network against an answer sheet `text` to fail with "SHEET:LINE: reason".
void expect_sheet_error(const std::string& text, int line, const std::string& reason) {
    const std::string problem = test_file("tiny.net", tiny_net);
    const std::string answers = test_file("bad.tsv", text);
    expect_nnwalk_error({"check", problem, answers}, answers + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + reason);
}

// The last line of `text` (without its newline).
std::string last_line(const std::string& text) {
    const std::size_t end = text.find_last_not_of('\n');
    return text.substr(text.rfind('\n', end) + 1, end - text.rfind('\n', end));
}

}  // namespace

TEST_SUITE("classroom") {

TEST_CASE("check: the tiny network worked by hand gets full marks, and the score line comes last") {
    const ProgramResult run = check_tiny(tiny_answers);
    CAPTURE(run.out);
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    const auto marks = marks_by_label(run.out);
    // 6 forward values, E, 3 deltas, dw and new_w for 2 weights in layer 1 and 2 in layer 2 (no biases asked)
    CHECK(marks.size() == 6 + 1 + 3 + 4 + 4);
    CHECK(count_of(marks, "✓") == 18);
    CHECK(last_line(run.out) == "score 18/18: 18 ✓ correct, 0 ~ consistent, 0 ✗ wrong, 0 – missing");
}

TEST_CASE("check: the issue's example — a wrong hidden delta explained with the student's own numbers") {
    // The student wrote a[1][2] = 0.6 (true 0.5) and δ[2][1] = 0.2 (true 0.1280): two mistakes of their own.
    // From those, δ[1][2] = a(1 − a)·w·δ = 0.6·0.4·(−0.5)·0.2 = −0.024, but they wrote −0.0210: a third.
    const ProgramResult wrong = check_tiny(tiny_with({{"a[1][2]", "0.6"}, {"δ[2][1]", "0.2"}, {"δ[1][2]", "-0.0210"}}));
    CAPTURE(wrong.out);
    CHECK(wrong.exit_code == 1);
    const auto marks = marks_by_label(wrong.out);
    CHECK(marks.at("a[1][2]") == "✗");
    CHECK(marks.at("δ[2][1]") == "✗");
    CHECK(marks.at("δ[1][2]") == "✗");
    CHECK(mistake_line(wrong.out, "δ[1][2]") ==
          "δ[1][2]: you wrote -0.0210; from your a[1][2] = 0.6 and δ[2][1] = 0.2, "
          "a(1 − a)·Σ w·δ = 0.6·(1 − 0.6)·((-0.5)·0.2) = -0.0240");

    // Writing −0.0240 instead follows from their own numbers: consistent, with credit.
    const ProgramResult consistent = check_tiny(tiny_with({{"a[1][2]", "0.6"}, {"δ[2][1]", "0.2"}, {"δ[1][2]", "-0.0240"}}));
    CAPTURE(consistent.out);
    CHECK(marks_by_label(consistent.out).at("δ[1][2]") == "~");
    CHECK(consistent.out.find("-0.0240  -0.0160  consistent with your a[1][2], δ[2][1]\n") != std::string::npos);
    // Without the student's δ[2][1], the true one is used and named as such: 0.6·0.4·(−0.5·0.1280) = 0.24·(−0.064)
    // = −0.01536 → −0.0154.
    std::map<std::string, std::string> without = tiny_with({{"a[1][2]", "0.6"}, {"δ[1][2]", "-0.0210"}});
    without.erase("δ[2][1]");
    CHECK(mistake_line(check_tiny(without).out, "δ[1][2]") ==
          "δ[1][2]: you wrote -0.0210; from your a[1][2] = 0.6, and the true δ[2][1] = 0.1280, "
          "a(1 − a)·Σ w·δ = 0.6·(1 − 0.6)·((-0.5)·0.1280) = -0.0154");
}

TEST_CASE("check: one wrong early value with every later value computed from it gives exactly one ✗, the rest ~") {
    // The student's slip: z[1][1] = 1·0 + 0.1 = 0.1 (true 0). Worked on from there, rounding to 4 decimals:
    //   a[1][1] = sigmoid(0.1) = 0.524979 → 0.5250
    //   z[2][1] = 0.5250·0.4 + 0.5·(−0.5) = 0.21 − 0.25 = −0.0400;  a[2][1] = 1 / (1 + e^0.04) = 0.490001 → 0.4900
    //   E = ½·(1 − 0.49)² = ½·0.2601 = 0.13005 → 0.1301 (half away from zero)
    //   δ[2][1] = 0.49·0.51·0.51 = 0.127449 → 0.1274
    //   δ[1][1] = 0.5250·0.4750·(0.4·0.1274) = 0.249375·0.05096 = 0.012708 → 0.0127
    //   δ[1][2] = 0.25·(−0.5·0.1274) = −0.015925 → −0.0159
    //   Δw[1][1][1] = 0.5·0.0127·1 = 0.00635 → 0.0064 (so new_w[1][1][1] = 0.0064: both true by chance)
    //   Δw[1][2][1] = 0.5·(−0.0159) = −0.00795 → −0.0080 (true by chance too), new_w[1][2][1] = −0.0080
    //   Δw[2][1][1] = 0.5·0.1274·0.5250 = 0.0334425 → 0.0334, new_w[2][1][1] = 0.4 + 0.0334 = 0.4334
    //   Δw[2][1][2] = 0.5·0.1274·0.5 = 0.03185 → 0.0319, new_w[2][1][2] = −0.5 + 0.0319 = −0.4681
    const ProgramResult run = check_tiny(tiny_with({{"z[1][1]", "0.1000"}, {"a[1][1]", "0.5250"}, {"z[2][1]", "-0.0400"},
                                          {"a[2][1]", "0.4900"}, {"E", "0.1301"}, {"δ[2][1]", "0.1274"},
                                          {"δ[1][1]", "0.0127"}, {"δ[1][2]", "-0.0159"},
                                          {"Δw[2][1][1]", "0.0334"}, {"new_w[2][1][1]", "0.4334"},
                                          {"Δw[2][1][2]", "0.0319"}, {"new_w[2][1][2]", "-0.4681"}}));
    CAPTURE(run.out);
    CHECK(run.exit_code == 1);
    const auto marks = marks_by_label(run.out);
    CHECK(marks.at("z[1][1]") == "✗");
    CHECK(count_of(marks, "✗") == 1);
    for (const char* key : {"a[1][1]", "z[2][1]", "a[2][1]", "E", "δ[2][1]", "δ[1][1]", "δ[1][2]",
                            "Δw[2][1][1]", "new_w[2][1][1]", "Δw[2][1][2]", "new_w[2][1][2]"}) {
        CAPTURE(key);
        CHECK(marks.at(key) == "~");
    }
    // z[1][2], a[1][2] never depended on the slip; the layer-1 updates came out true by chance (see above).
    CHECK(count_of(marks, "✓") == 6);
    CHECK(last_line(run.out) == "score 17/18: 6 ✓ correct, 11 ~ consistent, 1 ✗ wrong, 0 – missing");
    CHECK(mistake_line(run.out, "z[1][1]") == "z[1][1]: you wrote 0.1000; from the problem's numbers, Σ a·w = 1·0 = 0.0000");
}

TEST_CASE("check: one slip in z[1][1], worked on correctly, gives exactly one ✗ in quizzes of every activation") {
    // The student's values come from the problem with b[1][1] larger by 0.1: the same arithmetic with z[1][1]
    // off by 0.1 and everything after it computed from that. Only new_b[1][1] = b + Δb uses the true b.
    for (const char* activation : {"sigmoid", "tanh", "relu"}) {
        for (std::uint64_t seed = 1; seed <= 6; ++seed) {
            CAPTURE(activation);
            CAPTURE(seed);
            const std::string dir = make_quiz_files("slip", seed, {"--shape", "2-3-2", "--activation", activation, "--bias"});
            const std::string problem = dir + "/quiz-" + std::to_string(seed) + ".net";
            NetFile slipped = load_netfile(problem);
            const double b = slipped.network.bias(1, 1);
            slipped.network.bias(1, 1) = b + 0.1;
            const Record student = problem_record(slipped, 4);
            std::map<std::string, std::string> answers;
            for (std::size_t k : asked_quantities(student)) answers[text(student[k].key)] = fixed(student[k].value, 4);
            answers["new_b[1][1]"] = fixed(round_to(b + student.value("Δb[1][1]"), 4), 4);
            const ProgramResult run = nnwalk_here({"check", problem, test_file("slip.tsv", sheet(answers))});
            CAPTURE(run.out);
            CHECK(run.exit_code == 1);
            const auto marks = marks_by_label(run.out);
            CHECK(marks.at("z[1][1]") == "✗");
            CHECK(count_of(marks, "✗") == 1);
            CHECK(count_of(marks, "–") == 0);
            // With sigmoid and tanh every later value moves with a[1][1]; a relu neuron may be off (z < 0) before and
            // after the slip, and then nothing after it changes.
            if (std::string(activation) != "relu") CHECK(marks.at("E") == "~");
        }
    }
}

TEST_CASE("check: a value worked on from answers so large that it overflows credits nothing") {
    // Every answer 1e308. Worked on from the student's own numbers, most values overflow: e.g.
    // δ[2][1] = a(1 − a)(t − a) with a = 1e308 is about −1e924, and Δw = η·δ·a about 0.5·1e308·1e308: both
    // infinite in double. An infinite value once matched anything (its slack, 1e-12·|value|, was infinite).
    // Only new_w = w + your Δw = 0.4 + 1e308 = 1e308 (and the three like it) really follows; a[1][2] and
    // a[2][1] repeat a[1][1]'s slip, Δw[1][2][1] repeats Δw[1][1][1]'s, and a slip repeated is one slip.
    std::map<std::string, std::string> huge = tiny_answers;
    for (auto& entry : huge) entry.second = "1e308";
    const ProgramResult run = check_tiny(huge);
    CAPTURE(run.out);
    const auto marks = marks_by_label(run.out);
    CHECK(count_of(marks, "✓") == 0);
    for (const char* key : {"new_w[1][1][1]", "new_w[1][2][1]", "new_w[2][1][1]", "new_w[2][1][2]"}) {
        CAPTURE(key);
        CHECK(marks.at(key) == "~");
    }
    for (const char* key : {"a[1][2]", "a[2][1]", "Δw[1][2][1]"}) {
        CAPTURE(key);
        CHECK(run.out.find(std::string(key) + " ") != std::string::npos);
        CHECK(marks.at(key) == "~");
    }
    CHECK(count_of(marks, "~") == 7);
    CHECK(last_line(run.out) == "score 7/18: 0 ✓ correct, 7 ~ consistent, 11 ✗ wrong, 0 – missing");
}

TEST_CASE("check: a sign error in a delta is caught and the output-delta formula named") {
    // δ[2][1] = y(1 − y)(t − y) = 0.4875·0.5125·0.5125 = 0.1280; the student wrote −0.1280.
    const ProgramResult run = check_tiny(tiny_with({{"δ[2][1]", "-0.1280"}}));
    CAPTURE(run.out);
    CHECK(run.exit_code == 1);
    CHECK(marks_by_label(run.out).at("δ[2][1]") == "✗");
    CHECK(mistake_line(run.out, "δ[2][1]") ==
          "δ[2][1]: you wrote -0.1280; from your a[2][1] = 0.4875, y(1 − y)·(t − y) = "
          "0.4875·(1 − 0.4875)·(1 − 0.4875) = 0.1280; the sign is wrong");
}

TEST_CASE("check: a forgotten derivative factor is caught and the hidden-delta formula named") {
    // δ[1][2] = a(1 − a)·w·δ = 0.25·(−0.5·0.1280) = −0.0160; without the factor a(1 − a): −0.0640.
    const ProgramResult run = check_tiny(tiny_with({{"δ[1][2]", "-0.0640"}}));
    CAPTURE(run.out);
    CHECK(run.exit_code == 1);
    CHECK(mistake_line(run.out, "δ[1][2]") ==
          "δ[1][2]: you wrote -0.0640; from your a[1][2] = 0.5000 and δ[2][1] = 0.1280, a(1 − a)·Σ w·δ = "
          "0.5000·(1 − 0.5000)·((-0.5)·0.1280) = -0.0160; the factor f′ = a(1 − a) is missing");
}

TEST_CASE("check: a problem with a value too large to compute is refused, as trace refuses it") {
    // z = 1·1e200, y = 1e200, E = ½·(0 − 1e200)² = 5e399: more than a double holds.
    const std::string huge = test_file("huge.net", "inputs 1\ntargets 0\nrate 0.5\nlayer linear\nneuron 1e200\n");
    expect_nnwalk_error({"check", huge, test_file("huge.tsv", "E\t1\n")},
                        huge + ": E comes out as inf (expected numbers small enough to compute with: the inputs, weights or rate are too large)");
}

TEST_CASE("check: the Greek names δ, Δw and Δb are read as delta, dw and db") {
    // The tiny network's true δ[2][1] = 0.1280 and Δw[2][1][1] = 0.0320 (worked in tiny_answers).
    std::map<std::string, std::string> greek = tiny_answers;
    greek.erase("δ[2][1]");
    greek.erase("Δw[2][1][1]");
    greek["δ[2][1]"] = "0.1280";
    greek["Δw[2][1][1]"] = "0.0320";
    const ProgramResult run = check_tiny(greek);
    CAPTURE(run.out);
    CHECK(last_line(run.out) == "score 18/18: 18 ✓ correct, 0 ~ consistent, 0 ✗ wrong, 0 – missing");
}

TEST_CASE("check: a slip repeated is one slip, explained once") {
    // Subtracting every change instead of adding it: new w = w − Δw, for all four weights of the tiny network:
    // 0 − 0.0064 = −0.0064, 0 − (−0.0080) = 0.0080, 0.4 − 0.0320 = 0.3680, −0.5 − 0.0320 = −0.5320.
    const ProgramResult run = check_tiny(tiny_with({{"new_w[1][1][1]", "-0.0064"}, {"new_w[1][2][1]", "0.0080"},
                                                    {"new_w[2][1][1]", "0.3680"}, {"new_w[2][1][2]", "-0.5320"}}));
    CAPTURE(run.out);
    CHECK(run.exit_code == 1);
    const auto marks = marks_by_label(run.out);
    CHECK(marks.at("new_w[1][1][1]") == "✗");
    CHECK(count_of(marks, "✗") == 1);
    CHECK(count_of(marks, "~") == 3);
    CHECK(run.out.find("~  new_w[2][1][2]  -0.5320  -0.4680  the same slip as new_w[1][1][1]\n") != std::string::npos);
    CHECK(mistake_line(run.out, "new_w[1][1][1]") ==
          "new_w[1][1][1]: you wrote -0.0064; from your Δw[1][1][1] = 0.0064, w + Δw = 0 + 0.0064 = 0.0064; the change was "
          "subtracted, but it is added (delta = −∂E/∂z already holds the minus) (the same slip again in new_w[1][2][1], "
          "new_w[2][1][1] and new_w[2][1][2])");
    CHECK(last_line(run.out) == "score 17/18: 14 ✓ correct, 3 ~ consistent, 1 ✗ wrong, 0 – missing");
}

TEST_CASE("check: a missing bias is named only where there is a bias") {
    // Without biases z[2][1] = Σ a·w = 0.5·0.4 + 0.5·(−0.5) = −0.05. The answer z minus the last weight,
    // −0.05 − (−0.5) = 0.45, is a plain mistake: the layer has no bias that could be missing.
    const ProgramResult unbiased = check_tiny(tiny_with({{"z[2][1]", "0.4500"}}));
    CAPTURE(unbiased.out);
    CHECK(mistake_line(unbiased.out, "z[2][1]") ==
          "z[2][1]: you wrote 0.4500; from your a[1][1] = 0.5000 and a[1][2] = 0.5000, Σ a·w = 0.5000·0.4 + 0.5000·(-0.5) = -0.0500");

    // With a bias b[1][1] = 0.25 on the single neuron: z[1][1] = 1·0.5 + 0.25 = 0.75; leaving b out gives 0.5.
    const std::string biased = test_file("biased.net", "inputs 1\ntargets 1\nrate 0.5\nlayer sigmoid\nneuron 0.5 bias 0.25\n");
    const ProgramResult forgot = nnwalk_here({"check", biased, test_file("forgot.tsv", "z[1][1]\t0.5\n")});
    CAPTURE(forgot.out);
    CHECK(mistake_line(forgot.out, "z[1][1]") ==
          "z[1][1]: you wrote 0.5; from the problem's numbers, Σ a·w + b = 1·0.5 + 0.25 = 0.7500; the bias b = 0.25 is missing");
}

TEST_CASE("check: learning-rate slips are caught and the weight-change formula named") {
    // Δw[2][1][1] = η·δ·a = 0.5·0.1280·0.5 = 0.0320. Without η: 0.1280·0.5 = 0.0640; with η = 0.1: 0.0064.
    const ProgramResult missing = check_tiny(tiny_with({{"Δw[2][1][1]", "0.0640"}}));
    CAPTURE(missing.out);
    CHECK(missing.exit_code == 1);
    CHECK(mistake_line(missing.out, "Δw[2][1][1]") ==
          "Δw[2][1][1]: you wrote 0.0640; from your δ[2][1] = 0.1280 and a[1][1] = 0.5000, η·δ·a = "
          "0.5·0.1280·0.5000 = 0.0320; the rate η = 0.5 is missing");
    const ProgramResult other = check_tiny(tiny_with({{"Δw[2][1][1]", "0.0064"}}));
    CHECK(mistake_line(other.out, "Δw[2][1][1]").find("η·δ·a = 0.5·0.1280·0.5000 = 0.0320; this is η = 0.1 at work, not the problem's η = 0.5") !=
          std::string::npos);
    // new_w = w + Δw = 0.4 + 0.032 = 0.4320; subtracting gives 0.4 − 0.032 = 0.3680.
    const ProgramResult subtracted = check_tiny(tiny_with({{"new_w[2][1][1]", "0.3680"}}));
    CHECK(mistake_line(subtracted.out, "new_w[2][1][1]").find("w + Δw = 0.4 + 0.0320 = 0.4320; the change was subtracted") !=
          std::string::npos);
}

TEST_CASE("check: missing values are marked – and make the exit code 3, not 1 (nothing is wrong) or 0") {
    const ProgramResult run = check_tiny({{"z[1][1]", "0"}, {"a[1][1]", "0.5"}});
    CAPTURE(run.out);
    CHECK(run.exit_code == 3);
    CHECK(marks_by_label(run.out).at("E") == "–");
    CHECK(last_line(run.out) == "score 2/18: 2 ✓ correct, 0 ~ consistent, 0 ✗ wrong, 16 – missing");
}

TEST_CASE("check: the tolerance is half a unit in the last decimal asked, or --tol, and --round sets the decimals") {
    // a[2][1] = 0.487503: 0.4875 is it rounded; 0.4876 is a unit off in the 4th decimal.
    CHECK(marks_by_label(check_tiny(tiny_with({{"a[2][1]", "0.4876"}})).out).at("a[2][1]") == "✗");
    CHECK(marks_by_label(check_tiny(tiny_with({{"a[2][1]", "0.4876"}}), {"--tol", "0.0002"}).out).at("a[2][1]") == "✓");
    // To 2 decimals, rounded as computed: a[2][1] = 0.49, E = ½·0.51² = 0.13005 → 0.13, δ[2][1] = 0.49·0.51·0.51
    // = 0.127449 → 0.13.
    const ProgramResult two = check_tiny({{"a[2][1]", "0.49"}, {"E", "0.13"}, {"δ[2][1]", "0.13"}}, {"--round", "2"});
    CAPTURE(two.out);
    CHECK(two.exit_code == 3);  // nothing wrong, 15 values missing
    CHECK(count_of(marks_by_label(two.out), "✓") == 3);
    CHECK(two.out.find("marked to 2 decimals (tolerance 0.005)") != std::string::npos);
    // A value rounded only at the end is right too: |0.12345 − 0.1235| is half a unit (a decimal tie).
    const Tolerance tolerance{4, half_unit(4)};
    CHECK(tolerance.matches(0.1235, 0.12345));
    CHECK(tolerance.matches(0.1234, 0.123449));
    CHECK_FALSE(tolerance.matches(0.1236, 0.12345));
}

TEST_CASE("check --format markdown: a feedback sheet with the table, the score and the mistakes") {
    const ProgramResult run = check_tiny(tiny_with({{"δ[2][1]", "-0.1280"}}), {"--format", "markdown"});
    CAPTURE(run.out);
    CHECK(run.exit_code == 1);
    CHECK(run.out.rfind("# Feedback on ", 0) == 0);
    CHECK(run.out.find("**Score: 17/18** (17 ✓, 0 ~, 1 ✗, 0 –)") != std::string::npos);
    CHECK(run.out.find("| ✗ | `δ[2][1]` | -0.1280 | 0.1280 | wrong: see below |") != std::string::npos);
    CHECK(run.out.find("\n## Mistakes\n\n- δ[2][1]: you wrote -0.1280;") != std::string::npos);
}

TEST_CASE("check: a sheet that cannot be used at all is one line FILE:LINE on stderr, exit 2, nothing on stdout") {
    // A sheet whose only line cannot be read has no answer: the line's reason is the one line.
    expect_sheet_error("z[1]\t0.5\n", 1,
                       "unknown key 'z[1]' (expected a value such as z[1][2], a[1][2], E, δ[2][1], Δw[2][1][1], "
                       "new_w[2][1][1], Δb[2][1] or new_b[2][1])");
    expect_sheet_error("E\tnan\n", 1, "'nan' is not a finite number (expected the value of E as a finite decimal number)");
    const std::string problem = test_path("tiny.net");
    expect_sheet_error("z[3][1]\t0.5\n", 1, problem + " has no z[3][1] (its values are listed by: nnwalk trace " + problem + ")");
    expect_sheet_error("new_w[2][1][3]\t0.5\n", 1, problem + " has no new_w[2][1][3] (its values are listed by: nnwalk trace " + problem + ")");
    expect_sheet_error("z[1][1]\t0 0\n", 1, "expected a key and a value, such as z[1][1]<TAB>0.5 (got 3 words)");
    expect_sheet_error("0.5\n", 1, "expected a key and a value, such as z[1][1]<TAB>0.5 (got 1 word)");
    // A sheet of step 2 alone, checked for one step, has nothing to mark.
    expect_sheet_error("step\t2\nz[1][1]\t0\n", 1,
                       "step '2' is not marked, so its lines are skipped (expected step 1 only: the problem is marked "
                       "for 1 step)");
    expect_sheet_error("# nothing yet\n\n", 0, "no answers (expected lines such as z[1][1]<TAB>0.5)");
    // Changed by issue 10: a key with its value left blank (a blank answer sheet) is not answered, no longer a
    // line of one word; a sheet of only such lines has no answers.
    expect_sheet_error("key\tvalue\nz[1][1]\n", 0, "no answers (expected lines such as z[1][1]<TAB>0.5)");
}

TEST_CASE("check: a line that cannot be read is listed as FILE:LINE, its value not answered, the rest marked, exit 1") {
    // Changed by issue 10: each of these used to reject the whole sheet (exit 2, no marks at all).
    const std::string problem = test_file("tiny.net", tiny_net);
    const auto expect_unreadable = [&](const std::string& text, int line, const std::string& reason) {
        const std::string answers = test_file("unreadable.tsv", text);
        const ProgramResult run = nnwalk_here({"check", problem, answers});
        CAPTURE(run.out);
        CHECK(run.exit_code == 1);
        CHECK(run.err.empty());
        CHECK(contains(run.out, "\nunreadable lines (their values count as not answered)\n  " + answers + ":" +
                                    std::to_string(line) + ": " + reason + "\n"));
        return run;
    };
    expect_unreadable("z[1][1]\t0\nzz[1]\t0.5\n", 2,
                      "unknown key 'zz[1]' (expected a value such as z[1][2], a[1][2], E, δ[2][1], Δw[2][1][1], "
                      "new_w[2][1][1], Δb[2][1] or new_b[2][1])");
    const ProgramResult twice = expect_unreadable("# my answers\nz[1][1]\t0\na[1][1]\t0.5\nz[1][1]\t0.7\n", 4,
                                                  "z[1][1] given twice (first on line 2)");
    CHECK(marks_by_label(twice.out).at("z[1][1]") == "✓");  // the first answer, 0 (1·0), is the one marked
    // A key of two steps checked for one: its step 2 is one unreadable line, not one "given twice" per value.
    const ProgramResult two_steps = expect_unreadable("z[1][1]\t0\nstep\t2\nz[1][1]\t0\na[1][1]\t0.5\n", 2,
                                                      "step '2' is not marked, so its lines are skipped (expected step "
                                                      "1 only: the problem is marked for 1 step)");
    CHECK(!contains(two_steps.out, "given twice"));
    CHECK(marks_by_label(two_steps.out).at("z[1][1]") == "✓");
    // The same value under two spellings is one value given twice.
    expect_unreadable("δ[2][1]\t0.1280\ndelta[2][1]\t0.1280\n", 2, "δ[2][1] given twice (first on line 1)");

    // Every value of the tiny network right but a[1][1], whose line cannot be read: it is – (not answered),
    // named in its row, and every other value keeps its mark: 17 of 18.
    std::string text = sheet(tiny_answers);
    const std::size_t at = text.find("a[1][1]\t0.5000");
    text.replace(at, std::string("a[1][1]\t0.5000").size(), "a[1][1]\tO.5000");
    const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
    const ProgramResult one = expect_unreadable(text, line, "'O.5000' is not a number (expected the value of a[1][1] as a decimal number such as 0.5)");
    CHECK(contains(one.out, "–  a[1][1]                   0.5000  unreadable: line " + std::to_string(line) + "\n"));
    CHECK(count_of(marks_by_label(one.out), "✓") == 17);
    CHECK(last_line(one.out) == "score 17/18: 17 ✓ correct, 0 ~ consistent, 0 ✗ wrong, 1 – missing");
    const ProgramResult markdown = nnwalk_here({"check", problem, test_path("unreadable.tsv"), "--format", "markdown"});
    CHECK(markdown.exit_code == 1);
    CHECK(contains(markdown.out, "| – | `a[1][1]` |  | 0.5000 | unreadable: line " + std::to_string(line) + " |\n"));
    CHECK(contains(markdown.out, "\n## Unreadable lines\n\nTheir values count as not answered.\n\n- " + test_path("unreadable.tsv") + ":"));

    // A forward-only problem has no backward pass to answer.
    const std::string forward = test_file("forward.net", "inputs 1\nlayer sigmoid\nneuron 0\n");
    const std::string answers = test_file("backward.tsv", "a[1][1]\t0.5\ndelta[1][1]\t0.1\n");
    const ProgramResult backward = nnwalk_here({"check", forward, answers});
    CHECK(backward.exit_code == 1);
    CHECK(contains(backward.out, "  " + answers + ":2: " + forward + " has no delta[1][1] (it has no targets, so only the forward pass is marked)\n"));
}

TEST_CASE("check: unreadable files and bad command lines") {
    const std::string problem = test_file("tiny.net", tiny_net);
    const std::string answers = test_file("good.tsv", sheet(tiny_answers));
    const std::string nowhere = test_path("no-such-file.tsv");
    expect_nnwalk_error({"check", problem, nowhere}, nowhere + ": cannot open the file (expected a readable answer sheet of key<TAB>value lines)");
    expect_nnwalk_error({"check", problem}, "nnwalk check: needs a problem and an answer sheet (usage: nnwalk check PROBLEM.net "
                                     "ANSWERS.tsv [--round N] [--tol T] [--steps K] [--format text|markdown])");
    expect_nnwalk_error({"check", problem, answers, "--round", "13"}, "nnwalk check: --round needs a whole number from 0 to 12 (got 13)");
    expect_nnwalk_error({"check", problem, answers, "--tol", "abc"},
                 "nnwalk check: 'abc' is not a number (expected --tol as a decimal number such as 0.5)");
    expect_nnwalk_error({"check", problem, answers, "--format", "tsv"}, "nnwalk check: --format must be one of text, markdown (got 'tsv')");
    // A bad problem file is reported as nnwalk trace reports it.
    const std::string bad = test_file("bad.net", "inputs 1\nlayer sigmoid\nneuron 0 0\n");
    const ProgramResult run = nnwalk_here({"check", bad, answers});
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK(run.err.rfind(bad + ":3: neuron has 2 weights", 0) == 0);
}

TEST_CASE("quiz: bad options are refused with one line, exit 2, and no files") {
    expect_nnwalk_error({"quiz", "--shape", "2-2-2-2-2-1"}, "nnwalk quiz: --shape 2-2-2-2-2-1 has 5 layers after the inputs; a quiz has at most 4");
    expect_nnwalk_error({"quiz", "--shape", "2-7-1"}, "nnwalk quiz: --shape 2-7-1: layer 1 has 7 neurons; a quiz has 1 to 6 per layer");
    expect_nnwalk_error({"quiz", "--shape", "9-1"}, "nnwalk quiz: --shape 9-1: the input layer has 9 neurons; a quiz has 1 to 6 per layer");
    expect_nnwalk_error({"quiz", "--shape", "2-0-1"}, "nnwalk quiz: --shape 2-0-1: layer 1 has 0 neurons; a quiz has 1 to 6 per layer");
    expect_nnwalk_error({"quiz", "--shape", "2"},
                 "nnwalk quiz: --shape 2 has no layer (expected sizes joined by '-' such as 2-2-1: the inputs, then each layer)");
    expect_nnwalk_error({"quiz", "--shape", "2--1"},
                 "nnwalk quiz: --shape '2--1' is not a shape (expected sizes joined by '-' such as 2-2-1: the inputs, then each layer)");
    expect_nnwalk_error({"quiz", "--activation", "softmax"}, "nnwalk quiz: --activation softmax would make every layer softmax, and "
                                                             "softmax is only for the last layer (expected one name per layer such as sigmoid,softmax)");
    expect_nnwalk_error({"quiz", "--decimals", "4"}, "nnwalk quiz: --decimals needs a whole number from 0 to 3 (got 4)");
    expect_nnwalk_error({"quiz", "--seed", "-1"}, "nnwalk quiz: --seed needs a whole number from 0 to 99999999999 (got '-1')");
    expect_nnwalk_error({"quiz", "extra"},
                 "nnwalk quiz: unexpected 'extra' (usage: nnwalk quiz [--seed S] [--shape 2-2-1] [--activation F[,F…]] [--loss L] "
                 "[--steps 1|2] [--decimals D] [--bias] [--forward-only] [--out DIR])");
    // --out inside a regular file cannot be made.
    const std::string file = test_file("plain-file", "x");
    expect_nnwalk_error({"quiz", "--out", file + "/quizzes"},
                 "nnwalk quiz: cannot make the folder " + file + "/quizzes (--out needs a folder that can be written)");
    // A folder where the worksheet would go: nothing is written, and an earlier quiz's problem is kept.
    const std::string out = test_path("quiz-blocked");
    std::filesystem::create_directories(out + "/quiz-7.md");
    expect_nnwalk_error({"quiz", "--seed", "7", "--out", out},
                        out + "/quiz-7.md: is not a file (expected a file that can be written in the --out folder)");
    CHECK_FALSE(std::filesystem::exists(out + "/quiz-7.net"));
    CHECK_FALSE(std::filesystem::exists(out + "/quiz-7-key.tsv"));
    { std::ofstream(out + "/quiz-7.net") << "kept\n"; }
    expect_nnwalk_error({"quiz", "--seed", "7", "--out", out},
                        out + "/quiz-7.md: is not a file (expected a file that can be written in the --out folder)");
    CHECK(read_text_file(out + "/quiz-7.net") == "kept\n");
    for (const auto& entry : std::filesystem::directory_iterator(out))
        CHECK(entry.path().extension() != ".partial");
}

TEST_CASE("quiz: the problem has the shape asked, nice numbers with D decimals, and a rate from the list") {
    const std::string dir = make_quiz_files("nice", 42, {"--shape", "3-4-2", "--decimals", "2", "--bias"});
    const NetFile net = load_netfile(dir + "/quiz-42.net");
    REQUIRE(net.network.layers.size() == 2);
    CHECK(net.network.inputs == 3);
    CHECK(net.network.size(1) == 4);
    CHECK(net.network.size(2) == 2);
    CHECK(std::find(quiz_rates().begin(), quiz_rates().end(), net.rate) != quiz_rates().end());
    // Every given number is k/100 for a whole k (2 decimals), in [−1, 1]; weights and biases are not 0.
    auto nice = [](double x) { return std::fabs(x * 100 - std::round(x * 100)) < 1e-9 && std::fabs(x) <= 1; };
    for (double x : net.examples.at(0).inputs) CHECK(nice(x));
    for (double t : net.examples.at(0).targets) CHECK((nice(t) && t >= 0));
    for (const Layer& layer : net.network.layers) {
        CHECK(layer.activation == Activation::sigmoid);
        for (const Neuron& neuron : layer.neurons) {
            for (double w : neuron.weights) CHECK((nice(w) && w != 0));
            CHECK((nice(neuron.bias) && neuron.bias != 0));
        }
    }
    // 4·3 + 4 weights and biases in layer 1, 2·4 + 2 in layer 2, counted by hand.
    CHECK(net.network.parameter_count() == 16 + 10);
}

TEST_CASE("quiz: the key is what nnwalk trace --round 4 --format tsv prints for the problem") {
    const std::string dir = make_quiz_files("key", 5, {"--shape", "2-3-1", "--activation", "tanh", "--bias"});
    const auto key = tsv_lines(read_text_file(dir + "/quiz-5-key.tsv"));
    const ProgramResult trace = nnwalk_here({"trace", dir + "/quiz-5.net", "--round", "4", "--format", "tsv"});
    REQUIRE(trace.exit_code == 0);
    const auto traced = tsv_lines(trace.out);
    CHECK(key.size() == traced.size());
    for (const auto& line : traced) {
        const std::string& name = line.first;  // a named variable, as CAPTURE needs
        CAPTURE(name);
        REQUIRE(key.count(name) == 1);
        CHECK(std::strtod(key.at(name).c_str(), nullptr) == std::strtod(line.second.c_str(), nullptr));
    }
}

TEST_CASE("quiz → key → check gives full marks for every shape and activation, over many seeds") {
    const std::vector<std::string> shapes = {"1-1", "2-1", "2-2-1", "3-3-2", "2-3-2-1", "1-2-2-2-1", "6-6-6-6-6"};
    int quizzes = 0;
    for (const std::string& shape : shapes) {
        for (const char* activation : {"sigmoid", "tanh", "relu"}) {
            const std::uint64_t seeds = shape == "6-6-6-6-6" ? 2 : 8;
            for (std::uint64_t seed = 1; seed <= seeds; ++seed) {
                // Every option is varied along the seeds: decimals 0..3, biases on odd seeds, forward only every 4th.
                std::vector<std::string> options = {"--shape", shape, "--activation", activation, "--decimals", std::to_string(seed % 4)};
                if (seed % 2 == 1) options.push_back("--bias");
                if (seed % 4 == 0) options.push_back("--forward-only");
                CAPTURE(shape);
                CAPTURE(activation);
                CAPTURE(seed);
                const std::string dir = make_quiz_files("full", seed, options);
                const std::string name = dir + "/quiz-" + std::to_string(seed);
                const ProgramResult run = nnwalk_here({"check", name + ".net", name + "-key.tsv"});
                CAPTURE(run.err);
                REQUIRE(run.exit_code == 0);
                // The key holds the inputs a[0][i] (not marked) and every value asked.
                const std::size_t inputs = std::stoul(shape.substr(0, 1));
                const std::string asked = std::to_string(tsv_lines(read_text_file(name + "-key.tsv")).size() - inputs);
                CHECK(last_line(run.out) == "score " + asked + "/" + asked + ": " + asked + " ✓ correct, 0 ~ consistent, 0 ✗ wrong, 0 – missing");
                ++quizzes;
            }
        }
    }
    CHECK(quizzes == 6 * 3 * 8 + 3 * 2);
}

TEST_CASE("quiz: relu problems keep every z clear of the kink and no layer dead") {
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        CAPTURE(seed);
        const std::string dir = make_quiz_files("relu", seed, {"--shape", "4-5-5-2", "--activation", "relu", "--decimals", std::to_string(seed % 2)});
        const auto key = tsv_lines(read_text_file(dir + "/quiz-" + std::to_string(seed) + "-key.tsv"));
        for (const char* layer : {"z[1]", "z[2]", "z[3]"}) {
            bool alive = false;
            for (const auto& [name, value] : key) {
                if (name.rfind(layer, 0) != 0) continue;
                const double z = std::strtod(value.c_str(), nullptr);
                CHECK(std::fabs(z) >= 0.01);
                alive = alive || z > 0;
            }
            CHECK(alive);
        }
    }
}

TEST_CASE("quiz: the worksheet asks for every value of the key, in order, each with its formula and a blank") {
    const std::string dir = make_quiz_files("sheet", 3, {"--shape", "2-2-1"});
    const std::string worksheet = read_text_file(dir + "/quiz-3.md");
    const std::string key = read_text_file(dir + "/quiz-3-key.tsv");
    // Without --bias no bias is drawn, so db and new_b are not asked: 4 z and a... counted: z, a for 3 neurons
    // (6), E, 3 deltas, dw and new_w for 2·2 + 2 weights (12) = 22.
    std::istringstream lines(key);
    std::string line;
    std::getline(lines, line);
    CHECK(line == "step\t1");
    std::size_t position = 0;
    int asked = 0;
    for (int number = 1; std::getline(lines, line);) {
        const std::string name = line.substr(0, line.find('\t'));
        if (name.rfind("a[0]", 0) == 0) continue;
        const std::string row = "| " + std::to_string(number++) + " | `" + name + "` | ";
        CAPTURE(row);
        const std::size_t at = worksheet.find(row, position);
        REQUIRE(at != std::string::npos);
        CHECK(worksheet.substr(worksheet.find('\n', at) - 3, 3) == "| |");  // the blank
        position = at;
        ++asked;
    }
    CHECK(asked == 22);
    CHECK(key.find("Δb[") == std::string::npos);
    CHECK(worksheet.find("- hidden delta: δ[l][j] = f′(z)·Σ_k w[l+1][k][j]·δ[l+1][k]") != std::string::npos);
    CHECK(worksheet.find("nnwalk check quiz-3.net answers.tsv") != std::string::npos);
}

TEST_CASE("quiz: the same seed gives byte-identical files; another seed another problem") {
    const std::vector<std::string> options = {"--shape", "2-3-2", "--activation", "tanh", "--bias", "--decimals", "2"};
    const std::string first = make_quiz_files("same-a", 2024, options);
    const std::string second = make_quiz_files("same-b", 2024, options);
    for (const char* file : {"/quiz-2024.net", "/quiz-2024.md", "/quiz-2024-key.tsv"}) {
        CAPTURE(file);
        const std::string text = read_text_file(first + file);
        CHECK(!text.empty());
        CHECK(text == read_text_file(second + file));
    }
    const std::string other = make_quiz_files("same-c", 2025, options);
    CHECK(read_text_file(other + "/quiz-2025.net").find("neuron") != std::string::npos);
    CHECK(tsv_lines(read_text_file(other + "/quiz-2025-key.tsv")) != tsv_lines(read_text_file(first + "/quiz-2024-key.tsv")));
}

TEST_CASE("data/exercises: the hand calculations of the lessons' exercises get full marks") {
    // Lesson 01, step 7: z = 0.908405·0.067558 + 0.465009·0.024167 − 0.1 = 0.061370 + 0.011238 − 0.1 = −0.027392.
    // Lesson 02, x = (−1, 0.5): z = −0.4 + 0.15 + 0.2 = −0.05, −0.8 − 0.1 − 0.2 = −1.1, 0.1 + 0.45 + 0.05 = 0.6.
    // Lesson 03, x = (2.4, 1.1): z[1] = 2.4 − 1.1 − 0.5 = 0.8, −1.2 + 1.1 + 0.2 = 0.1, 1.2 + 0.55 − 1.5 = 0.25 (all on);
    //   z[2][1] = 0.8 − 0.1 + 0.125 = 0.825, z[2][2] = −0.8 + 0.1 + 0.125 + 0.1 = −0.475;
    //   a[2][1] = 1 / (1 + e^(−0.475 − 0.825)) = 1 / (1 + e^−1.3) = 1 / 1.272532 = 0.785835.
    // Lesson 04, x = (0, 1): z = 0.2, 0.9, 0.5; a = 0.549834, 0.710950, 0.622459 → 0.5498, 0.7109, 0.6225;
    //   z[2][1] = 0.5498·0.3 + 0.7109·0.5 + 0.6225·0.9 = 0.16494 + 0.35545 + 0.56025 = 1.08064;
    //   a[2][1] = 1 / (1 + e^−1.0806) = 1 / 1.339411 = 0.746598.
    // Lesson 04, x = (1, 1) to 3 decimals: a = 0.731, 0.786, 0.690; z[2][1] = 0.2193 + 0.393 + 0.621 = 1.2333 → 1.233;
    //   a[2][1] = 1 / (1 + e^−1.233) = 1 / 1.291417 = 0.774343 → 0.774.
    // Lesson 05 (the lesson's published δ): δ[2][1] = 0.7744·0.2256·(0 − 0.7744) = −0.13529;
    //   δ[1][1] = 0.7311·0.2689·0.3·(−0.1353) = −0.0079797.
    struct Exercise {
        const char* file;
        std::map<std::string, std::string> answers;
        std::vector<std::string> options;
    };
    const std::vector<Exercise> exercises = {
        {"01-perceptron-step7.net", {{"z[1][1]", "-0.0274"}, {"a[1][1]", "0"}}, {}},
        {"02-parallel-stack.net", {{"z[1][1]", "-0.05"}, {"z[1][2]", "-1.1"}, {"z[1][3]", "0.6"}, {"a[1][1]", "0"}, {"a[1][2]", "0"}, {"a[1][3]", "1"}}, {}},
        {"03-keras-ostrich.net", {{"z[1][1]", "0.8"}, {"z[1][2]", "0.1"}, {"z[1][3]", "0.25"}, {"z[2][1]", "0.825"}, {"z[2][2]", "-0.475"}, {"a[2][1]", "0.7858"}, {"a[2][2]", "0.2142"}}, {}},
        {"04-forward-01.net", {{"a[1][1]", "0.5498"}, {"a[1][2]", "0.7109"}, {"a[1][3]", "0.6225"}, {"z[2][1]", "1.0806"}, {"a[2][1]", "0.7466"}}, {}},
        {"04-forward-11.net", {{"a[1][1]", "0.731"}, {"a[1][2]", "0.786"}, {"a[1][3]", "0.690"}, {"z[2][1]", "1.233"}, {"a[2][1]", "0.774"}}, {"--round", "3"}},
        {"05-xor-step.net", {{"δ[2][1]", "-0.1353"}, {"δ[1][1]", "-0.0080"}}, {}},
    };
    for (const Exercise& exercise : exercises) {
        const std::string problem = std::string("data/exercises/") + exercise.file;
        CAPTURE(problem);
        std::vector<std::string> args = {"check", problem, test_file("exercise.tsv", sheet(exercise.answers))};
        args.insert(args.end(), exercise.options.begin(), exercise.options.end());
        const ProgramResult run = nnwalk_here(args);
        CAPTURE(run.out);
        CAPTURE(run.err);
        // The doc's answers are all right: full marks (0) when they are every value, else 3 for the missing rest.
        const auto marks = marks_by_label(run.out);
        CHECK(count_of(marks, "✓") == static_cast<int>(exercise.answers.size()));
        CHECK(run.exit_code == (count_of(marks, "–") == 0 ? 0 : 3));
    }
    // Every exercise file is a valid problem: its trace, rounded to 4 decimals, is a full-marks answer sheet.
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator("data/exercises")) {
        if (entry.path().extension() != ".net") continue;
        const std::string problem = entry.path().string();
        CAPTURE(problem);
        const ProgramResult trace = nnwalk_here({"trace", problem, "--round", "4", "--format", "tsv"});
        REQUIRE(trace.exit_code == 0);
        const ProgramResult run = nnwalk_here({"check", problem, test_file("traced.tsv", trace.out)});
        CHECK(run.exit_code == 0);
        CHECK(count_of(marks_by_label(run.out), "✗") == 0);
        CHECK(count_of(marks_by_label(run.out), "–") == 0);
        ++files;
    }
    CHECK(files == 10);
}


}  // TEST_SUITE("classroom")
