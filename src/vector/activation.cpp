#include "vector/activation.h"

#include <cmath>
#include <stdexcept>

namespace vec {

const std::vector<Activation>& dense_activations() {
    static const std::vector<Activation> dense = {Activation::linear, Activation::relu, Activation::sigmoid,
                                                  Activation::tanh, Activation::softmax};
    return dense;
}

Activation activation_named(const std::string& name) {
    for (Activation f : dense_activations()) {
        if (activation_name(f) == name) return f;
    }
    throw std::invalid_argument("unknown activation '" + name + "' (expected " + scalar::activation_names(dense_activations()) + ")");
}

// One row of softmax: a_j = e^(z_j − max z) / Σ_k e^(z_k − max z), for n values.
template <typename T>
static void softmax_row(const T* z, T* a, std::size_t n) {
    T largest = z[0];
    for (std::size_t j = 1; j < n; ++j) largest = z[j] > largest ? z[j] : largest;
    T sum = 0;
    for (std::size_t j = 0; j < n; ++j) {
        a[j] = std::exp(z[j] - largest);
        sum += a[j];
    }
    for (std::size_t j = 0; j < n; ++j) a[j] /= sum;
}

template <typename T>
void activate(Activation f, const Matrix<T>& z, Matrix<T>& a) {
    a.resize(z.rows(), z.cols());
    activate(f, z, a, 0, z.rows());
}

template <typename T>
void activate(Activation f, const Matrix<T>& z, Matrix<T>& a, std::size_t first, std::size_t last) {
    const std::size_t n = (last - first) * z.cols();
    const T* in = z.row(first);
    T* out = a.row(first);
    switch (f) {
        case Activation::linear:
            for (std::size_t e = 0; e < n; ++e) out[e] = in[e];
            break;
        case Activation::relu:
            for (std::size_t e = 0; e < n; ++e) out[e] = in[e] > 0 ? in[e] : T(0);
            break;
        case Activation::sigmoid:
            for (std::size_t e = 0; e < n; ++e) out[e] = T(1) / (T(1) + std::exp(-in[e]));
            break;
        case Activation::tanh:
            for (std::size_t e = 0; e < n; ++e) out[e] = std::tanh(in[e]);
            break;
        case Activation::softmax:
            for (std::size_t r = first; r < last; ++r) softmax_row(z.row(r), a.row(r), z.cols());
            break;
        case Activation::step:
            throw std::invalid_argument("a Dense layer has no step activation");
    }
}

template <typename T>
void multiply_by_derivative(Activation f, const Matrix<T>& z, const Matrix<T>& a, Matrix<T>& delta) {
    multiply_by_derivative(f, z, a, delta, 0, delta.rows());
}

template <typename T>
void multiply_by_derivative(Activation f, const Matrix<T>& z, const Matrix<T>& a, Matrix<T>& delta,
                            std::size_t first, std::size_t last) {
    const std::size_t n = (last - first) * delta.cols();
    const T* zs = z.row(first);
    const T* as = a.row(first);
    T* d = delta.row(first);
    switch (f) {
        case Activation::linear:  // f′ = 1
            break;
        case Activation::relu:  // f′ = (z > 0 ? 1 : 0)
            for (std::size_t e = 0; e < n; ++e) d[e] = zs[e] > 0 ? d[e] : T(0);
            break;
        case Activation::sigmoid:  // f′ = a(1 − a)
            for (std::size_t e = 0; e < n; ++e) d[e] *= as[e] * (T(1) - as[e]);
            break;
        case Activation::tanh:  // f′ = 1 − a²
            for (std::size_t e = 0; e < n; ++e) d[e] *= T(1) - as[e] * as[e];
            break;
        case Activation::softmax:
            throw std::invalid_argument("softmax is only allowed on the output layer, with cross-entropy");
        case Activation::step:
            throw std::invalid_argument("a Dense layer has no step activation");
    }
}

template void activate(Activation, const Matrix<float>&, Matrix<float>&);
template void activate(Activation, const Matrix<double>&, Matrix<double>&);
template void activate(Activation, const Matrix<float>&, Matrix<float>&, std::size_t, std::size_t);
template void activate(Activation, const Matrix<double>&, Matrix<double>&, std::size_t, std::size_t);
template void multiply_by_derivative(Activation, const Matrix<float>&, const Matrix<float>&, Matrix<float>&);
template void multiply_by_derivative(Activation, const Matrix<double>&, const Matrix<double>&, Matrix<double>&);
template void multiply_by_derivative(Activation, const Matrix<float>&, const Matrix<float>&, Matrix<float>&,
                                     std::size_t, std::size_t);
template void multiply_by_derivative(Activation, const Matrix<double>&, const Matrix<double>&, Matrix<double>&,
                                     std::size_t, std::size_t);

}  // namespace vec
