// nnwalk trace: its three output formats, its calculator rounding, and one clear line for every bad input.
#include "run_program.h"
#include "test_files.h"
#include "tolerances.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <sstream>

namespace {

// The seed XOR network of the foundation issue, in the .net format.
const char* const xor_net =
    "# XOR network from the lesson\n"
    "inputs 1 1\n"
    "targets 0\n"
    "rate 0.5\n"
    "layer sigmoid\n"
    "neuron 0.8 0.2\n"
    "neuron 0.4 0.9\n"
    "neuron 0.3 0.5\n"
    "layer sigmoid\n"
    "neuron 0.3 0.5 0.9\n";

// The value of `key` in TSV output (the first step that has it).
double tsv_value(const std::string& tsv, const std::string& key) {
    std::istringstream lines(tsv);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind(key + "\t", 0) == 0) return std::strtod(line.c_str() + key.size() + 1, nullptr);
    }
    FAIL("no " << key << " in the TSV output");
    return 0;
}

// Expects `trace` of a file with `text` to fail with "FILE:LINE: reason" (line 0: "FILE: reason").
void expect_file_error(const std::string& text, int line, const std::string& reason) {
    const std::string path = test_file("bad.net", text);
    expect_nnwalk_error({"trace", path}, path + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + reason);
}

}  // namespace

TEST_SUITE("trace") {

TEST_CASE("text format: each value with its formula and the numbers substituted") {
    const ProgramResult run = nnwalk_here({"trace", test_file("xor.net", xor_net)});
    REQUIRE(run.exit_code == 0);
    CHECK(run.err.empty());
    // 1·0.4 + 1·0.9 = 1.3, the example line
    CHECK(run.out.find("  z[1][2] = 1·0.4 + 1·0.9 = 1.3000\n") != std::string::npos);
    // σ(1.3) = 1/(1 + e^−1.3) = 1/1.27253 = 0.78583
    CHECK(run.out.find("  a[1][2] = sigmoid(1.3000) = 0.7858\n") != std::string::npos);
    // δ_out = y(1 − y)(t − y) = 0.7744·0.2256·(−0.7744) = −0.1353
    CHECK(run.out.find("  δ[2][1] = y(1 − y)·(t − y) = 0.7744·(1 − 0.7744)·(0 − 0.7744) = -0.1353\n") != std::string::npos);
    for (const char* title : {"\nforward pass\n", "\nerror\n", "\nbackward pass\n", "\nupdate\n"}) {
        CHECK(run.out.find(title) != std::string::npos);
    }
}

TEST_CASE("relu′ is decided by the value of z, not by its rounded text") {
    // z[1][1] = 1·0.00003 = 0.00003 > 0 shows as 0.0000, but relu′(z) = 1: a[1][1] = 0.00003,
    // z[2][1] = 2·0.00003 = 0.00006 = y, δ[2][1] = 1·(1 − 0.00006) = 0.99994, δ[1][1] = 1·(2·0.99994) = 1.99988.
    const std::string net = "inputs 1\ntargets 1\nrate 0.5\nlayer relu\nneuron 0.00003\nlayer linear\nneuron 2\n";
    const ProgramResult run = nnwalk_here({"trace", test_file("relu.net", net)});
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.find("  z[1][1] = 1·3e-05 = 0.0000\n") != std::string::npos);
    CHECK(run.out.find("  δ[1][1] = relu′(z)·Σ w·δ = 1·(2·0.9999) = 1.9999\n") != std::string::npos);
    // A negative z: relu′ = 0 and δ = 0, although the product shown inside is not.
    const std::string dead = "inputs 1\ntargets 1\nrate 0.5\nlayer relu\nneuron -0.00003\nlayer linear\nneuron 2\n";
    const ProgramResult off = nnwalk_here({"trace", test_file("dead.net", dead)});
    CHECK(off.out.find("  δ[1][1] = relu′(z)·Σ w·δ = 0·(2·1.0000) = 0.0000\n") != std::string::npos);
}

