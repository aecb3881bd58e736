// Console output for lesson 02: one layer of perceptrons, neuron by neuron and as W·x + b, side by side.
// Printing only; the layer itself is in scalar/perceptron_layer.h.
#pragma once

#include "scalar/perceptron_layer.h"

#include <ostream>
#include <string>
#include <vector>

// "x1·w + x2·w + b" with the numbers as given: "0.5·0.4 + (-1)·0.3 + 0.2" (x: n_in values).
std::string weighted_sum_text(const scalar::Perceptron& neuron, const std::vector<double>& x);

// W (n_out × n_in), x (n_in) and b (n_out) as columns of brackets, then "=" and W·x + b (4 decimals):
//   [ 0.4   0.3 ]   [  0.5 ]   [  0.2 ]   [  0.1000 ]
//   [ 0.8  -0.2 ] · [   -1 ] + [ -0.2 ] = [  0.4000 ] …
void print_matrix_form(std::ostream& out, const std::vector<std::vector<double>>& W, const std::vector<double>& x,
                       const std::vector<double>& b, const std::vector<double>& z);

// One row per neuron j: its sum written out, z from neuron by neuron, z from W·x + b, whether the two
// doubles are identical, and a[1][j] = step(z[1][j]).
void print_side_by_side(std::ostream& out, const scalar::PerceptronLayer& layer, const std::vector<double>& x);

// The mistakes per epoch of training a layer together, one column per neuron j (mistakes: epochs × n_out).
// With `all` every epoch; otherwise the first three, a "…" row and the last two.
void print_mistakes_per_epoch(std::ostream& out, const std::vector<std::vector<int>>& mistakes, bool all);

// One row per neuron j: its question, w[1][j][1], w[1][j][2], b[1][j] (4 decimals) and whether the same
// perceptron trained alone ended with the very same doubles (alone: one perceptron per neuron).
void print_layer_weights(std::ostream& out, const scalar::PerceptronLayer& layer, const std::vector<std::string>& questions,
                         const std::vector<scalar::Perceptron>& alone);
