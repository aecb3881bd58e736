#include "lesson_data/stacked_networks.h"

#include "core/decimal.h"

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// A layer with activation f and one neuron per (weights, bias) pair.
static Layer layer_of(Activation f, const std::vector<Neuron>& neurons) {
    Layer layer;
    layer.activation = f;
    layer.neurons = neurons;
    return layer;
}

Network xor_step_network() {
    Network network;
    network.inputs = 2;
    network.layers.push_back(layer_of(Activation::step, {Neuron{{1, 1}, -0.5}, Neuron{{-1, -1}, 1.5}}));
    network.layers.push_back(layer_of(Activation::step, {Neuron{{1, 1}, -1.5}}));
    return network;
}

Network keras_shaped_network() {
    Network network;
    network.inputs = 2;
    network.layers.push_back(
        layer_of(Activation::relu, {Neuron{{1, -1}, -0.5}, Neuron{{-0.5, 1}, 0.2}, Neuron{{0.5, 0.5}, -1.5}}));
    network.layers.push_back(layer_of(Activation::softmax, {Neuron{{1, -1, 0.5}, 0}, Neuron{{-1, 1, 0.5}, 0.1}}));
    return network;
}

std::vector<double> keras_input(const Scaling& scaling, const std::vector<double>& animal) {
    std::vector<double> x = scaled(scaling, animal);
    for (double& value : x) value = round_to(value, keras_input_decimals);
    return x;
}

std::vector<Example> keras_examples(const Animals& animals, const Scaling& scaling) {
    std::vector<Example> examples;
    for (std::size_t k = 0; k < animals.x.size(); ++k) {
        const bool ostrich = animals.t[k] == 1;
        examples.push_back({keras_input(scaling, animals.x[k]), {ostrich ? 0.0 : 1.0, ostrich ? 1.0 : 0.0}});
    }
    return examples;
}
