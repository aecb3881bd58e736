// The scalar core against networks worked by hand, a published worked example, and numerical gradients.
#include "io/netfile.h"
#include "core/rng.h"
#include "scalar/backprop.h"
#include "tolerances.h"

#include <doctest/doctest.h>

#include <cmath>
#include <sstream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

namespace {

NetFile net_from(const std::string& text) {
    std::istringstream in(text);
    return parse_netfile(in, "test.net");
}

// The seed network of the foundation issue (Steven Miller's XOR article), without biases.
const char* const xor_net = R"(
inputs 1 1
targets 0
rate 0.5
layer sigmoid
neuron 0.8 0.2
neuron 0.4 0.9
neuron 0.3 0.5
layer sigmoid
neuron 0.3 0.5 0.9
)";

}  // namespace

TEST_SUITE("scalar") {

TEST_CASE("XOR seed network, input (1, 1): the forward pass of the article") {
    NetFile net = net_from(xor_net);
    const Record r = forward_pass(net.network, net.examples[0].inputs);
    // z[1][j] = 1·w1 + 1·w2: 1·0.8 + 1·0.2 = 1.0; 1·0.4 + 1·0.9 = 1.3; 1·0.3 + 1·0.5 = 0.8
    CHECK(r.value("z[1][1]") == doctest::Approx(1.0).epsilon(1e-15));
    CHECK(r.value("z[1][2]") == doctest::Approx(1.3).epsilon(1e-15));
    CHECK(r.value("z[1][3]") == doctest::Approx(0.8).epsilon(1e-15));
    // a = 1/(1 + e^−z): 1/(1 + 0.36788) = 0.73106; 1/(1 + 0.27253) = 0.78583; 1/(1 + 0.44933) = 0.68997
    CHECK(std::fabs(r.value("a[1][1]") - 0.7311) <= four_decimals);
    CHECK(std::fabs(r.value("a[1][2]") - 0.7858) <= four_decimals);
    CHECK(std::fabs(r.value("a[1][3]") - 0.6900) <= four_decimals);
    // z[2][1] = 0.73106·0.3 + 0.78583·0.5 + 0.68997·0.9 = 0.21932 + 0.39292 + 0.62098 = 1.23321
    CHECK(std::fabs(r.value("z[2][1]") - 1.2332) <= four_decimals);
    // y = 1/(1 + e^−1.23321) = 1/(1 + 0.29134) = 0.77439
    CHECK(std::fabs(r.value("a[2][1]") - 0.7744) <= four_decimals);
}

TEST_CASE("XOR seed network: the article's 1.235 comes from activations rounded to 2 decimals") {
    NetFile net = net_from(xor_net);
    // With a 2-decimal calculator: a = 0.73, 0.79, 0.69 and then
    // z[2][1] = 0.73·0.3 + 0.79·0.5 + 0.69·0.9 = 0.219 + 0.395 + 0.621 = 1.235, shown as 1.24 (half away from 0).
    const Record r = forward_pass(net.network, net.examples[0].inputs, 2);
    CHECK(r.value("a[1][1]") == 0.73);
    CHECK(r.value("a[1][2]") == 0.79);
    CHECK(r.value("a[1][3]") == 0.69);
    CHECK(r.value("z[2][1]") == 1.24);
    // In full precision the sum of those rounded products is the article's 1.235.
    CHECK(0.73 * 0.3 + 0.79 * 0.5 + 0.69 * 0.9 == doctest::Approx(1.235).epsilon(1e-12));
}

TEST_CASE("XOR seed network: one backpropagation step with the delta formulas") {
    NetFile net = net_from(xor_net);
    const Record r = training_step(net.network, net.examples[0], net.rate, net.loss);
    // δ_out = y(1 − y)(t − y) = 0.77439·0.22561·(0 − 0.77439) = −0.13529
    CHECK(std::fabs(r.value("δ[2][1]") - -0.1353) <= four_decimals);
    // δ_i = a_i(1 − a_i)·w_i·δ_out with the old weights 0.3, 0.5, 0.9:
    // 0.73106·0.26894·0.3·(−0.13529) = −0.00798; 0.78583·0.21417·0.5·(−0.13529) = −0.01138(5);
    // 0.68997·0.31003·0.9·(−0.13529) = −0.02605
    CHECK(std::fabs(r.value("δ[1][1]") - -0.00798) <= 0.000005);
    CHECK(std::fabs(r.value("δ[1][2]") - -0.01139) <= 0.000005);
    CHECK(std::fabs(r.value("δ[1][3]") - -0.02605) <= 0.000005);
    // Δw[2][1][1] = η·δ_out·a[1][1] = 0.5·(−0.13529)·0.73106 = −0.04945; new w = 0.3 − 0.04945 = 0.25055
    CHECK(std::fabs(r.value("Δw[2][1][1]") - -0.04945) <= 0.000005);
    CHECK(std::fabs(r.value("new_w[2][1][1]") - 0.25055) <= 0.000005);
    CHECK(net.network.weight(2, 1, 1) == r.value("new_w[2][1][1]"));
    // Δw[1][1][1] = 0.5·(−0.00798)·1 = −0.00399; new w = 0.8 − 0.00399 = 0.79601
    CHECK(std::fabs(r.value("new_w[1][1][1]") - 0.79601) <= 0.000005);
    // E = ½(0 − 0.77439)² = 0.29984
    CHECK(std::fabs(r.value("E") - 0.2998) <= four_decimals);
}

TEST_CASE("relu hidden layer, biases and two linear outputs, worked by hand in exact decimals") {
    NetFile net = net_from(R"(
inputs 0.5 -1
targets 1.5 0
rate 0.1
layer relu
neuron 1 0.5 bias 0.25
neuron -1 1
layer linear
neuron 2 1 bias 0.5
neuron -1 3 bias -0.25
)");
    const Record r = training_step(net.network, net.examples[0], net.rate, net.loss);
    // z[1][1] = 0.5·1 + (−1)·0.5 + 0.25 = 0.25 → relu 0.25;  z[1][2] = 0.5·(−1) + (−1)·1 = −1.5 → relu 0
    CHECK(r.value("z[1][1]") == doctest::Approx(0.25));
    CHECK(r.value("a[1][1]") == doctest::Approx(0.25));
    CHECK(r.value("z[1][2]") == doctest::Approx(-1.5));
    CHECK(r.value("a[1][2]") == 0.0);
    // z[2][1] = 0.25·2 + 0·1 + 0.5 = 1.0;  z[2][2] = 0.25·(−1) + 0·3 − 0.25 = −0.5 (linear: a = z)
    CHECK(r.value("a[2][1]") == doctest::Approx(1.0));
    CHECK(r.value("a[2][2]") == doctest::Approx(-0.5));
    // E = ½((1.5 − 1)² + (0 − (−0.5))²) = ½(0.25 + 0.25) = 0.25
    CHECK(r.value("E") == doctest::Approx(0.25));
    // linear f′ = 1: δ[2][1] = 1.5 − 1 = 0.5;  δ[2][2] = 0 − (−0.5) = 0.5
    CHECK(r.value("δ[2][1]") == doctest::Approx(0.5));
    CHECK(r.value("δ[2][2]") == doctest::Approx(0.5));
    // δ[1][1] = relu′(0.25)·(2·0.5 + (−1)·0.5) = 1·0.5 = 0.5;  δ[1][2] = relu′(−1.5)·(…) = 0
    CHECK(r.value("δ[1][1]") == doctest::Approx(0.5));
    CHECK(r.value("δ[1][2]") == 0.0);
    // Δw[2][1][1] = 0.1·0.5·0.25 = 0.0125 → 2.0125;  Δb[2][1] = 0.1·0.5 = 0.05 → 0.55
    CHECK(r.value("Δw[2][1][1]") == doctest::Approx(0.0125));
    CHECK(r.value("new_w[2][1][1]") == doctest::Approx(2.0125));
    CHECK(r.value("new_b[2][1]") == doctest::Approx(0.55));
    // Δw[1][1][2] = 0.1·0.5·(−1) = −0.05 → 0.5 − 0.05 = 0.45;  Δb[1][1] = 0.05 → 0.3
    CHECK(r.value("Δw[1][1][2]") == doctest::Approx(-0.05));
    CHECK(r.value("new_w[1][1][2]") == doctest::Approx(0.45));
    CHECK(r.value("new_b[1][1]") == doctest::Approx(0.3));
    // The dead neuron learns nothing: Δw[1][2][i] = 0.1·0·a = 0
    CHECK(r.value("Δw[1][2][1]") == 0.0);
}

TEST_CASE("tanh hidden neuron, softmax output with cross-entropy") {
    NetFile net = net_from(R"(
inputs 1 2
targets 1 0
rate 1
loss cross-entropy
layer tanh
neuron 0.5 0
layer softmax
neuron 1
neuron -1
)");
    const Record r = training_step(net.network, net.examples[0], net.rate, net.loss);
    // z[1][1] = 1·0.5 + 2·0 = 0.5;  a = tanh 0.5 = (e − 1)/(e + 1) = 1.71828/3.71828 = 0.46212
    CHECK(std::fabs(r.value("a[1][1]") - 0.46212) <= 0.000005);
    // z[2] = (0.46212, −0.46212);  p1 = e^0.46212/(e^0.46212 + e^−0.46212) = 1/(1 + e^−0.92423) = 1/1.39684 = 0.71590
    CHECK(std::fabs(r.value("a[2][1]") - 0.71590) <= 0.000005);
    CHECK(std::fabs(r.value("a[2][2]") - 0.28410) <= 0.000005);
    CHECK(r.value("a[2][1]") + r.value("a[2][2]") == doctest::Approx(1.0).epsilon(1e-15));
    // E = −(1·ln 0.71590 + 0·ln 0.28410) = 0.33421
    CHECK(std::fabs(r.value("E") - 0.33421) <= 0.000005);
    // softmax + cross-entropy: δ = t − y = 1 − 0.71590 = 0.28410 and 0 − 0.28410 = −0.28410
    CHECK(std::fabs(r.value("δ[2][1]") - 0.28410) <= 0.000005);
    CHECK(std::fabs(r.value("δ[2][2]") - -0.28410) <= 0.000005);
    // δ[1][1] = (1 − a²)·(1·0.28410 + (−1)·(−0.28410)) = (1 − 0.21355)·0.56819 = 0.78645·0.56819 = 0.44685
    CHECK(std::fabs(r.value("δ[1][1]") - 0.44685) <= 0.000005);
}

TEST_CASE("Matt Mazur's published 'Step by Step Backpropagation Example' is reproduced") {
    // Figures from the article (mattmazur.com, 2015), which prints them to 8–9 decimals. It keeps the biases
    // fixed; we update them too, which changes no weight of this first step.
    NetFile net = net_from(R"(
inputs 0.05 0.10
targets 0.01 0.99
rate 0.5
layer sigmoid
neuron 0.15 0.20 bias 0.35
neuron 0.25 0.30 bias 0.35
layer sigmoid
neuron 0.40 0.45 bias 0.60
neuron 0.50 0.55 bias 0.60
)");
    const Record r = training_step(net.network, net.examples[0], net.rate, net.loss);
    const double printed = 0.5e-8;  // the article's last printed digit
    CHECK(std::fabs(r.value("z[1][1]") - 0.3775) <= printed);
    CHECK(std::fabs(r.value("a[1][1]") - 0.593269992) <= printed);
    CHECK(std::fabs(r.value("a[1][2]") - 0.596884378) <= printed);
    CHECK(std::fabs(r.value("a[2][1]") - 0.75136507) <= printed);
    CHECK(std::fabs(r.value("a[2][2]") - 0.772928465) <= printed);
    CHECK(std::fabs(r.value("E") - 0.298371109) <= printed);
    // Output weights w5..w8 after the step: w[2][1][1], w[2][1][2], w[2][2][1], w[2][2][2]
    CHECK(std::fabs(r.value("new_w[2][1][1]") - 0.35891648) <= printed);
    CHECK(std::fabs(r.value("new_w[2][1][2]") - 0.408666186) <= printed);
    CHECK(std::fabs(r.value("new_w[2][2][1]") - 0.511301270) <= printed);
    CHECK(std::fabs(r.value("new_w[2][2][2]") - 0.561370121) <= printed);
    // Hidden weights w1..w4 (computed with the old output weights, as the article does)
    CHECK(std::fabs(r.value("new_w[1][1][1]") - 0.149780716) <= printed);
    CHECK(std::fabs(r.value("new_w[1][1][2]") - 0.19956143) <= printed);
    CHECK(std::fabs(r.value("new_w[1][2][1]") - 0.24975114) <= printed);
    CHECK(std::fabs(r.value("new_w[1][2][2]") - 0.29950229) <= printed);
}

TEST_CASE("calculator rounding: half away from zero, on the decimal the person sees") {
    CHECK(round_to(1.005, 2) == 1.01);    // 1.005 is 1.00499999999999989… in binary
    CHECK(round_to(-0.125, 2) == -0.13);
    CHECK(round_to(2.5, 0) == 3.0);
    CHECK(round_to(-2.5, 0) == -3.0);
    CHECK(round_to(0.78583, 3) == 0.786);
    CHECK(round_to(0.7310585786, 4) == 0.7311);
}

TEST_CASE("gradient check: every Δw and Δb equals −η·∂E/∂w by central differences") {
    Rng rng(2024);
    const Activation hidden[] = {Activation::sigmoid, Activation::tanh, Activation::relu, Activation::linear};
    for (int trial = 0; trial < 40; ++trial) {
        // A random 3-layer network: n_0 = 2..4 inputs, hidden 2..4, output 1..3.
        const bool softmax_output = trial % 3 == 0;
        Network network;
        network.inputs = 2 + rng.below(3);
        const std::size_t sizes[] = {2 + rng.below(3), 1 + rng.below(3) + (softmax_output ? 1 : 0)};
        for (int l = 0; l < 2; ++l) {
            Layer layer;
            layer.activation = l == 1 ? (softmax_output ? Activation::softmax : Activation::sigmoid) : hidden[trial % 4];
            const std::size_t n_in = l == 0 ? network.inputs : sizes[0];
            for (std::size_t j = 0; j < sizes[l]; ++j) {
                Neuron neuron;
                for (std::size_t i = 0; i < n_in; ++i) neuron.weights.push_back(rng.uniform(-1, 1));
                neuron.bias = rng.uniform(-0.5, 0.5);
                layer.neurons.push_back(neuron);
            }
            network.layers.push_back(layer);
        }
        Example example;
        for (std::size_t i = 0; i < network.inputs; ++i) example.inputs.push_back(rng.uniform(-1, 1));
        for (std::size_t j = 0; j < sizes[1]; ++j) example.targets.push_back(softmax_output ? (j == 0 ? 1.0 : 0.0) : rng.uniform());
        const Loss loss = softmax_output ? Loss::cross_entropy : Loss::squared;
        const double rate = 0.5;

        auto error_with = [&](Network changed) {
            Record r = forward_pass(changed, example.inputs);
            record_error(changed, example.targets, loss, r);
            return r.value("E");
        };
        Network trained = network;
        const Record step = training_step(trained, example, rate, loss);
        double largest = 0;
        for (std::size_t l = 1; l <= 2; ++l) {
            for (std::size_t j = 1; j <= network.size(l); ++j) {
                for (std::size_t i = 0; i <= network.size(l - 1); ++i) {  // i = 0 stands for the bias
                    const double h = 1e-6;
                    Network plus = network, minus = network;
                    (i == 0 ? plus.bias(l, j) : plus.weight(l, j, i)) += h;
                    (i == 0 ? minus.bias(l, j) : minus.weight(l, j, i)) -= h;
                    const double numeric = -rate * (error_with(plus) - error_with(minus)) / (2 * h);
                    const double analytic = step.value(i == 0 ? key::db(l, j) : key::dw(l, j, i));
                    CAPTURE(trial);
                    CAPTURE(l);
                    CAPTURE(j);
                    CAPTURE(i);
                    CHECK(std::fabs(analytic - numeric) <= 1e-6 * std::max(1e-3, std::fabs(numeric)));
                    largest = std::max(largest, std::fabs(analytic));
                }
            }
        }
        CHECK(largest > 1e-4);  // the check cannot pass with all-zero gradients
    }
}

TEST_CASE("a layer without biases has no b, db or new_b, and its z is Σ a·w alone") {
    NetFile net = net_from(xor_net);
    const Record r = training_step(net.network, net.examples[0], net.rate, net.loss);
    CHECK(!r.has("b[1][1]"));
    CHECK(!r.has("Δb[2][1]"));
    CHECK(!r.has("new_b[1][3]"));
    const Operands<std::size_t>& sum = r[r.index("z[1][1]")].operands;
    CHECK(sum.inputs.size() == 2);   // a[0][1], a[0][2]
    CHECK(sum.weights.size() == 2);  // w[1][1][1], w[1][1][2]
    CHECK(sum.bias.empty());
}

TEST_CASE("training_steps cycles through the examples and keeps the updated weights") {
    NetFile net = net_from(R"(
example 0 0 -> 0
example 1 1 -> 1
rate 0.5
layer sigmoid
neuron 0.5 -0.5 bias 0
)");
    const std::vector<Record> steps = training_steps(net.network, net.examples, net.rate, net.loss, 3);
    REQUIRE(steps.size() == 3);
    CHECK(steps[0].value("a[0][1]") == 0.0);
    CHECK(steps[1].value("a[0][1]") == 1.0);
    CHECK(steps[2].value("a[0][1]") == 0.0);
    // Step 2 starts from step 1's new weights.
    CHECK(steps[1].value("w[1][1][1]") == steps[0].value("new_w[1][1][1]"));
    CHECK(steps[2].value("b[1][1]") == steps[1].value("new_b[1][1]"));
}

TEST_CASE("Network describes itself and counts its parameters") {
    NetFile net = net_from(xor_net);
    // The file gives no bias: 2·3 + 3·1 = 9 weights, nothing else
    CHECK(net.network.parameter_count() == 9);
    CHECK(net.network.describe() == "layer 1: 2 → 3, sigmoid, 6 weights, no biases\nlayer 2: 3 → 1, sigmoid, 3 weights, no biases\n");
    // One 'bias' in a layer gives all its neurons a bias: 2·3 weights + 3 biases = 9;  3·1 = 3;  total 12
    NetFile biased = net_from("inputs 1 1\nlayer sigmoid\nneuron 1 1\nlayer sigmoid\nneuron 1 bias 0.5\nneuron 2\n");
    CHECK(!biased.network.layers[0].biased);
    CHECK(biased.network.layers[1].biased);
    CHECK(biased.network.layers[1].neurons[1].bias == 0.0);
    CHECK(biased.network.layers[1].describe() == "1 → 2, sigmoid, 2 weights + 2 biases");
}


TEST_CASE("quantity keys: written in one place and read back in one place") {
    CHECK(text(key::z(1, 2)) == "z[1][2]");
    CHECK(text(key::w(2, 1, 3)) == "w[2][1][3]");
    CHECK(text(key::a(0, 4)) == "a[0][4]");
    CHECK(text(key::t(2)) == "t[2]");
    CHECK(text(key::E()) == "E");
    CHECK(text(key::rate()) == "η");
    CHECK(text(key::new_b(2, 1)) == "new_b[2][1]");
    for (const Key& k : {key::a(0, 1), key::w(1, 2, 3), key::b(1, 1), key::z(3, 2), key::t(1), key::E(), key::delta(2, 1),
                         key::dw(1, 1, 2), key::db(2, 2), key::new_w(2, 1, 1), key::new_b(1, 3), key::rate()}) {
        CAPTURE(text(k));
        CHECK(parse_key(text(k)) == std::optional<Key>(k));
    }
    CHECK(parse_key("δ[2][1]") == std::optional<Key>(key::delta(2, 1)));
    CHECK(parse_key("Δw[2][1][3]") == std::optional<Key>(key::dw(2, 1, 3)));
    CHECK(parse_key("Δb[1][2]") == std::optional<Key>(key::db(1, 2)));
    CHECK(parse_key("η") == std::optional<Key>(key::rate()));
    for (const char* bad : {"", "value", "z", "z[1]", "z[1][2][3]", "w[1][2]", "t", "E[1]", "z[1][x]", "z[][1]", "z[1][2",
                            "z[123456][1]", "Z[1][1]", "δ[1]"}) {
        CAPTURE(bad);
        CHECK(!parse_key(bad));
    }
}

TEST_CASE("every computed quantity reads the operands its rule names, and only those") {
    NetFile net = net_from(xor_net);
    const Record r = training_step(net.network, net.examples[0], net.rate, net.loss);
    const Operands<std::size_t>& hidden = r[r.index(key::delta(1, 2))].operands;
    CHECK(hidden.z.size() == 1);
    CHECK(hidden.a.size() == 1);
    CHECK(hidden.next_weights.size() == 1);  // one output neuron: w[2][1][2]
    CHECK(hidden.next_deltas.size() == 1);   // δ[2][1]
    CHECK(r[hidden.next_weights[0]].key == key::w(2, 1, 2));
    CHECK(r[hidden.next_deltas[0]].key == key::delta(2, 1));
    const Operands<std::size_t>& dw = r[r.index(key::dw(2, 1, 3))].operands;
    CHECK(r[dw.rate.at(0)].key == key::rate());
    CHECK(r[dw.delta.at(0)].key == key::delta(2, 1));
    CHECK(r[dw.inputs.at(0)].key == key::a(1, 3));
    std::size_t count = 0;
    for_each_operand(dw, [&](Field, std::size_t) { ++count; });
    CHECK(count == 3);
}

}  // TEST_SUITE
