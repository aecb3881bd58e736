// The losses of the vector core and their output deltas, for a whole batch. The scalar versions are in
// src/scalar/formulas.h.
#pragma once

#include "vector/activation.h"
#include "vector/matrix.h"

#include <cstdint>
#include <string>
#include <vector>

namespace vec {

// The loss E of one example; fit reports its mean over the examples.
enum class Loss {
    squared,                          // E = ½ Σ_j (t_j − y_j)²
    sparse_categorical_crossentropy,  // E = −ln y_label (softmax output; t is the one-hot of the label)
};

// The loss called `name`; throws std::invalid_argument for any other word.
Loss loss_named(const std::string& name);

// The output delta Δ[L] = −∂E/∂Z[L] (m × n_L) for a batch with outputs Y = A[L] (m × n_L), pre-activations
// Z[L] (m × n_L) and targets T (m × n_L, one-hot rows for cross-entropy). Returns Σ over the batch of E.
//   squared:        δ_j = f′(z_j)(t_j − y_j)
//   cross-entropy:  δ_j = t_j − y_j (softmax and loss fused), and E = −Σ_j t_j (z_j − max z − ln Σ_k e^(z_k − max z))
//                   so a probability rounded to 0 never gives ln 0.
template <typename T>
T output_delta(Loss loss, Activation f, const Matrix<T>& z, const Matrix<T>& y, const Matrix<T>& targets,
               Matrix<T>& delta);

// The loss summed over the batch, without deltas (for evaluate).
template <typename T>
T total_loss(Loss loss, const Matrix<T>& z, const Matrix<T>& y, const Matrix<T>& targets);

// The one-hot targets T (m × classes) of m labels: T(s, label[s]) = 1, every other entry 0.
template <typename T>
void one_hot(const std::uint8_t* labels, std::size_t m, std::size_t classes, Matrix<T>& targets);

}  // namespace vec
