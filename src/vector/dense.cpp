#include "vector/dense.h"

#include "core/rng.h"
#include "vector/kernels.h"

#include <cmath>

namespace vec {

template <typename T>
Layer<T>::Layer(std::size_t inputs, std::size_t units, Activation activation)
    : activation(activation), weights(inputs, units), bias(units, T(0)) {}

template <typename T>
void glorot_uniform(Layer<T>& layer, Rng& rng) {
    const double limit = std::sqrt(6.0 / static_cast<double>(layer.inputs() + layer.units()));
    for (std::size_t e = 0; e < layer.weights.size(); ++e) layer.weights.data()[e] = static_cast<T>(rng.uniform(-limit, limit));
    for (T& b : layer.bias) b = 0;
}

template <typename T>
void forward(Layer<T>& layer, const Matrix<T>& a_before, ThreadPool* pool) {
    // z[l][j] = Σ_i a[l−1][i]·w[l][j][i] + b[l][j], for every example (row) at once: Z = A[l−1]·W + b.
    multiply(a_before, layer.weights, layer.z, pool);
    layer.a.resize(layer.z.rows(), layer.units());
    // Then, for a run of examples (rows) at a time on the pool's threads: + b[l][j], and a[l][j] = f(z[l][j]).
    run_in_parts(pool, layer.z.rows(), layer.z.size(), [&](std::size_t first, std::size_t last) {
        for (std::size_t s = first; s < last; ++s) {
            T* z_row = layer.z.row(s);
            for (std::size_t j = 0; j < layer.units(); ++j) z_row[j] += layer.bias[j];
        }
        activate(layer.activation, layer.z, layer.a, first, last);
    });
}

template <typename T>
void hidden_delta(Layer<T>& layer, const Layer<T>& after, ThreadPool* pool) {
    // Forward, neuron k of layer l + 1 got z[l+1][k] = Σ_j a[l][j]·w[l+1][k][j] + b[l+1][k] with
    // a[l][j] = f(z[l][j]), so δ[l][j] = f′(z[l][j])·Σ_k w[l+1][k][j]·δ[l+1][k],
    // i.e. Δ[l] = f′(Z[l]) ⊙ (Δ[l+1] · W[l+1]ᵀ).
    multiply_transposed_b(after.delta, after.weights, layer.delta, pool);
    run_in_parts(pool, layer.delta.rows(), layer.delta.size(), [&](std::size_t first, std::size_t last) {
        multiply_by_derivative(layer.activation, layer.z, layer.a, layer.delta, first, last);
    });
}

// Σ over the rows of Δ (m × n_l) times `scale`, added to (beta = 1) or stored in (beta = 0) out[0..n_l).
// The rows are added one after the other, so the loop runs along contiguous rows.
template <typename T>
static void add_column_sums(const Matrix<T>& delta, T scale, T beta, std::vector<T>& out) {
    thread_local std::vector<T> sum;
    sum.assign(delta.cols(), T(0));
    for (std::size_t s = 0; s < delta.rows(); ++s) {
        const T* row = delta.row(s);
        for (std::size_t j = 0; j < delta.cols(); ++j) sum[j] += row[j];
    }
    for (std::size_t j = 0; j < delta.cols(); ++j) out[j] = beta * out[j] + scale * sum[j];
}

template <typename T>
void gradients(Layer<T>& layer, const Matrix<T>& a_before, ThreadPool* pool) {
    // Forward, this was z[l][j] = Σ_i a[l−1][i]·w[l][j][i] + b[l][j], so for one example
    // ∂E/∂w[l][j][i] = −δ[l][j]·a[l−1][i] and ∂E/∂b[l][j] = −δ[l][j]; then the mean over the m examples.
    const T scale = -T(1) / static_cast<T>(a_before.rows());
    multiply_transposed_a(a_before, layer.delta, scale, T(0), layer.weight_gradient, pool);
    layer.bias_gradient.resize(layer.units());
    add_column_sums(layer.delta, scale, T(0), layer.bias_gradient);
}

template <typename T>
void sgd_step(Layer<T>& layer, const Matrix<T>& a_before, T rate, ThreadPool* pool) {
    // Δw[l][j][i] = η·δ[l][j]·a[l−1][i] averaged over the batch, added straight into W; the same for b.
    const T scale = rate / static_cast<T>(a_before.rows());
    multiply_transposed_a(a_before, layer.delta, scale, T(1), layer.weights, pool);
    add_column_sums(layer.delta, scale, T(1), layer.bias);
}

template struct Layer<float>;
template struct Layer<double>;
template void glorot_uniform(Layer<float>&, Rng&);
template void glorot_uniform(Layer<double>&, Rng&);
template void forward(Layer<float>&, const Matrix<float>&, ThreadPool*);
template void forward(Layer<double>&, const Matrix<double>&, ThreadPool*);
template void hidden_delta(Layer<float>&, const Layer<float>&, ThreadPool*);
template void hidden_delta(Layer<double>&, const Layer<double>&, ThreadPool*);
template void gradients(Layer<float>&, const Matrix<float>&, ThreadPool*);
template void gradients(Layer<double>&, const Matrix<double>&, ThreadPool*);
template void sgd_step(Layer<float>&, const Matrix<float>&, float, ThreadPool*);
template void sgd_step(Layer<double>&, const Matrix<double>&, double, ThreadPool*);

}  // namespace vec
