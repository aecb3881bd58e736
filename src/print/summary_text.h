// Prints a model the way Keras's model.summary() does: one row per Dense layer (its name, output shape and
// parameter count), then the total. Printing only; the models are in scalar/network.h (lesson 03) and
// vector/sequential.h (lesson 06).
#pragma once

#include "scalar/network.h"

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

namespace vec {
class Sequential;
}

// Layer l of a summary: a Dense layer with n_{l−1} inputs and n_l neurons, and its activation's name.
struct DenseShape {
    std::size_t inputs;      // n_{l−1}
    std::size_t units;       // n_l
    std::string activation;  // "relu", …
    bool biased = true;      // false for the scalar core's layers without biases
};

// The parameters of a Dense layer: n_l·n_{l−1} weights + n_l biases (no biases: n_l·n_{l−1}).
std::size_t layer_parameters(const DenseShape& layer);
// The same for layer l (1..L) of a scalar network.
std::size_t layer_parameters(const scalar::Network& network, std::size_t l);

// How the summary is laid out; the layer names ("dense", "dense_1", …), shapes "(None, n_l)" and counts
// are the same in both.
enum class SummaryStyle {
    keras,   // Keras's own table, byte for byte: "Model: "sequential"", rules, "Total params: 266,610", …
    worked,  // an aligned table whose counts are worked out, "dense (Dense, relu)  (None, 3)  2·3 + 3 = 9"
};

// The summary of layers 1..L.
void print_summary(std::ostream& out, const std::vector<DenseShape>& layers, SummaryStyle style);

// Lesson 03: a scalar network, worked out.
void print_summary(std::ostream& out, const scalar::Network& network);

// Lesson 06: a vector model, as Keras prints it.
void print_summary(std::ostream& out, const vec::Sequential& model);
