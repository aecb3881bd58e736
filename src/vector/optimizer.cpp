#include "vector/optimizer.h"

#include <cmath>

namespace vec {

Optimizer SGD(double learning_rate) {
    Optimizer sgd;
    sgd.kind = Optimizer::Kind::sgd;
    sgd.learning_rate = learning_rate;
    return sgd;
}

Optimizer Adam(double learning_rate, double beta_1, double beta_2, double epsilon) {
    Optimizer adam;
    adam.kind = Optimizer::Kind::adam;
    adam.learning_rate = learning_rate;
    adam.beta_1 = beta_1;
    adam.beta_2 = beta_2;
    adam.epsilon = epsilon;
    return adam;
}

// Adam on n parameters w with gradients g and running means m and v; `step` = η·√(1 − β₂ᵗ)/(1 − β₁ᵗ).
template <typename T>
static void adam_update(const Optimizer& settings, T step, const T* g, T* m, T* v, T* w, std::size_t n) {
    const T beta_1 = static_cast<T>(settings.beta_1), beta_2 = static_cast<T>(settings.beta_2);
    const T epsilon = static_cast<T>(settings.epsilon);
    for (std::size_t e = 0; e < n; ++e) {
        m[e] = beta_1 * m[e] + (T(1) - beta_1) * g[e];
        v[e] = beta_2 * v[e] + (T(1) - beta_2) * g[e] * g[e];
        w[e] -= step * m[e] / (std::sqrt(v[e]) + epsilon);
    }
}

template <typename T>
void adam_step(const Optimizer& settings, long t, Layer<T>& layer, AdamMoments<T>& moments, ThreadPool* pool) {
    if (moments.weight_mean.size() != layer.weights.size()) {
        moments.weight_mean = Matrix<T>(layer.inputs(), layer.units());
        moments.weight_square_mean = Matrix<T>(layer.inputs(), layer.units());
        moments.bias_mean.assign(layer.units(), T(0));
        moments.bias_square_mean.assign(layer.units(), T(0));
    }
    const double correction = std::sqrt(1 - std::pow(settings.beta_2, t)) / (1 - std::pow(settings.beta_1, t));
    const T step = static_cast<T>(settings.learning_rate * correction);
    // Each row of W (the weights from one input) is one task for the pool's threads.
    const std::size_t cols = layer.units();
    auto row = [&](std::size_t i) {
        adam_update(settings, step, layer.weight_gradient.row(i), moments.weight_mean.row(i),
                    moments.weight_square_mean.row(i), layer.weights.row(i), cols);
    };
    if (pool == nullptr)
        for (std::size_t i = 0; i < layer.inputs(); ++i) row(i);
    else
        pool->run(layer.inputs(), row);
    adam_update(settings, step, layer.bias_gradient.data(), moments.bias_mean.data(), moments.bias_square_mean.data(),
                layer.bias.data(), cols);
}

template void adam_step(const Optimizer&, long, Layer<float>&, AdamMoments<float>&, ThreadPool*);
template void adam_step(const Optimizer&, long, Layer<double>&, AdamMoments<double>&, ThreadPool*);

}  // namespace vec
