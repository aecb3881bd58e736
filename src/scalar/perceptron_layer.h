// Several perceptrons that read the same input and never each other (lesson 02): a layer written neuron by
// neuron and as W·x + b. Not a network yet: no neuron reads another neuron's output.
#pragma once

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

}  // namespace scalar
