// The kinds of problem a quiz or a class sets: mixed activations, softmax with cross-entropy, two training
// steps (marked with follow-through from step to step), and answers never too small to mark. Hand-worked
// numbers in the comments; nnwalk runs in-process.
#include "classroom/questions.h"
#include "classroom/quiz.h"
#include "io/netfile.h"
#include "core/number_format.h"
#include "output_text.h"
#include "run_program.h"
#include "test_files.h"
#include "scalar/record.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

namespace {

// A TSV answer sheet from (key, value) lines in order.
std::string sheet(const std::vector<std::pair<std::string, std::string>>& lines) {
    std::string text;
    for (const auto& [key, value] : lines) text += key + "\t" + value + "\n";
    return text;
}

// The tiny network of test_classroom.cpp: input 1, hidden weights 0 and 0 (sigmoid), output weights 0.4 and
// −0.5 (sigmoid), target 1, η = 0.5, no biases.
const char* const tiny_net = "inputs 1\ntargets 1\nrate 0.5\nlayer sigmoid\nneuron 0\nneuron 0\nlayer sigmoid\nneuron 0.4 -0.5\n";

// Its two steps worked by hand, every value rounded to 4 decimals as soon as computed.
const std::vector<std::pair<std::string, std::string>> tiny_two_steps = {
    {"step", "1"},
    {"z[1][1]", "0.0000"}, {"z[1][2]", "0.0000"},   // 1·0
    {"a[1][1]", "0.5000"}, {"a[1][2]", "0.5000"},   // sigmoid(0)
    {"z[2][1]", "-0.0500"},                         // 0.5·0.4 + 0.5·(−0.5)
    {"a[2][1]", "0.4875"},                          // 1 / (1 + e^0.05) = 0.487503
    {"E", "0.1313"},                                // ½·(1 − 0.4875)² = 0.131328
    {"δ[2][1]", "0.1280"},                          // 0.4875·0.5125·0.5125 = 0.128045
    {"δ[1][1]", "0.0128"},                          // 0.25·(0.4·0.1280)
    {"δ[1][2]", "-0.0160"},                         // 0.25·(−0.5·0.1280)
    {"Δw[1][1][1]", "0.0064"}, {"new_w[1][1][1]", "0.0064"},    // 0.5·0.0128·1; 0 + 0.0064
    {"Δw[1][2][1]", "-0.0080"}, {"new_w[1][2][1]", "-0.0080"},  // 0.5·(−0.0160)·1
    {"Δw[2][1][1]", "0.0320"}, {"new_w[2][1][1]", "0.4320"},    // 0.5·0.1280·0.5; 0.4 + 0.032
    {"Δw[2][1][2]", "0.0320"}, {"new_w[2][1][2]", "-0.4680"},   // −0.5 + 0.032
    {"step", "2"},                                  // the same example, from the new weights
    {"z[1][1]", "0.0064"}, {"z[1][2]", "-0.0080"},  // 1·0.0064; 1·(−0.0080)
    {"a[1][1]", "0.5016"},                          // 1 / (1 + e^−0.0064) = 1 / 1.993620 = 0.501600
    {"a[1][2]", "0.4980"},                          // 1 / (1 + e^0.008) = 1 / 2.008032 = 0.498000
    {"z[2][1]", "-0.0164"},                         // 0.5016·0.4320 + 0.4980·(−0.4680) = 0.2166912 − 0.233064 = −0.0163728
    {"a[2][1]", "0.4959"},                          // 1 / (1 + e^0.0164) = 1 / 2.016535 = 0.495900
    {"E", "0.1271"},                                // ½·(1 − 0.4959)² = ½·0.25411681 = 0.127058
    {"δ[2][1]", "0.1260"},                          // 0.4959·0.5041·0.5041 = 0.126017
    {"δ[1][1]", "0.0136"},                          // 0.5016·0.4984·(0.4320·0.1260) = 0.24999744·0.054432 = 0.013608
    {"δ[1][2]", "-0.0147"},                         // 0.4980·0.5020·(−0.4680·0.1260) = 0.249996·(−0.058968) = −0.014742
    {"Δw[1][1][1]", "0.0068"}, {"new_w[1][1][1]", "0.0132"},    // 0.5·0.0136·1; 0.0064 + 0.0068
    {"Δw[1][2][1]", "-0.0074"}, {"new_w[1][2][1]", "-0.0154"},  // 0.5·(−0.0147) = −0.00735 → −0.0074 (half away from 0)
    {"Δw[2][1][1]", "0.0316"}, {"new_w[2][1][1]", "0.4636"},    // 0.5·0.1260·0.5016 = 0.0316008; 0.4320 + 0.0316
    {"Δw[2][1][2]", "0.0314"}, {"new_w[2][1][2]", "-0.4366"},   // 0.5·0.1260·0.4980 = 0.031374; −0.4680 + 0.0314
};

// The sheet with the value of `key` in step `step` replaced.
std::vector<std::pair<std::string, std::string>> tiny_with(const std::string& key, int step, const std::string& value) {
    std::vector<std::pair<std::string, std::string>> lines = tiny_two_steps;
    int at = 0;
    for (auto& line : lines) {
        if (line.first == "step") at = std::stoi(line.second);
        if (line.first == key && at == step) line.second = value;
    }
    return lines;
}

// The values a key of the problem's record must have at 4 decimals to be fit to mark: at least 0.001 in size,
// or exactly 0 because a relu is off (its a and δ for z < 0, and an η·δ·a or η·δ with such a zero in it).
// Worked out here from the definitions, not by the quiz's own check.
bool fit_to_mark(const Record& record, const Quantity& q) {
    if (std::fabs(q.value) >= 0.001 - 1e-12) return true;
    if (q.value != 0) return false;
    const std::size_t l = q.key.layer, j = q.key.neuron;
    auto relu_off = [&](std::size_t layer, std::size_t neuron) {
        return layer > 0 && record[record.index(key::a(layer, neuron))].activation == Activation::relu && record.value(key::z(layer, neuron)) < 0;
    };
    switch (q.key.name) {
        case QuantityName::a:
        case QuantityName::delta: return relu_off(l, j);
        case QuantityName::dw: return relu_off(l, j) || relu_off(l - 1, q.key.input);
        case QuantityName::db: return relu_off(l, j);
        default: return false;
    }
}

// A quiz's settings from the words of the command line.
QuizSettings settings_of(const std::string& shape, const std::string& activations, bool bias, std::size_t steps, std::uint64_t seed) {
    QuizSettings settings;
    settings.seed = seed;
    settings.shape = parse_shape(shape, "test", "--shape");
    settings.activations = parse_activations(activations, settings.shape.size() - 1, "test", "--activation");
    settings.bias = bias;
    settings.steps = steps;
    settle_loss(settings, false, "test");
    return settings;
}

}  // namespace

