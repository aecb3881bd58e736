// Every formula of a training step, as a plain function of its operands: the one place the arithmetic lives.
#pragma once

#include "scalar/activation.h"

#include <string>
#include <vector>

// Which formula produced a value. The comment gives the formula and the order of its operands.
enum class Rule {
    input,          // a[0][i]: an input value, given
    given,          // a weight, bias, target or the rate η, given
    weighted_sum,   // z = Σ_i a_i·w_i + b                  operands: a_1, w_1, a_2, w_2, …, and b if the layer has biases
    activation,     // a = f(z)                              operands: z
    softmax,        // a_j = e^(z_j) / Σ_k e^(z_k)           operands: z_j, z_1, …, z_n
    squared_error,  // E = ½ Σ_j (t_j − y_j)²                operands: t_1, y_1, t_2, y_2, …
    cross_entropy,  // E = −Σ_j t_j ln y_j                   operands: t_1, y_1, t_2, y_2, …
    output_delta,   // δ_j = f′(z_j)(t_j − y_j)              operands: z_j, y_j, t_j
    softmax_delta,  // δ_j = t_j − y_j (softmax + cross-entropy)  operands: t_j, y_j
    hidden_delta,   // δ_i = f′(z_i) Σ_j w_ji δ_j            operands: z_i, a_i, w_1i, δ_1, w_2i, δ_2, …
    weight_change,  // Δw_ji = η δ_j a_i                     operands: η, δ_j, a_i
    bias_change,    // Δb_j = η δ_j                          operands: η, δ_j
    updated,        // w ← w + Δw (or b ← b + Δb)            operands: w, Δw
};

// The value of `rule` for these operand values (in the order listed above); f is the activation of the
// neuron for activation, output_delta and hidden_delta, and ignored otherwise.
double evaluate(Rule rule, Activation f, const std::vector<double>& operands);

// True for the rules that compute a value (everything but input and given).
bool is_computed(Rule rule);
