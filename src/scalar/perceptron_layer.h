// Several perceptrons that read the same input and never each other (lesson 02): a layer written neuron by
// neuron and as W·x + b. Not a network yet: no neuron reads another neuron's output.
#pragma once

#include "scalar/network.h"
#include "scalar/perceptron.h"

#include <vector>

namespace scalar {

// n_out perceptrons, each with n_in weights, its own bias and (when training) its own target.
struct PerceptronLayer {
    std::vector<Perceptron> neurons;  // neuron j at neurons[j − 1]
};

// z_j = w_j1·x_1 + … + w_jn·x_n + b_j for each neuron j, one neuron at a time (x: n_in values; n_out results).
std::vector<double> z_by_neuron(const PerceptronLayer& layer, const std::vector<double>& x);

// W, n_out × n_in: row j holds the weights of neuron j.
std::vector<std::vector<double>> weight_matrix(const PerceptronLayer& layer);

// b, n_out values: b_j is the bias of neuron j.
std::vector<double> bias_vector(const PerceptronLayer& layer);

// W·x + b for W (n_out × n_in), x (n_in) and b (n_out): entry j is row j of W times x, plus b_j, summed
// left to right (the same order as z_by_neuron, so the two give the very same doubles).
std::vector<double> matrix_times_vector_plus(const std::vector<std::vector<double>>& W, const std::vector<double>& x,
                                             const std::vector<double>& b);

// ŷ_j = step(z_j) for each neuron (n_out values).
std::vector<int> outputs(const PerceptronLayer& layer, const std::vector<double>& x);

// The perceptron rule for every neuron on one sample x, neuron j learning from its own target t[j − 1]
// (t: n_out targets). Returns one step per neuron.
std::vector<PerceptronStep> learn_together(PerceptronLayer& layer, const std::vector<double>& x,
                                           const std::vector<int>& t, double rate);

// The layer as a network of one layer with the step activation (for drawing it: figure/network_diagram.h).
Network as_network(const PerceptronLayer& layer, bool trained);

// The layer after training together, and its mistakes: mistakes[e][j − 1] is the number of samples neuron j
// got wrong (and learned from) in epoch e + 1.
struct LayerTraining {
    PerceptronLayer layer;                   // n_out perceptrons
    std::vector<std::vector<int>> mistakes;  // epochs × n_out
};

// n_out perceptrons with n_in = x[0].size() inputs, all starting at w = b = 0, trained together (learn_together
// on every sample, in order) until an epoch where no neuron makes a mistake, or max_epochs epochs
// (x: m samples × n_in, t: m samples × n_out targets).
LayerTraining train_together(const std::vector<std::vector<double>>& x, const std::vector<std::vector<int>>& t,
                             double rate, int max_epochs);

}  // namespace scalar
