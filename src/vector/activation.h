// Activations of the vector core, applied to a whole batch at once, each beside its derivative. Not for reading
// one neuron at a time (that is src/scalar/activation.h).
#pragma once

#include "scalar/activation.h"
#include "vector/matrix.h"

#include <string>
#include <vector>

namespace vec {

// The activation f of a Dense layer: the scalar core's, with its one list of names (Keras's names). Model
// files store these names (docs/vector.md), so a name never changes once it has been saved. The vector core
// has linear, relu, sigmoid, tanh and softmax (only on the output layer, with cross-entropy), not step.
using Activation = scalar::Activation;
using scalar::activation_name;

// The activations a Dense layer may have: linear, relu, sigmoid, tanh, softmax.
const std::vector<Activation>& dense_activations();

// The activation called `name`, one of dense_activations(); throws std::invalid_argument for any other word.
Activation activation_named(const std::string& name);

// A (m × n_l) = f(Z) row by row; softmax uses the log-sum-exp shift: a_j = e^(z_j − max z) / Σ_k e^(z_k − max z).
// The second form does rows [first, last) only, with A already of Z's shape (for the pool's threads).
template <typename T>
void activate(Activation f, const Matrix<T>& z, Matrix<T>& a);
template <typename T>
void activate(Activation f, const Matrix<T>& z, Matrix<T>& a, std::size_t first, std::size_t last);

// Δ (m × n_l) ⊙= f′(Z), element by element, with f′ written from A where that is how it is done on paper
// (sigmoid a(1 − a), tanh 1 − a², relu (z > 0 ? 1 : 0), linear 1). Not for softmax: its derivative is
// folded into the cross-entropy delta (see loss.h). The second form does rows [first, last) only.
template <typename T>
void multiply_by_derivative(Activation f, const Matrix<T>& z, const Matrix<T>& a, Matrix<T>& delta);
template <typename T>
void multiply_by_derivative(Activation f, const Matrix<T>& z, const Matrix<T>& a, Matrix<T>& delta,
                            std::size_t first, std::size_t last);

}  // namespace vec
