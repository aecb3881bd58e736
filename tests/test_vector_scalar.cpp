// The vector core in double against the scalar core (src/scalar/) on small networks: the same z, a, delta,
// error and updated weights to 1e-12, one example at a time and as the mean over a batch.
#include "core/rng.h"
#include "scalar/backprop.h"
#include "vector/network.h"
#include "tolerances.h"

#include <doctest/doctest.h>

#include <cmath>
#include <string>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

namespace {

// A scalar network with n_0 inputs and the given layers, random weights and biases in [−1, 1].
Network scalar_network(std::size_t inputs, const std::vector<std::pair<std::size_t, Activation>>& layers, Rng& rng) {
    Network net;
    net.inputs = inputs;
    std::size_t before = inputs;
    for (const auto& spec : layers) {
        Layer layer;
        layer.activation = spec.second;
        for (std::size_t j = 0; j < spec.first; ++j) {
            Neuron neuron;
            for (std::size_t i = 0; i < before; ++i) neuron.weights.push_back(rng.uniform(-1, 1));
            neuron.bias = rng.uniform(-1, 1);
            layer.neurons.push_back(neuron);
        }
        net.layers.push_back(layer);
        before = spec.first;
    }
    return net;
}

// The same network in the vector core: W(i, j) = w[l][j][i], b[j] = b[l][j] (0-based here, 1-based there).
vec::Network<double> vector_copy(const Network& net) {
    vec::Network<double> copy(net.inputs);
    std::size_t before = net.inputs;
    for (const auto& layer : net.layers) {
        copy.layers.emplace_back(before, layer.neurons.size(), layer.activation);
        auto& v = copy.layers.back();
        for (std::size_t j = 0; j < layer.neurons.size(); ++j) {
            for (std::size_t i = 0; i < before; ++i) v.weights(i, j) = layer.neurons[j].weights[i];
            v.bias[j] = layer.neurons[j].bias;
        }
        before = layer.neurons.size();
    }
    return copy;
}

vec::Loss vector_loss(Loss loss) {
    return loss == Loss::squared ? vec::Loss::squared : vec::Loss::sparse_categorical_crossentropy;
}

// One training step of both cores on one example: every z, a, delta, E and new weight agree.
void check_one_step(std::size_t inputs, const std::vector<std::pair<std::size_t, Activation>>& layers, Loss loss,
                    std::uint64_t seed) {
    Rng rng(seed);
    Network scalar = scalar_network(inputs, layers, rng);
    vec::Network<double> vector = vector_copy(scalar);
    const std::size_t outputs = layers.back().first;
    Example example;
    for (std::size_t i = 0; i < inputs; ++i) example.inputs.push_back(rng.uniform(-2, 2));
    const std::size_t label = static_cast<std::size_t>(rng.below(outputs));
    for (std::size_t j = 0; j < outputs; ++j)
        example.targets.push_back(loss == Loss::cross_entropy ? (j == label ? 1.0 : 0.0) : rng.uniform(0, 1));
    const double rate = 0.3;

    vec::Matrix<double> x(1, inputs), targets(1, outputs);
    for (std::size_t i = 0; i < inputs; ++i) x(0, i) = example.inputs[i];
    for (std::size_t j = 0; j < outputs; ++j) targets(0, j) = example.targets[j];
    const double error = vector.train_step(x, targets, vector_loss(loss), vec::SGD(rate), nullptr);
    const Record r = training_step(scalar, example, rate, loss);

    CHECK(std::fabs(error - r.value("E")) <= cores_agree);
    for (std::size_t l = 1; l <= layers.size(); ++l) {
        const auto& v = vector.layers[l - 1];
        for (std::size_t j = 1; j <= v.units(); ++j) {
            CAPTURE(l);
            CAPTURE(j);
            CHECK(std::fabs(v.z(0, j - 1) - r.value(key::z(l, j))) <= cores_agree);
            CHECK(std::fabs(v.a(0, j - 1) - r.value(key::a(l, j))) <= cores_agree);
            CHECK(std::fabs(v.delta(0, j - 1) - r.value(key::delta(l, j))) <= cores_agree);
            CHECK(std::fabs(v.bias[j - 1] - scalar.bias(l, j)) <= cores_agree);
            for (std::size_t i = 1; i <= v.inputs(); ++i) CHECK(std::fabs(v.weights(i - 1, j - 1) - scalar.weight(l, j, i)) <= cores_agree);
        }
    }
}

}  // namespace

TEST_SUITE("vector") {

TEST_CASE("vector (double) = scalar core: one step of a sigmoid network with the squared error") {
    check_one_step(3, {{4, Activation::sigmoid}, {2, Activation::sigmoid}}, Loss::squared, 1);
}

TEST_CASE("vector (double) = scalar core: one step of a relu network with a softmax output") {
    check_one_step(5, {{6, Activation::relu}, {4, Activation::relu}, {3, Activation::softmax}}, Loss::cross_entropy, 2);
}

TEST_CASE("vector (double) = scalar core: tanh and linear layers") {
    check_one_step(4, {{5, Activation::tanh}, {3, Activation::linear}}, Loss::squared, 3);
}

TEST_CASE("vector (double) = scalar core: a wide relu layer (more columns than one tile) into softmax") {
    check_one_step(40, {{70, Activation::relu}, {10, Activation::softmax}}, Loss::cross_entropy, 4);
}

TEST_CASE("a batch's gradient is the mean of the scalar core's per-example changes, −dw/η") {
    Rng rng(5);
    const Network scalar = scalar_network(4, {{6, Activation::relu}, {3, Activation::softmax}}, rng);
    vec::Network<double> vector = vector_copy(scalar);
    const std::size_t m = 5;
    const double rate = 0.1;
    vec::Matrix<double> x(m, 4), targets(m, 3, 0.0);
    std::vector<Record> records;
    for (std::size_t s = 0; s < m; ++s) {
        Example example;
        for (std::size_t i = 0; i < 4; ++i) example.inputs.push_back(x(s, i) = rng.uniform(-2, 2));
        const std::size_t label = static_cast<std::size_t>(rng.below(3));
        targets(s, label) = 1;
        for (std::size_t j = 0; j < 3; ++j) example.targets.push_back(targets(s, j));
        Network copy = scalar;  // each example from the same starting weights
        records.push_back(training_step(copy, example, rate, Loss::cross_entropy));
    }
    vector.gradients(x, targets, vec::Loss::sparse_categorical_crossentropy, nullptr);
    double largest = 0;
    for (std::size_t l = 1; l <= 2; ++l) {
        const auto& v = vector.layers[l - 1];
        for (std::size_t j = 1; j <= v.units(); ++j)
            for (std::size_t i = 1; i <= v.inputs(); ++i) {
                // ∂E/∂w of the batch mean = (1/m) Σ_s −dw_s/η
                double mean = 0;
                for (const Record& r : records) mean += -r.value(key::dw(l, j, i)) / rate / m;
                CAPTURE(l);
                CAPTURE(j);
                CAPTURE(i);
                CHECK(std::fabs(v.weight_gradient(i - 1, j - 1) - mean) <= cores_agree);
                largest = std::fmax(largest, std::fabs(mean));
            }
    }
    CHECK(largest > 0.01);  // not vacuous: the gradients are not all zero
}

}  // TEST_SUITE("vector")