TEST_CASE("TSV format: step lines, then key<TAB>value in the shortest text that reads back as the same double") {
    const ProgramResult run = nnwalk_here({"trace", test_file("xor.net", xor_net), "--format", "tsv"});
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.rfind("step\t1\na[0][1]\t1\na[0][2]\t1\nz[1][1]\t1\nz[1][2]\t1.3\nz[1][3]\t0.8\n", 0) == 0);
    // 0.4 + 0.9 rounds to the same double as 1.3, and 0.3 + 0.5 to the same as 0.8: "1.3" and "0.8", not
    // 0.80000000000000004
    // y = 0.774380 (lesson 04) rounds to 0.7744; δ[1][3] = −0.026047 (lesson 05) to −0.02605
    CHECK(std::fabs(tsv_value(run.out, "a[2][1]") - 0.7744) <= four_decimals);
    CHECK(std::fabs(tsv_value(run.out, "δ[1][3]") - (-0.02605)) <= five_decimals);
    for (const char* key : {"E", "Δw[2][1][3]", "new_w[1][3][2]"}) {
        CHECK(run.out.find(std::string("\n") + key + "\t") != std::string::npos);
    }
    // The file gives no bias, so there is none to learn.
    CHECK(run.out.find("\ndb[") == std::string::npos);
    CHECK(run.out.find("\nnew_b[") == std::string::npos);
}

TEST_CASE("--round 2 works like a 2-decimal calculator: the rounded values feed later formulas") {
    const ProgramResult run = nnwalk_here({"trace", test_file("xor.net", xor_net), "--format", "tsv", "--round", "2"});
    REQUIRE(run.exit_code == 0);
    // a = 0.73, 0.79, 0.69, so z[2][1] = 0.219 + 0.395 + 0.621 = 1.235 → 1.24; y = σ(1.24) = 0.7756 → 0.78
    CHECK(run.out.find("\na[1][2]\t0.79\n") != std::string::npos);
    CHECK(run.out.find("\nz[2][1]\t1.24\n") != std::string::npos);
    CHECK(run.out.find("\na[2][1]\t0.78\n") != std::string::npos);
    // δ_out = 0.78·(1 − 0.78)·(0 − 0.78) = 0.78·0.22·(−0.78) = −0.133848 → −0.13
    CHECK(run.out.find("\nδ[2][1]\t-0.13\n") != std::string::npos);
}

