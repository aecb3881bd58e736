// Prints a network the way Keras's model.summary() does: layers, output shapes, parameter counts.
// Printing only; the network is in scalar/network.h.
#pragma once

#include "scalar/network.h"

#include <cstddef>
#include <ostream>

// The parameters of layer l (1..L): n_l·n_{l−1} weights + n_l biases.
std::size_t layer_parameters(const Network& network, std::size_t l);

// A table with one row per layer, "dense (Dense)", "dense_1 (Dense)", …, its output shape "(None, n_l)"
// and its parameter count written as the sum "2·3 + 3 = 9", then the total.
void print_summary(std::ostream& out, const Network& network);
