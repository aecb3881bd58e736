#include "vector/network.h"

#include "core/rng.h"

namespace vec {

template <typename T>
std::size_t Network<T>::parameter_count() const {
    std::size_t count = 0;
    for (const auto& layer : layers) count += layer.parameter_count();
    return count;
}

template <typename T>
void Network<T>::add(std::size_t units, Activation f, Rng& rng) {
    layers.emplace_back(outputs(), units, f);
    glorot_uniform(layers.back(), rng);
}

template <typename T>
const Matrix<T>& Network<T>::forward(const Matrix<T>& x, ThreadPool* pool) {
    const Matrix<T>* a_before = &x;  // A[0] = X
    for (auto& layer : layers) {
        vec::forward(layer, *a_before, pool);
        a_before = &layer.a;
    }
    return *a_before;
}

// Δ of every layer for the batch, from the output back to layer 1; returns the summed loss.
template <typename T>
static T backward(std::vector<Layer<T>>& layers, const Matrix<T>& targets, Loss loss, ThreadPool* pool) {
    Layer<T>& output = layers.back();
    const T total = output_delta(loss, output.activation, output.z, output.a, targets, output.delta);
    // δ[l] from δ[l+1], for l = L−1 down to 1 (layer l at layers[l − 1]).
    for (std::size_t l = layers.size() - 1; l >= 1; --l) hidden_delta(layers[l - 1], layers[l], pool);
    return total;
}

template <typename T>
T Network<T>::gradients(const Matrix<T>& x, const Matrix<T>& targets, Loss loss, ThreadPool* pool) {
    forward(x, pool);
    const T total = backward(layers, targets, loss, pool);
    for (std::size_t l = 0; l < layers.size(); ++l) vec::gradients(layers[l], l == 0 ? x : layers[l - 1].a, pool);
    return total;
}

template <typename T>
T Network<T>::train_step(const Matrix<T>& x, const Matrix<T>& targets, Loss loss, const Optimizer& optimizer,
                         ThreadPool* pool) {
    forward(x, pool);
    // Every Δ is computed before any weight changes: the docs' rule "with the weights as they were before
    // this step's update".
    const T total = backward(layers, targets, loss, pool);
    if (optimizer.kind == Optimizer::Kind::sgd) {
        const T rate = static_cast<T>(optimizer.learning_rate);
        for (std::size_t l = 0; l < layers.size(); ++l) sgd_step(layers[l], l == 0 ? x : layers[l - 1].a, rate, pool);
        return total;
    }
    moments.resize(layers.size());
    ++adam_steps;
    for (std::size_t l = 0; l < layers.size(); ++l) {
        vec::gradients(layers[l], l == 0 ? x : layers[l - 1].a, pool);
        adam_step(optimizer, adam_steps, layers[l], moments[l], pool);
    }
    return total;
}

template class Network<float>;
template class Network<double>;

}  // namespace vec