TEST_CASE("--round N is a decimal calculator: exact sums and products, half away from zero") {
    // 1.305 − 1.3 = 0.005 exactly, which rounds up to 0.01 (in double it is 0.00499999999999989…).
    const ProgramResult tie = nnwalk_here({"trace", test_file("tie.net", "inputs 1 1\nlayer linear\nneuron 1.305 -1.3\n"), "--round", "2"});
    CHECK(tie.out.find("  z[1][1] = 1·1.305 + 1·(-1.3) = 0.01\n") != std::string::npos);
    // 0.5·1.5009 + 0.5·1.9919 + 0.5·(−0.0081) − 1.7163 = 0.75045 + 0.99595 − 0.00405 − 1.7163 = 0.02605 → 0.0261
    const ProgramResult sum = nnwalk_here({"trace", test_file("sum.net", "inputs 0.5 0.5 0.5\nlayer linear\nneuron 1.5009 1.9919 -0.0081 bias -1.7163\n"), "--round", "4"});
    CHECK(sum.out.find("  z[1][1] = 0.5·1.5009 + 0.5·1.9919 + 0.5·(-0.0081) + (-1.7163) = 0.0261\n") != std::string::npos);
    // Just below a boundary stays below: 1.364999999999999 → 1.36, the given number shown as written.
    const ProgramResult below = nnwalk_here({"trace", test_file("below.net", "inputs 1\nlayer linear\nneuron 1.364999999999999\n"), "--round", "2"});
    CHECK(below.out.find("  z[1][1] = 1·1.364999999999999 = 1.36\n") != std::string::npos);
    // σ(0.0499) = 0.512472412071499041… (a 50-digit decimal calculator): the 13th decimal is 4, so it rounds down.
    const ProgramResult sigma = nnwalk_here({"trace", test_file("sigma.net", "inputs 1\nlayer sigmoid\nneuron 0.0499\n"), "--round", "12"});
    CHECK(sigma.out.find("  a[1][1] = sigmoid(0.049900000000) = 0.512472412071\n") != std::string::npos);
    // Large values do not drift: w = 1000, y = 1000, δ = 1 − 1000 = −999, Δw = 0.5·(−999)·1 = −499.5, new w = 500.5;
    // the second step starts from 500.5: δ = 1 − 500.5 = −499.5, Δw = −249.75, new w = 250.75.
    const ProgramResult large = nnwalk_here({"trace", test_file("large.net", "inputs 1\ntargets 1\nrate 0.5\nlayer linear\nneuron 1000\n"), "--round", "12", "--steps", "2"});
    CHECK(large.out.find("  z[1][1] = 1·1000 = 1000.000000000000\n") != std::string::npos);
    CHECK(large.out.find("  new_w[1][1][1] = w + Δw = 1000 + (-499.500000000000) = 500.500000000000\n") != std::string::npos);
    CHECK(large.out.find("  new_w[1][1][1] = w + Δw = 500.500000000000 + (-249.750000000000) = 250.750000000000\n") != std::string::npos);
    // A given number keeps all its digits in the text: 1.2349·2 + 0·3 = 2.4698 → 2.47.
    const ProgramResult given = nnwalk_here({"trace", test_file("given.net", "inputs 1.2349 0\nlayer linear\nneuron 2 3\n"), "--round", "2"});
    CHECK(given.out.find("  z[1][1] = 1.2349·2 + 0·3 = 2.47\n") != std::string::npos);
}

TEST_CASE("cross-entropy after a softmax takes ln y from the z's, so a y too small for a double keeps its ln") {
    // z = (800, 799, 0): y_3 = e^−800 / (…) underflows to 0, but ln y_3 = 0 − 800 − ln(1 + e^−1 + e^−800)
    // = −800 − ln 1.367879 = −800.313262, so E = 800.313262; δ = t − y = (−0.731059, −0.268941, 1).
    const ProgramResult run = nnwalk_here({"trace", test_file("tiny-y.net", "inputs 1\ntargets 0 0 1\nrate 0.5\nloss cross-entropy\nlayer softmax\nneuron 800\nneuron 799\nneuron 0\n")});
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.find(" = 800.3133\n") != std::string::npos);
    CHECK(run.out.find("  δ[1][1] = t − y = 0 − 0.7311 = -0.7311\n") != std::string::npos);
    CHECK(run.out.find("  δ[1][3] = t − y = 1 − 0.0000 = 1.0000\n") != std::string::npos);
}

TEST_CASE("--round N in TSV: exactly N decimals, the inputs too, never -0") {
    // z = 1·(−0.001) = −0.001 rounds to 0.00: written without a sign.
    const ProgramResult run = nnwalk_here({"trace", test_file("zero.net", "inputs 1 0.125\nlayer linear\nneuron -0.001 0\n"), "--format", "tsv", "--round", "2"});
    CHECK(run.out == "step\t1\na[0][1]\t1.00\na[0][2]\t0.125\nz[1][1]\t0.00\na[1][1]\t0.00\n");
}

