// Numerical gradients by central differences, to check backpropagation's Δw. Slow (two forward passes
// per weight) and only as exact as the step h allows: for checking, not for training.
#pragma once

#include "scalar/backprop.h"
#include "scalar/network.h"

#include <cstddef>

namespace scalar {

// E of `network` on one example (its inputs and targets), with `loss`: a forward pass and the error.
double example_error(const Network& network, const Example& example, Loss loss);

// −η·∂E/∂w[l][j][i] measured by central differences: −η·(E(w + h) − E(w − h)) / (2h), the other weights
// held fixed. Backpropagation's Δw[l][j][i] should equal it up to about h² (and rounding).
double numerical_weight_change(const Network& network, const Example& example, double rate, Loss loss,
                               std::size_t l, std::size_t j, std::size_t i, double h);

}  // namespace scalar
