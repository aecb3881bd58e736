// The rule table: every formula of a training step, once. How to evaluate it, how it is written in symbols
// and with numbers put in, and which operands it reads, by name. backprop, the printers and the marker ask it.
#pragma once

#include "scalar/activation.h"
#include "scalar/operands.h"

#include <string>

namespace scalar {

// Which formula produced a value (the operands each one reads are listed in rules.cpp's table).
enum class Rule {
    input,          // a[0][i]: an input value, given
    given,          // a weight, bias, target or the rate η, given (as written in the problem)
    carried,        // a weight or bias computed by an earlier training step, given to this one
    weighted_sum,   // z = Σ_i a_i·w_i + b
    activation,     // a = f(z)
    softmax,        // a_j = e^(z_j) / Σ_k e^(z_k)
    squared_error,  // E = ½ Σ_j (t_j − y_j)²
    cross_entropy,  // E = −Σ_j t_j ln y_j
    output_delta,   // δ[L][j] = f′(z[L][j])·(t_j − y_j)
    softmax_delta,  // δ[L][j] = t_j − y_j (softmax with cross-entropy)
    hidden_delta,   // δ[l][j] = f′(z[l][j])·Σ_k w[l+1][k][j]·δ[l+1][k]
    weight_change,  // Δw[l][j][i] = η·δ[l][j]·a[l−1][i]
    bias_change,    // Δb[l][j] = η·δ[l][j]
    new_weight,     // w ← w + Δw
    new_bias,       // b ← b + Δb
};

// The four stages of a training step, in the order they are computed and printed.
enum class Stage { forward, error, backward, update };

// One operand as it is shown: its value, and its text as the printer or the student wrote it.
struct Shown {
    double value = 0;
    std::string text;
};

// One formula of the table.
struct RuleEntry {
    Rule rule;
    Stage stage;                 // where it belongs (inputs and givens count as forward)
    bool computed;               // false for inputs and givens
    bool symbol_shown;           // whether a printed line shows the symbols ("η·δ·a") before the numbers
    // The value from the operands' values; f is the neuron's activation (activation and δ rules).
    double (*evaluate)(const Operands<double>& v, Activation f);
    // The same on a calculator showing `decimals` decimals: exact for sums and products, e^x, tanh and ln
    // rounded to `decimals` where that can be decided (RoundingError otherwise).
    Decimal (*exact)(const Operands<Decimal>& v, Activation f, int decimals);
    // Every value a careful student can reach from these operands, rounding any intermediate result along the
    // way (core/reach.h): the formula computed step by step as on paper.
    Reach (*reach)(const Operands<Reach>& v, Activation f);
    // The formula in symbols, as in the docs: "Σ a·w + b", "y(1 − y)·(t − y)", "η·δ·a"; `biased`: whether a
    // weighted sum has a bias.
    std::string (*symbol)(Activation f, bool biased);
    // The formula with the operands put in: "0.5·(-0.1353)·0.7311".
    std::string (*numbers)(const Operands<Shown>& v, Activation f);
    // The formula in the docs' index notation, for lists of formulas: "Δw[l][j][i] = η·δ[l][j]·a[l−1][i]"
    // ("" for inputs, givens and activations, whose f is written out by activation_definition).
    std::string (*definition)(bool biased);
};

// The entry of `rule`.
const RuleEntry& rule_entry(Rule rule);

// Whether `rule` computes a value (everything but input and given).
bool is_computed(Rule rule);

// Whether the written formula of `rule` (with activation f) shows operand field `field` as a number: the z
// of a sigmoid δ does not (its f′ is written with a), the z of a relu δ does (it decides 1 or 0).
bool shows_operand(Rule rule, Activation f, Field field);

// "stage" as a title: "forward pass", "error", "backward pass", "update".
std::string stage_title(Stage stage);

}  // namespace scalar