TEST_CASE("--round N refuses, in one line, what a calculator cannot decide") {
    // σ(0.0006) = 0.500149999995500000162… (a 50-digit decimal calculator): at 12 decimals it lies 1.6e-19 above a
    // tie. An 80-bit long double (x86) cannot see that and refuses rather than guess; a 128-bit one (AArch64)
    // can, and must then round it up, to 0.500149999996.
    const std::string tie = test_file("near.net", "inputs 1\nlayer sigmoid\nneuron 0.0006\n");
    const ProgramResult near = nnwalk_here({"trace", tie, "--round", "12"});
    if (near.exit_code == 0) {
        CHECK(near.out.find("  a[1][1] = sigmoid(0.000600000000) = 0.500149999996\n") != std::string::npos);
    } else {
        expect_nnwalk_error({"trace", tie, "--round", "12"}, tie + ": a[1][1]: sigmoid(0.0006) lies too close to the middle between two numbers of 12 decimals to be rounded with certainty (try another number of decimals)");
    }
    // y[1] = e^−3 / (e^−3 + e^3) = 0.00247 rounds to 0.00 at 2 decimals, and its target is 1: −ln 0 is undefined.
    const std::string zero = test_file("ln0.net", "inputs 1\ntargets 1 0\nrate 0.5\nloss cross-entropy\nlayer softmax\nneuron -3\nneuron 3\n");
    expect_nnwalk_error({"trace", zero, "--round", "2"}, zero + ": E: needs ln y[1], but y[1] rounds to 0.00 at 2 decimals, so −ln y is undefined (use more decimals)");
    // With 12 decimals, w = 123456.7 − 940.775779249823 = 122515.924220750177 has 18 digits, more than a double
    // holds: one step is printed exactly, but it cannot be carried into a second step unchanged.
    const std::string wide = test_file("wide.net", "inputs 0.123456789\ntargets 1\nrate 0.5\nlayer linear\nneuron 123456.7\n");
    CHECK(nnwalk_here({"trace", wide, "--round", "12"}).out.find(" = 122515.924220750177\n") != std::string::npos);
    expect_nnwalk_error({"trace", wide, "--round", "12", "--steps", "2"}, wide + ": step 1: new_w[1][1][1] = 122515.924220750177 has more digits than the next step can carry (expected fewer decimals, or fewer steps)");
    // The same problem cannot be marked at 2 decimals either.
    expect_nnwalk_error({"check", zero, test_file("ln0.tsv", "E\t1\n"), "--round", "2"}, zero + ": E: needs ln y[1], but y[1] rounds to 0.00 at 2 decimals, so −ln y is undefined (use more decimals)");
}

TEST_CASE("markdown format: tables per stage") {
    const ProgramResult run = nnwalk_here({"trace", test_file("xor.net", xor_net), "--format", "markdown"});
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.find("| quantity | formula | numbers | value |") != std::string::npos);
    CHECK(run.out.find("| `z[1][2]` | Σ a·w | 1·0.4 + 1·0.9 | 1.3000 |") != std::string::npos);
}

TEST_CASE("--steps K cycles through the examples; without targets only the forward pass is traced") {
    const std::string path = test_file("and.net", "example 0 0 -> 0\nexample 1 1 -> 1\nrate 1\nlayer sigmoid\nneuron 0.5 0.5 bias -0.75\n");
    const ProgramResult run = nnwalk_here({"trace", path, "--steps", "3", "--format", "tsv"});
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.find("step\t3\na[0][1]\t0\n") != std::string::npos);
    const ProgramResult forward = nnwalk_here({"trace", test_file("fwd.net", "example 0 1\nexample 1 1\nlayer step\nneuron 1 1 bias -1.5\n")});
    REQUIRE(forward.exit_code == 0);
    // step(1·1 + 1·1 − 1.5) = step(0.5) = 1
    CHECK(forward.out.find("a[1][1] = step(0.5000) = 1.0000") != std::string::npos);
    CHECK(forward.out.find("backward pass") == std::string::npos);
    CHECK(forward.out.find("step 2: inputs (1, 1)\n") != std::string::npos);
}