TEST_SUITE("classroom") {

TEST_CASE("check --steps 2: two steps worked by hand get full marks; a slip in step 1 carried into step 2 is ~") {
    const std::string problem = test_file("tiny2.net", tiny_net);
    const ProgramResult run = nnwalk_here({"check", problem, test_file("tiny2.tsv", sheet(tiny_two_steps)), "--steps", "2"});
    CAPTURE(run.out);
    CHECK(run.exit_code == 0);
    CHECK(contains(run.out, ": 36 values of 2 training steps, marked to 4 decimals"));
    CHECK(contains(run.out, "score 36/36: 36 ✓ correct, 0 ~ consistent, 0 ✗ wrong, 0 – missing"));
    const auto marks = marks_by_label(run.out);
    CHECK(marks.size() == 36);
    CHECK(marks.at("new_w[2][1][2] (step 2)") == "✓");

    // The student left Δw out of new_w[2][1][1] in step 1 (0.4, true 0.4320) and went on with it in step 2:
    //   z[2][1] = 0.5016·0.4 + 0.4980·(−0.4680) = 0.20064 − 0.233064 = −0.032424 → −0.0324
    //   a[2][1] = 1 / (1 + e^0.0324) = 1 / 2.032931 = 0.491901 → 0.4919
    std::vector<std::pair<std::string, std::string>> carried = tiny_with("new_w[2][1][1]", 1, "0.4000");
    for (auto& line : carried) {
        if (line == std::pair<std::string, std::string>{"z[2][1]", "-0.0164"}) line.second = "-0.0324";
    }
    carried.erase(std::find(carried.begin(), carried.end(), std::pair<std::string, std::string>{"a[2][1]", "0.4959"}));
    const ProgramResult slipped = nnwalk_here({"check", problem, test_file("carried.tsv", sheet(carried)), "--steps", "2"});
    CAPTURE(slipped.out);
    CHECK(slipped.exit_code == 1);
    const auto slip_marks = marks_by_label(slipped.out);
    CHECK(slip_marks.at("new_w[2][1][1] (step 1)") == "✗");
    CHECK(slip_marks.at("z[2][1] (step 2)") == "~");
    CHECK(slip_marks.at("a[2][1] (step 2)") == "–");
    CHECK(contains(slipped.out, "-0.0324  -0.0164  consistent with your new_w[2][1][1] (step 1)\n"));
    CHECK(contains(slipped.out, "  step 1, new_w[2][1][1]: you wrote 0.4000;"));

    // A slip of step 2 alone is explained with its step: Δw[1][2][1] = η·δ·a without η is −0.0147.
    const ProgramResult late = nnwalk_here({"check", problem, test_file("late.tsv", sheet(tiny_with("Δw[1][2][1]", 2, "-0.0147"))), "--steps", "2"});
    CAPTURE(late.out);
    CHECK(marks_by_label(late.out).at("Δw[1][2][1] (step 2)") == "✗");
    CHECK(contains(late.out, "  step 2, Δw[1][2][1]: you wrote -0.0147;"));
    CHECK(contains(late.out, "the rate η = 0.5 is missing"));
}

TEST_CASE("check --steps 2: a step line out of range is an unreadable line; no answers or a forward-only problem is one line, exit 2") {
    // Changed by issue 10 (class-mark): a step line that cannot be read, and a bad line of step 2, are listed
    // and the rest of the sheet is marked (they used to reject the whole sheet).
    const std::string problem = test_file("tiny2.net", tiny_net);
    const std::string three = test_file("three.tsv", "step\t1\nz[1][1]\t0\nstep\t3\nz[1][2]\t0\n");
    const ProgramResult out_of_range = nnwalk_here({"check", problem, three, "--steps", "2"});
    CHECK(out_of_range.exit_code == 1);
    CHECK(contains(out_of_range.out, "\n  " + three + ":3: step '3' is not marked, so its lines are skipped (expected step 1 to 2: the problem is marked for 2 "
                                                  "steps)\n"));
    // A step opened again goes on: z[1][1] of step 1 given again there is a key given twice.
    const std::string twice = test_file("twice.tsv", "step\t1\nz[1][1]\t0\nstep\t2\nz[1][1]\t0\nstep\t1\nz[1][1]\t0\n");
    const ProgramResult again = nnwalk_here({"check", problem, twice, "--steps", "2"});
    CHECK(again.exit_code == 1);
    CHECK(contains(again.out, "\n  " + twice + ":6: z[1][1] given twice (first on line 2)\n"));
    const std::string empty = test_file("empty.tsv", "step\t1\nstep\t2\n");
    expect_nnwalk_error({"check", problem, empty, "--steps", "2"},
                        empty + ": no answers (expected lines such as z[1][1]<TAB>0.5, after step<TAB>1 and step<TAB>2 lines)");
    // A bad line of step 2 is named by its line in the whole sheet.
    const std::string bad = test_file("bad2.tsv", "step\t1\nz[1][1]\t0\nstep\t2\nz[1][1]\tzero\n");
    const ProgramResult bad_line = nnwalk_here({"check", problem, bad, "--steps", "2"});
    CHECK(bad_line.exit_code == 1);
    CHECK(contains(bad_line.out, "\n  " + bad + ":4: 'zero' is not a number (expected the value of z[1][1] as a decimal number such as 0.5)\n"));
    CHECK(contains(bad_line.out, "unreadable: line 4"));  // the row of z[1][1] (step 2)
    const std::string forward = test_file("forward.net", "inputs 1\nlayer sigmoid\nneuron 0.5\n");
    expect_nnwalk_error({"check", forward, bad, "--steps", "2"},
                        "nnwalk check: --steps needs targets in " + forward + " (without them there is only a forward pass)");
}

TEST_CASE("mixed activations: relu hidden, sigmoid output, worked by hand") {
    // inputs (1, 0.5), target 1, η = 0.5; layer 1 relu: (0.4, 0.2) and (−0.6, 0.4); layer 2 sigmoid: (0.8, 0.3)
    const std::string problem = test_file("mixed.net", "inputs 1 0.5\ntargets 1\nrate 0.5\nlayer relu\nneuron 0.4 0.2\nneuron -0.6 0.4\n"
                                                       "layer sigmoid\nneuron 0.8 0.3\n");
    const std::vector<std::pair<std::string, std::string>> answers = {
        {"z[1][1]", "0.5000"},                            // 1·0.4 + 0.5·0.2
        {"z[1][2]", "-0.4000"},                           // 1·(−0.6) + 0.5·0.4
        {"a[1][1]", "0.5000"}, {"a[1][2]", "0.0000"},     // relu: max(0, z)
        {"z[2][1]", "0.4000"},                            // 0.5·0.8 + 0·0.3
        {"a[2][1]", "0.5987"},                            // 1 / (1 + e^−0.4) = 0.598688
        {"E", "0.0805"},                                  // ½·(1 − 0.5987)² = ½·0.16104169 = 0.0805208
        {"δ[2][1]", "0.0964"},                            // 0.5987·0.4013·0.4013 = 0.0964157
        {"δ[1][1]", "0.0771"},                            // relu′(0.5) = 1: 0.8·0.0964 = 0.07712
        {"δ[1][2]", "0.0000"},                            // relu′(−0.4) = 0
        {"Δw[1][1][1]", "0.0386"}, {"new_w[1][1][1]", "0.4386"},  // 0.5·0.0771·1 = 0.03855 → 0.0386 (half away from 0)
        {"Δw[1][1][2]", "0.0193"}, {"new_w[1][1][2]", "0.2193"},  // 0.5·0.0771·0.5 = 0.019275 → 0.0193
        {"Δw[1][2][1]", "0.0000"}, {"new_w[1][2][1]", "-0.6000"}, // δ = 0: no change
        {"Δw[1][2][2]", "0.0000"}, {"new_w[1][2][2]", "0.4000"},
        {"Δw[2][1][1]", "0.0241"}, {"new_w[2][1][1]", "0.8241"},  // 0.5·0.0964·0.5 = 0.0241
        {"Δw[2][1][2]", "0.0000"}, {"new_w[2][1][2]", "0.3000"},  // a[1][2] = 0
    };
    const ProgramResult run = nnwalk_here({"check", problem, test_file("mixed.tsv", sheet(answers))});
    CAPTURE(run.out);
    CHECK(run.exit_code == 0);
    CHECK(contains(run.out, "score 22/22: 22 ✓ correct"));
    // A quiz asked for relu,sigmoid has exactly those layers.
    const NetFile quiz = make_quiz(settings_of("2-3-1", "relu,sigmoid", true, 1, 7));
    CHECK(quiz.network.layers.at(0).activation == Activation::relu);
    CHECK(quiz.network.layers.at(1).activation == Activation::sigmoid);
    CHECK(quiz.loss == Loss::squared);
}

TEST_CASE("softmax with cross-entropy, worked by hand, and quizzes with a one-hot target") {
    // inputs (1, 0.5), targets (0, 1), η = 0.5; one softmax layer: (0.3, 0.4) and (−0.2, −0.6)
    const std::string problem = test_file("softmax.net", "inputs 1 0.5\ntargets 0 1\nrate 0.5\nloss cross-entropy\nlayer softmax\n"
                                                         "neuron 0.3 0.4\nneuron -0.2 -0.6\n");
    const std::vector<std::pair<std::string, std::string>> answers = {
        {"z[1][1]", "0.5000"},                              // 1·0.3 + 0.5·0.4
        {"z[1][2]", "-0.5000"},                             // 1·(−0.2) + 0.5·(−0.6)
        {"a[1][1]", "0.7311"},                              // e^0.5 / (e^0.5 + e^−0.5) = 1 / (1 + e^−1) = 0.731059
        {"a[1][2]", "0.2689"},                              // 1 − 0.731059 = 0.268941
        {"E", "1.3134"},                                    // −(0·ln 0.7311 + 1·ln 0.2689) = −ln 0.2689 = 1.313420
        {"δ[1][1]", "-0.7311"}, {"δ[1][2]", "0.7311"},      // t − y: 0 − 0.7311; 1 − 0.2689
        {"Δw[1][1][1]", "-0.3656"}, {"new_w[1][1][1]", "-0.0656"},  // 0.5·(−0.7311)·1 = −0.36555 → −0.3656
        {"Δw[1][1][2]", "-0.1828"}, {"new_w[1][1][2]", "0.2172"},   // 0.5·(−0.7311)·0.5 = −0.182775 → −0.1828
        {"Δw[1][2][1]", "0.3656"}, {"new_w[1][2][1]", "0.1656"},    // −0.2 + 0.3656
        {"Δw[1][2][2]", "0.1828"}, {"new_w[1][2][2]", "-0.4172"},   // −0.6 + 0.1828
    };
    const ProgramResult run = nnwalk_here({"check", problem, test_file("softmax.tsv", sheet(answers))});
    CAPTURE(run.out);
    CHECK(run.exit_code == 0);
    CHECK(contains(run.out, "score 15/15: 15 ✓ correct"));

    for (std::uint64_t seed = 1; seed <= 30; ++seed) {
        CAPTURE(seed);
        const NetFile quiz = make_quiz(settings_of("2-2-3", "sigmoid,softmax", seed % 2 == 0, 1, seed));
        CHECK(quiz.loss == Loss::cross_entropy);
        CHECK(quiz.network.layers.back().activation == Activation::softmax);
        const std::vector<double>& t = quiz.examples.at(0).targets;
        REQUIRE(t.size() == 3);
        CHECK(std::count(t.begin(), t.end(), 1.0) == 1);
        CHECK(std::count(t.begin(), t.end(), 0.0) == 2);
    }
    // Through nnwalk quiz: the problem says its loss, its first line makes it again, its key gets full marks.
    const std::string dir = test_path("quiz-softmax");
    REQUIRE(nnwalk_here({"quiz", "--seed", "4", "--shape", "2-2-2", "--activation", "relu,softmax", "--out", dir}).exit_code == 0);
    const std::string net = read_text_file(dir + "/quiz-4.net");
    CHECK(net.rfind("# nnwalk quiz --seed 4 --shape 2-2-2 --activation relu,softmax --decimals 1\n", 0) == 0);
    CHECK(contains(net, "\nloss cross-entropy\n"));
    CHECK(nnwalk_here({"check", dir + "/quiz-4.net", dir + "/quiz-4-key.tsv"}).exit_code == 0);
    expect_nnwalk_error({"quiz", "--steps", "2", "--forward-only"}, "nnwalk quiz: --steps 2 needs targets: leave out --forward-only");
    expect_nnwalk_error({"quiz", "--shape", "2-2-2", "--loss", "cross-entropy", "--forward-only"},
                        "nnwalk quiz: --forward-only has no targets, so no error: leave out softmax and --loss cross-entropy");
    // --loss cross-entropy makes the last layer softmax; squared error with a softmax is refused.
    QuizSettings settings = settings_of("2-2-2", "relu", false, 1, 1);
    settings.loss = Loss::cross_entropy;
    settle_loss(settings, true, "test");
    CHECK(settings.activations == std::vector<Activation>{Activation::relu, Activation::softmax});
    expect_nnwalk_error({"quiz", "--shape", "2-2-2", "--activation", "sigmoid,softmax", "--loss", "squared-error"},
                        "nnwalk quiz: a softmax output goes with --loss cross-entropy, not squared-error (its δ = t − y holds only for that pairing)");
    expect_nnwalk_error({"quiz", "--shape", "2-2-1", "--loss", "cross-entropy"},
                        "nnwalk quiz: a softmax output needs at least 2 neurons (the one output of a softmax is always 1); expected a shape such as 2-2-2");
    expect_nnwalk_error({"quiz", "--shape", "2-2-1", "--activation", "relu,tanh,sigmoid"},
                        "nnwalk quiz: --activation relu,tanh,sigmoid names 3 activations for 2 layers (expected sigmoid, tanh or relu for every "
                        "layer, or one name per layer joined by ',' such as relu,sigmoid; softmax only for the last layer)");
    expect_nnwalk_error({"quiz", "--shape", "2-2-2", "--activation", "softmax,sigmoid"},
                        "nnwalk quiz: --activation softmax,sigmoid: softmax is only for the last layer (layer 2), not layer 1");
    expect_nnwalk_error({"quiz", "--activation", "step"},
                        "nnwalk quiz: --activation 'step': 'step' is not an activation (expected sigmoid, tanh or relu for every layer, or one "
                        "name per layer joined by ',' such as relu,sigmoid; softmax only for the last layer)");
}

TEST_CASE("quiz: every answer is at least 0.001 in size (or a relu's exact 0), over many seeds and every kind") {
    struct Kind {
        const char* shape;
        const char* activations;
        bool bias;
        std::size_t steps;
    };
    const std::vector<Kind> kinds = {
        {"2-2-1", "sigmoid", true, 1},          {"2-2-1", "sigmoid", false, 1}, {"2-3-1", "tanh", true, 1},
        {"2-2-1", "relu", true, 1},             {"2-3-1", "relu,sigmoid", true, 1}, {"2-2-2", "sigmoid,softmax", true, 1},
        {"3-3-3", "relu,softmax", false, 1},    {"2-2-1", "sigmoid", true, 2},  {"2-3-2", "tanh,relu", false, 2},
        {"2-2-3", "relu,softmax", true, 2},     {"2-2-2-1", "sigmoid", true, 1},
    };
    std::size_t values = 0;
    for (const Kind& kind : kinds) {
        for (std::uint64_t seed = 1; seed <= 60; ++seed) {
            CAPTURE(kind.shape);
            CAPTURE(kind.activations);
            CAPTURE(kind.steps);
            CAPTURE(seed);
            const std::vector<Record> steps = problem_records(make_quiz(settings_of(kind.shape, kind.activations, kind.bias, kind.steps, seed)),
                                                              kind.steps, 4);
            REQUIRE(steps.size() == kind.steps);
            for (const Record& record : steps) {
                for (std::size_t k : asked_quantities(record)) {
                    CAPTURE(text(record[k].key));
                    CAPTURE(record[k].value);
                    CHECK(fit_to_mark(record, record[k]));
                    ++values;
                }
            }
        }
    }
    CHECK(values > 10000);  // the check did look at the values
}

TEST_CASE("quiz --steps 2: the key is what nnwalk trace --round 4 --format tsv --steps 2 prints") {
    const std::string dir = test_path("quiz-steps");
    REQUIRE(nnwalk_here({"quiz", "--seed", "3", "--steps", "2", "--bias", "--out", dir}).exit_code == 0);
    const std::string problem = dir + "/quiz-3.net";
    CHECK(contains(read_text_file(problem), "# nnwalk quiz --seed 3 --shape 2-2-1 --activation sigmoid --decimals 1 --steps 2 --bias\n"));
    const ProgramResult trace = nnwalk_here({"trace", problem, "--round", "4", "--format", "tsv", "--steps", "2"});
    // Line by line the same keys, and the same numbers (the key writes the given inputs as given: 0.9 for 0.9000).
    std::istringstream key(read_text_file(dir + "/quiz-3-key.tsv")), traced(trace.out);
    std::size_t lines = 0;
    for (std::string mine, theirs; std::getline(traced, theirs);) {
        CAPTURE(theirs);
        REQUIRE(std::getline(key, mine));
        CHECK(mine.substr(0, mine.find('\t')) == theirs.substr(0, theirs.find('\t')));
        CHECK(std::stod(mine.substr(mine.find('\t') + 1)) == std::stod(theirs.substr(theirs.find('\t') + 1)));
        ++lines;
    }
    // per step: the step line, 2 inputs, z and a of 3 neurons, E, 3 δ, Δw and new_w of 6 weights, Δb and new_b of 3 biases
    CHECK(lines == 2 * (1 + 2 + 6 + 1 + 3 + 12 + 6));
    std::string rest;
    CHECK_FALSE(std::getline(key, rest));
    const std::string worksheet = read_text_file(dir + "/quiz-3.md");
    CHECK(contains(worksheet, "### Step 2: the same example, from the new weights of step 1\n"));
    CHECK(contains(worksheet, "`nnwalk check quiz-3.net answers.tsv --steps 2`"));
    // The key is an answer sheet with full marks (its inputs a[0][i] are not asked, and a sheet may hold them).
    const ProgramResult check = nnwalk_here({"check", problem, dir + "/quiz-3-key.tsv", "--steps", "2"});
    CAPTURE(check.err);
    CHECK(check.exit_code == 0);
}

}  // TEST_SUITE("classroom")
