// Gradient descent on one weight alone, for the picture of lesson 05: the error E over a set of examples as
// a function of one weight w[l][j][i] (every other weight and bias held fixed), its slope ∂E/∂w from
// backpropagation, and the steps w ← w − η·∂E/∂w. For reading, not for training.
#pragma once

#include "scalar/backprop.h"
#include "scalar/network.h"

#include <cstddef>
#include <vector>

namespace scalar {

// Which weight: w[l][j][i], counted from 1 as in the docs.
struct WeightAt {
    std::size_t l = 1, j = 1, i = 1;
};

// E(w) = Σ_k E_k, the error summed over `examples`, with w[l][j][i] set to `w`.
double error_at(const Network& network, const std::vector<Example>& examples, Loss loss, const WeightAt& at, double w);

// ∂E/∂w at `w`, from backpropagation: ∂E_k/∂w = −δ[l][j]·a[l−1][i] of each example's record, summed over k.
double slope_at(const Network& network, const std::vector<Example>& examples, Loss loss, const WeightAt& at, double w);

// One step of the walk: where it stands and where it goes.
struct DescentStep {
    double w = 0;      // w_k
    double error = 0;  // E(w_k)
    double slope = 0;  // ∂E/∂w at w_k (backpropagation)
    double step = 0;   // −η·∂E/∂w, so that w_{k+1} = w_k + step
};

// `steps` steps of gradient descent on w[l][j][i] alone, from w_0 = `start` with rate η = `rate`: steps + 1
// entries, w_0 … w_steps (the last one's step is where it would go next).
std::vector<DescentStep> descend_one_weight(const Network& network, const std::vector<Example>& examples, Loss loss,
                                            const WeightAt& at, double start, double rate, int steps);

}  // namespace scalar
