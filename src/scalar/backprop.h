// Forward pass, error, delta rule and update, recording every named value. Neuron by neuron, in double.
#pragma once

#include "scalar/record.h"
#include "scalar/network.h"

#include <vector>

namespace scalar {

// One example: n_0 input values and, for training, n_L target values (empty when only the forward pass is asked).
struct Example {
    std::vector<double> inputs;   // a[0][i], i = 1..n_0
    std::vector<double> targets;  // t[j], j = 1..n_L
};

// Records the forward pass of `inputs` (n_0 values) through `network`: the givens a[0][i], w[l][j][i] and
// b[l][j] (for layers with biases), then for l = 1..L every z[l][j] = Σ_i a[l−1][i]·w[l][j][i] + b[l][j] and a[l][j] = f(z[l][j]).
void record_forward(const Network& network, const std::vector<double>& inputs, Record& record);

// Records the error E of the output a[L][j] against the targets t[j] (n_L values): squared or cross-entropy.
void record_error(const Network& network, const std::vector<double>& targets, Loss loss, Record& record);

// Records every δ[l][j] = −∂E/∂z[l][j], from the output layer back to layer 1, using the weights as they
// are before this step's update. Needs record_forward and record_error first.
void record_backward(const Network& network, Loss loss, Record& record);

// Records Δw[l][j][i] = η·δ[l][j]·a[l−1][i], new_w = w + Δw, and for layers with biases
// Δb[l][j] = η·δ[l][j], new_b = b + Δb; writes new_w and new_b into `network`. Needs record_backward first.
void record_update(Network& network, double rate, Record& record);

// One training step on `example`: forward, error, backward and update. Returns the record of the step.
// decimals < 0 keeps full precision; otherwise every value is rounded as on a calculator (see Record).
Record training_step(Network& network, const Example& example, double rate, Loss loss, int decimals = -1);

// The forward pass alone. Returns the record; its a[L][j] are the network's outputs.
Record forward_pass(const Network& network, const std::vector<double>& inputs, int decimals = -1);

// The outputs a[L][1..n_L] of the forward pass of `inputs` (n_0 values).
std::vector<double> outputs(const Network& network, const std::vector<double>& inputs);

// `steps` training steps, examples taken in order and cycling (step k uses example (k − 1) mod n + 1).
// Returns one record per step; `network` ends with the weights after the last step.
std::vector<Record> training_steps(Network& network, const std::vector<Example>& examples, double rate, Loss loss,
                                   std::size_t steps, int decimals = -1);

}  // namespace scalar
