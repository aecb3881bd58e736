#include "lesson_data/stacked_networks.h"

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
