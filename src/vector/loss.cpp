#include "vector/loss.h"

#include <cmath>
#include <stdexcept>

namespace vec {

Loss loss_named(const std::string& name) {
    if (name == "squared") return Loss::squared;
    if (name == "sparse_categorical_crossentropy") return Loss::sparse_categorical_crossentropy;
    throw std::invalid_argument("unknown loss '" + name + "' (expected sparse_categorical_crossentropy or squared)");
}

// ln y_j of softmax computed from z: z_j − max z − ln Σ_k e^(z_k − max z), for a row of n values.
template <typename T>
static void log_softmax_row(const T* z, std::size_t n, T* log_y) {
    T largest = z[0];
    for (std::size_t j = 1; j < n; ++j) largest = z[j] > largest ? z[j] : largest;
    T sum = 0;
    for (std::size_t j = 0; j < n; ++j) sum += std::exp(z[j] - largest);
    const T log_sum = std::log(sum);
    for (std::size_t j = 0; j < n; ++j) log_y[j] = z[j] - largest - log_sum;
}

// E of one example: ½ Σ_j (t_j − y_j)², or −Σ_j t_j ln y_j with ln y from z.
template <typename T>
static T example_loss(Loss loss, const T* z, const T* y, const T* t, std::size_t n) {
    T e = 0;
    if (loss == Loss::squared) {
        for (std::size_t j = 0; j < n; ++j) e += (t[j] - y[j]) * (t[j] - y[j]);
        return e / 2;
    }
    thread_local std::vector<T> log_y;
    log_y.resize(n);
    log_softmax_row(z, n, log_y.data());
    for (std::size_t j = 0; j < n; ++j)
        if (t[j] != 0) e -= t[j] * log_y[j];
    return e;
}

template <typename T>
T output_delta(Loss loss, Activation f, const Matrix<T>& z, const Matrix<T>& y, const Matrix<T>& targets,
               Matrix<T>& delta) {
    if (loss == Loss::sparse_categorical_crossentropy && f != Activation::softmax)
        throw std::invalid_argument("cross-entropy needs a softmax output layer");
    if (loss == Loss::squared && f == Activation::softmax)
        throw std::invalid_argument("a softmax output layer needs the cross-entropy loss");
    delta.resize(y.rows(), y.cols());
    // Both losses start from t − y: for cross-entropy with softmax that is the whole delta,
    // for the squared error it is multiplied by f′(z).
    for (std::size_t e = 0; e < y.size(); ++e) delta.data()[e] = targets.data()[e] - y.data()[e];
    if (loss == Loss::squared) multiply_by_derivative(f, z, y, delta);
    return total_loss(loss, z, y, targets);
}

template <typename T>
T total_loss(Loss loss, const Matrix<T>& z, const Matrix<T>& y, const Matrix<T>& targets) {
    T sum = 0;
    for (std::size_t r = 0; r < y.rows(); ++r) sum += example_loss(loss, z.row(r), y.row(r), targets.row(r), y.cols());
    return sum;
}

template <typename T>
void one_hot(const std::uint8_t* labels, std::size_t m, std::size_t classes, Matrix<T>& targets) {
    targets.resize(m, classes);
    for (std::size_t e = 0; e < targets.size(); ++e) targets.data()[e] = 0;
    for (std::size_t s = 0; s < m; ++s) targets(s, labels[s]) = 1;
}

template float output_delta(Loss, Activation, const Matrix<float>&, const Matrix<float>&, const Matrix<float>&,
                            Matrix<float>&);
template double output_delta(Loss, Activation, const Matrix<double>&, const Matrix<double>&, const Matrix<double>&,
                             Matrix<double>&);
template float total_loss(Loss, const Matrix<float>&, const Matrix<float>&, const Matrix<float>&);
template double total_loss(Loss, const Matrix<double>&, const Matrix<double>&, const Matrix<double>&);
template void one_hot(const std::uint8_t*, std::size_t, std::size_t, Matrix<float>&);
template void one_hot(const std::uint8_t*, std::size_t, std::size_t, Matrix<double>&);

}  // namespace vec
