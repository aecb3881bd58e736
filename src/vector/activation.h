// Activations of the vector core, applied to a whole batch at once, each beside its derivative. Not for reading
// one neuron at a time (that is src/scalar/activation.h).
#pragma once

#include "vector/matrix.h"

#include <string>

namespace vec {

// The activation f of a Dense layer. softmax only on the output layer, with cross-entropy.
enum class Activation { linear, relu, sigmoid, tanh, softmax };

// "linear", "relu", "sigmoid", "tanh", "softmax" (Keras's names). Model files store these names
// (docs/vector.md), so a name never changes once it has been saved.
std::string activation_name(Activation f);

// The activation called `name` (Keras's names above); throws std::invalid_argument for any other word.
Activation activation_named(const std::string& name);

// A (m × n_l) = f(Z) row by row; softmax uses the log-sum-exp shift: a_j = e^(z_j − max z) / Σ_k e^(z_k − max z).
template <typename T>
void activate(Activation f, const Matrix<T>& z, Matrix<T>& a);

// Δ (m × n_l) ⊙= f′(Z), element by element, with f′ written from A where that is how it is done on paper
// (sigmoid a(1 − a), tanh 1 − a², relu (z > 0 ? 1 : 0), linear 1). Not for softmax: its derivative is
// folded into the cross-entropy delta (see loss.h).
template <typename T>
void multiply_by_derivative(Activation f, const Matrix<T>& z, const Matrix<T>& a, Matrix<T>& delta);

}  // namespace vec
