// The optimisers of the vector core, with Keras's defaults: SGD and Adam. Not learning-rate schedules.
#pragma once

#include "vector/dense.h"

namespace vec {

// An optimiser's settings. Build one with SGD(…) or Adam(…).
struct Optimizer {
    enum class Kind { sgd, adam };
    Kind kind = Kind::sgd;
    double learning_rate = 0.01;  // η
    double beta_1 = 0.9;          // Adam: decay of the mean of the gradients
    double beta_2 = 0.999;        // Adam: decay of the mean of the squared gradients
    double epsilon = 1e-7;        // Adam: keeps the step finite where the squared mean is 0
};

// Plain stochastic gradient descent: w ← w − η·∂E/∂w (Keras: lr 0.01, no momentum).
Optimizer SGD(double learning_rate = 0.01);

// Adam (Keras's defaults: 0.001, 0.9, 0.999, 1e-7).
Optimizer Adam(double learning_rate = 0.001, double beta_1 = 0.9, double beta_2 = 0.999, double epsilon = 1e-7);

// Adam's running means for one layer, shaped like its weights and biases.
template <typename T>
struct AdamMoments {
    Matrix<T> weight_mean;         // m for W (n_{l−1} × n_l)
    Matrix<T> weight_square_mean;  // v for W
    std::vector<T> bias_mean;      // m for b (n_l)
    std::vector<T> bias_square_mean;  // v for b
};

// One Adam step number t (1, 2, …) on a layer whose gradients are filled:
//   m ← β₁m + (1 − β₁)g,  v ← β₂v + (1 − β₂)g²,  w ← w − η·√(1 − β₂ᵗ)/(1 − β₁ᵗ) · m / (√v + ε).
template <typename T>
void adam_step(const Optimizer& settings, long t, Layer<T>& layer, AdamMoments<T>& moments, ThreadPool* pool);

}  // namespace vec
