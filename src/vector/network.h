// A stack of Dense layers trained a batch at a time, in float (speed) or double (tests against src/scalar).
#pragma once

#include "vector/dense.h"
#include "vector/loss.h"
#include "vector/optimizer.h"

#include <cstddef>
#include <vector>

class Rng;

namespace vec {

// Layers 1..L on n_0 inputs; layer l at layers[l − 1]. Batches are matrices with one example per row.
template <typename T>
class Network {
public:
    explicit Network(std::size_t inputs) : input_count(inputs) {}

    std::size_t inputs() const { return input_count; }  // n_0
    std::size_t outputs() const { return layers.empty() ? input_count : layers.back().units(); }  // n_L
    std::size_t parameter_count() const;                 // Σ_l n_{l−1}·n_l + n_l

    // Adds layer L + 1 with `units` neurons, Glorot-uniform weights drawn from `rng`, zero biases.
    void add(std::size_t units, Activation f, Rng& rng);

    // Forward pass of X (m × n_0): fills Z and A of every layer; returns A[L] (m × n_L).
    const Matrix<T>& forward(const Matrix<T>& x, ThreadPool* pool);

    // Forward, output delta and backward pass for X (m × n_0) and targets (m × n_L): fills Δ of every
    // layer and ∂E/∂W, ∂E/∂b (batch means), without changing the weights. Returns the summed loss.
    T gradients(const Matrix<T>& x, const Matrix<T>& targets, Loss loss, ThreadPool* pool);

    // One training step on the batch: forward, backward and the optimiser's update of every layer (each
    // layer's Δ is computed with the weights from before the step). Returns the summed loss of the batch.
    T train_step(const Matrix<T>& x, const Matrix<T>& targets, Loss loss, const Optimizer& optimizer,
                 ThreadPool* pool);

    std::vector<Layer<T>> layers;  // layer l at layers[l − 1]

private:
    std::size_t input_count;                  // n_0
    std::vector<AdamMoments<T>> moments;      // Adam's state, one per layer (empty until Adam is used)
    long adam_steps = 0;                      // t of the last Adam step
};

}  // namespace vec