TEST_CASE("a valid file with 200,000 inputs works") {
    std::string inputs = "inputs", weights = "neuron";
    for (int i = 0; i < 200000; ++i) {
        inputs += " 1";
        weights += i % 2 ? " -0.5" : " 0.5";
    }
    const std::string path = test_file("wide.net", inputs + "\ntargets 1\nrate 0.1\nlayer sigmoid\n" + weights + " bias 1\n");
    const ProgramResult run = nnwalk_here({"trace", path, "--format", "tsv"});
    REQUIRE(run.exit_code == 0);
    // z = 100000·(1·0.5) + 100000·(1·(−0.5)) + 1 = 1; y = σ(1) = 0.731059;
    // δ = y(1 − y)(t − y) = 0.731059·0.268941·0.268941 = 0.196612·0.268941 = 0.052877
    CHECK(tsv_value(run.out, "z[1][1]") == doctest::Approx(1.0));
    CHECK(std::fabs(tsv_value(run.out, "δ[1][1]") - 0.052877) <= six_dp_hand);
    CHECK(run.out.find("\nnew_w[1][1][200000]\t") != std::string::npos);
    const ProgramResult text = nnwalk_here({"trace", path});
    REQUIRE(text.exit_code == 0);
    CHECK(text.out.find("1·0.5 + 1·(-0.5) + 1·0.5 + … + 1·(-0.5) (200000 terms) + 1 = 1.0000") != std::string::npos);
}

