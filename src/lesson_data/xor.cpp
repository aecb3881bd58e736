#include "lesson_data/xor.h"

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

std::vector<Example> xor_examples() {
    return {{{0, 0}, {0}}, {{0, 1}, {1}}, {{1, 0}, {1}}, {{1, 1}, {0}}};
}

// A sigmoid layer with one neuron per row of `weights` (each row: the neuron's incoming weights), no biases.
static Layer sigmoid_layer(const std::vector<std::vector<double>>& weights) {
    Layer layer;
    layer.activation = Activation::sigmoid;
    layer.biased = false;
    for (const std::vector<double>& row : weights) layer.neurons.push_back(Neuron{row, 0});
    return layer;
}

Network article_network() {
    Network network;
    network.inputs = 2;
    network.layers.push_back(sigmoid_layer({{0.8, 0.2}, {0.4, 0.9}, {0.3, 0.5}}));
    network.layers.push_back(sigmoid_layer({{0.3, 0.5, 0.9}}));
    return network;
}

Network random_xor_network(Rng& rng) {
    Network network = article_network();
    for (Layer& layer : network.layers) {
        layer.biased = true;
        for (Neuron& neuron : layer.neurons) {
            for (double& w : neuron.weights) w = rng.uniform(-1, 1);
            neuron.bias = rng.uniform(-1, 1);
        }
    }
    return network;
}
