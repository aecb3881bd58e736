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

// One row per neuron j: its sum written out, z from neuron by neuron, z from W·x + b, and whether the two
// doubles are identical; names: one name per neuron ("ostrich?").
void print_side_by_side(std::ostream& out, const scalar::PerceptronLayer& layer, const std::vector<double>& x,
                        const std::vector<std::string>& names);