TEST_CASE("bad .net files: one line FILE:LINE: reason, exit 2, nothing on stdout") {
    const std::string net = "layer sigmoid\nneuron 0.5 0.5\n";
    expect_file_error("", 0, "empty file (expected a network: inputs, layer and neuron lines)");
    expect_file_error("# only a comment\n\n", 0, "empty file (expected a network: inputs, layer and neuron lines)");
    expect_file_error("inputs 1 1\nweight 0.5\n", 2, "unknown keyword 'weight' (expected inputs, targets, example, rate, loss, layer or neuron)");
    expect_file_error("inputs 1 1\nlayer sigmod\n", 2, "unknown activation 'sigmod' (expected step, sigmoid, tanh, relu, linear or softmax)");
    expect_file_error("inputs 1 x\n" + net, 1, "'x' is not a number (expected an input value as a decimal number such as 0.5)");
    expect_file_error("inputs 1 1\nlayer sigmoid\nneuron 0,5 1\n", 3, "'0,5' is not a number (expected a weight as a decimal number such as 0.5; numbers take a decimal point, not a comma, and in a .net file spaces between them)");
    expect_file_error("inputs 1 nan\n" + net, 1, "'nan' is not a finite number (expected an input value as a finite decimal number)");
    expect_file_error("inputs 1 1\nlayer sigmoid\nneuron -inf 1\n", 3, "'-inf' is not a finite number (expected a weight as a finite decimal number)");
    expect_file_error("inputs 1 1\nlayer sigmoid\nneuron 1e999 1\n", 3, "'1e999' is too large to be a finite number (expected a weight as a finite decimal number)");
    expect_file_error("inputs 1 1\nlayer sigmoid\nneuron 0.5 0.5 0.5\n", 3, "neuron has 3 weights, the input has 2 values");
    expect_file_error("inputs 1 1\n" + net + "layer sigmoid\nneuron 0.3 0.5 0.9\n", 5, "neuron has 3 weights, the previous layer has 1 neuron");
    expect_file_error("inputs 1 1\nlayer sigmoid\nneuron 0.5 0.5 bias\n", 3, "'bias' needs a value (e.g. 'bias 0.1')");
    expect_file_error("inputs 1 1\nneuron 0.5 0.5\n", 2, "'neuron' before any 'layer' (start a layer first, e.g. 'layer sigmoid')");
    expect_file_error("inputs 1 1\n" + net + "layer sigmoid\n", 4, "layer 2 has no neurons (expected 'neuron' lines after it)");
    expect_file_error("inputs 1 1\nlayer sigmoid\nlayer sigmoid\nneuron 1 1\n", 2, "layer 1 has no neurons (expected 'neuron' lines after it)");
    expect_file_error(net, 0, "no inputs (expected an 'inputs' line or 'example' lines)");
    expect_file_error(net + "inputs 1 1 1\n", 3, "3 input values given, the first layer expects 2");
    expect_file_error(net + "example 1 1 -> 0\nexample 1 -> 0\n", 4, "1 input value given, the first layer expects 2");
    expect_file_error("inputs 1 1\ntargets 0 1\nrate 0.5\n" + net, 2, "2 targets given, the output layer has 1 neuron");
    expect_file_error("inputs 1 1\ntargets 0\nrate 0\n" + net, 3, "the learning rate must be positive (got 0)");
    expect_file_error("inputs 1 1\ntargets 0\nrate -0.5\n" + net, 3, "the learning rate must be positive (got -0.5)");
    expect_file_error("inputs 1 1\ntargets 0\n" + net, 0, "no learning rate (expected a line such as 'rate 0.5' when targets are given)");
    expect_file_error("inputs 1 1\nlayer softmax\nneuron 1 1\nneuron 1 0\nlayer sigmoid\nneuron 1 1\n", 2,
                      "softmax is only allowed on the output layer (this is layer 1 of 2)");
    expect_file_error("inputs 1 1\ntargets 1 0\nrate 0.5\nlayer softmax\nneuron 1 1\nneuron 1 0\n", 4,
                      "a softmax output needs 'loss cross-entropy' to be trained (its delta t − y holds only for that pairing)");
    expect_file_error("inputs 1 1\ntargets 1\nrate 0.5\nloss cross-entropy\n" + net, 4, "cross-entropy needs a softmax output layer (the last layer is sigmoid)");
    expect_file_error("inputs 1 1\ntargets 1\nrate 0.5\nlayer step\nneuron 1 1\n", 4,
                      "step has no derivative, so backpropagation cannot pass through it (use sigmoid, or remove the targets to trace the forward pass only)");
    expect_file_error("inputs 1 1\nloss hinge\n" + net, 2, "unknown loss 'hinge' (expected 'loss squared' or 'loss cross-entropy')");
    expect_file_error("inputs 1 1\ninputs 0 0\n" + net, 2, "'inputs' given twice (first on line 1)");
    expect_file_error("inputs 1 1\nexample 0 0\n" + net, 2, "'example' cannot be mixed with 'inputs'/'targets' lines (use one or the other)");
    expect_file_error("example 0 0 -> 1\nexample 1 1\nrate 1\n" + net, 2, "this example has no targets but the first one has (give targets for every example or for none)");
    expect_file_error("example 0 0 ->\n" + net, 1, "'->' needs target values after it (e.g. 'example 0 1 -> 1')");
    expect_file_error("inputs 1 1\nlayer sigmoid extra\n", 2, "unexpected 'extra' after the activation (expected 'layer sigmoid' alone)");
    expect_file_error(std::string("inputs 1 1\n\x01\x02garbage\n", 20), 2, "unknown keyword '??garbage' (expected inputs, targets, example, rate, loss, layer or neuron)");
    // δ = t − y is −∂E/∂z for softmax with cross-entropy only when the targets are probabilities summing to 1.
    const std::string softmax = "rate 0.5\nloss cross-entropy\nlayer softmax\nneuron 1\nneuron 2\n";
    const std::string sum_to_1 = "the targets of a softmax output must be probabilities that sum to 1, e.g. 0 1 0 ";
    expect_file_error("inputs 1\ntargets 1 1\n" + softmax, 2, sum_to_1 + "(these sum to 2)");
    expect_file_error("inputs 1\ntargets 0 0\n" + softmax, 2, sum_to_1 + "(these sum to 0)");
    expect_file_error("example 1 -> 0.3 0.7\nexample 1 -> 0.5 0.6\n" + softmax, 2, sum_to_1 + "(these sum to 1.1)");
    const ProgramResult fine = nnwalk_here({"trace", test_file("fine.net", "inputs 1\ntargets 0.3 0.7\n" + softmax)});
    CHECK(fine.exit_code == 0);  // 0.3 + 0.7 is 1 exactly, as written
}

