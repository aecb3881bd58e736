// One fully connected (Dense) layer of the vector core: its weights, its batch values, forward and backward.
#pragma once

#include "vector/activation.h"
#include "vector/matrix.h"
#include "vector/thread_pool.h"

#include <cstddef>
#include <string>
#include <vector>

class Rng;

namespace vec {

// What Keras's Dense(units, activation) asks for: a layer of `units` neurons, before it has weights.
struct Dense {
    Dense(std::size_t units, Activation activation = Activation::linear) : units(units), activation(activation) {}
    // activation by Keras's name: "relu", "softmax", …; throws std::invalid_argument for an unknown name.
    Dense(std::size_t units, const std::string& activation) : units(units), activation(activation_named(activation)) {}
    Dense(std::size_t units, const char* activation) : Dense(units, std::string(activation)) {}

    std::size_t units;      // n_l
    Activation activation;  // f
};

// Layer l with n_{l−1} inputs and n_l neurons, and the values of the last batch of m examples.
// Notation of docs/vector.md: rows of Z, A and Δ are examples; W is stored the way Keras stores a kernel,
// one row per input: weights(i − 1, j − 1) = w[l][j][i] (counted from 0 here, from 1 in the docs), so that
// Z = A[l−1] · W + b.
template <typename T>
struct Layer {
    // n_{l−1} × n_l weights and n_l biases, all 0 (Network::add draws the weights).
    Layer(std::size_t inputs, std::size_t units, Activation activation);

    std::size_t inputs() const { return weights.rows(); }  // n_{l−1}
    std::size_t units() const { return weights.cols(); }   // n_l
    std::size_t parameter_count() const { return weights.size() + bias.size(); }  // n_{l−1}·n_l + n_l

    Activation activation;       // f
    Matrix<T> weights;           // W (n_{l−1} × n_l), weights(i − 1, j − 1) = w[l][j][i]
    std::vector<T> bias;         // b (n_l), bias[j − 1] = b[l][j]
    Matrix<T> z;                 // Z (m × n_l) = A[l−1] · W + b, one row per example
    Matrix<T> a;                 // A (m × n_l) = f(Z)
    Matrix<T> delta;             // Δ (m × n_l) = −∂E/∂Z (the docs' sign: delta = −∂E/∂z)
    Matrix<T> weight_gradient;   // ∂E/∂W (n_{l−1} × n_l), averaged over the batch (filled for Adam and tests)
    std::vector<T> bias_gradient;  // ∂E/∂b (n_l), averaged over the batch
};

// Glorot-uniform weights: every W(i, j), row by row, drawn from U(−r, r) with r = √(6 / (n_{l−1} + n_l));
// biases 0 (Keras's defaults).
template <typename T>
void glorot_uniform(Layer<T>& layer, Rng& rng);

// Forward: Z = A[l−1] · W + b and A = f(Z), for A[l−1] (m × n_{l−1}).
template <typename T>
void forward(Layer<T>& layer, const Matrix<T>& a_before, ThreadPool* pool);

// The hidden delta of layer l from layer l + 1 (`after`), with after's weights as they were before this
// step's update: δ[l][j] = f′(z[l][j])·Σ_k w[l+1][k][j]·δ[l+1][k], i.e. Δ[l] (m × n_l) = f′(Z[l]) ⊙ (Δ[l+1] · W[l+1]ᵀ).
template <typename T>
void hidden_delta(Layer<T>& layer, const Layer<T>& after, ThreadPool* pool);

// Gradients of the mean loss of the batch: ∂E/∂W = −A[l−1]ᵀ · Δ / m (n_{l−1} × n_l), ∂E/∂b = −Σ_rows Δ / m.
template <typename T>
void gradients(Layer<T>& layer, const Matrix<T>& a_before, ThreadPool* pool);

// Plain SGD step fused with the gradient: W ← W + (η/m)·A[l−1]ᵀ·Δ and b ← b + (η/m)·Σ_rows Δ,
// i.e. w ← w − η ∂E/∂w with the batch mean of ∂E/∂w (for m = 1 this is the docs' w + η·δ·a).
template <typename T>
void sgd_step(Layer<T>& layer, const Matrix<T>& a_before, T rate, ThreadPool* pool);

}  // namespace vec