TEST_CASE("numbers too large to compute with, a folder, a binary file") {
    // 1e300 · 1e300 = 1e600 overflows a double (largest about 1.8e308)
    expect_file_error("inputs 1e300\ntargets 1\nrate 0.5\nlayer linear\nneuron 1e300\n", 0,
                      "z[1][1] comes out as inf (expected numbers small enough to compute with: the inputs, weights or rate are too large)");
    const std::string folder = test_path("a-folder.net");
    std::filesystem::create_directories(folder);
    expect_nnwalk_error({"trace", folder}, folder + ": is a folder, not a file (expected a readable .net file)");
    // A binary file: its bytes are shown as '?' where they are not printable or not UTF-8.
    expect_file_error(std::string("\x7f" "ELF\x02\x01\xff\xfe x\n", 11), 1,
                      "unknown keyword '?ELF???\?' (expected inputs, targets, example, rate, loss, layer or neuron)");
}

TEST_CASE("unreadable file and bad command lines") {
    expect_nnwalk_error({"trace", "/no/such/file.net"}, "/no/such/file.net: cannot open the file (expected a readable .net file)");
    const std::string path = test_file("ok.net", xor_net);
    expect_nnwalk_error({"trace"}, "nnwalk trace: needs exactly one .net file (usage: nnwalk trace FILE [--format text|tsv|markdown] [--round N] [--steps K])");
    expect_nnwalk_error({"trace", path, path}, "nnwalk trace: needs exactly one .net file (usage: nnwalk trace FILE [--format text|tsv|markdown] [--round N] [--steps K])");
    expect_nnwalk_error({"trace", path, "--colour"}, "nnwalk trace: unknown option '--colour' (expected --format, --round, --steps)");
    expect_nnwalk_error({"trace", path, "--format", "xml"}, "nnwalk trace: --format must be one of text, tsv, markdown (got 'xml')");
    expect_nnwalk_error({"trace", path, "--round"}, "nnwalk trace: --round needs a value");
    expect_nnwalk_error({"trace", path, "--round", "13"}, "nnwalk trace: --round needs a whole number from 0 to 12 (got 13)");
    expect_nnwalk_error({"trace", path, "--round", "-1"}, "nnwalk trace: --round needs a whole number from 0 to 12 (got '-1')");
    expect_nnwalk_error({"trace", path, "--steps", "0"}, "nnwalk trace: --steps needs a whole number from 1 to 100000 (got 0)");
    expect_nnwalk_error({"trace", path, "--steps", "2", "--steps", "3"}, "nnwalk trace: --steps given twice");
    expect_nnwalk_error({"trace", test_file("fwd.net", "inputs 1 1\nlayer sigmoid\nneuron 1 1\n"), "--steps", "2"},
                 "nnwalk trace: --steps needs targets in " + test_file("fwd.net", "inputs 1 1\nlayer sigmoid\nneuron 1 1\n") +
                     " (without them only the forward pass is traced)");
    expect_nnwalk_error({"tarce", path}, "nnwalk: unknown command 'tarce' (expected trace, draw, quiz, check or class; see nnwalk --help)");
    const ProgramResult bare = nnwalk_here({});
    CHECK(bare.exit_code == 2);
    CHECK(bare.out.empty());
    CHECK(bare.err.rfind("usage: nnwalk", 0) == 0);
}

}  // TEST_SUITE
