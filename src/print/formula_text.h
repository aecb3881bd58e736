// A recorded value's formula written out, as the rule table writes it (scalar/rules.h): in symbols ("η·δ·a")
// and with the numbers of the record put in ("0.5·(-0.1353)·0.7311").
#pragma once

#include "scalar/record.h"

#include <string>

// The formula in symbols, as in the docs: "Σ a·w + b", "sigmoid(z)", "y(1 − y)·(t − y)", "η·δ·a", "w + Δw", …
// Empty for inputs and given values.
std::string symbolic_formula(const scalar::Quantity& q);

// The formula with the operands put in, each as `shown` has it (the caller decides how numbers are written).
// Long weighted sums show their first and last terms: "1·0.5 + 1·0.25 + … + 1·0.1 (200000 terms)".
std::string substituted_formula(const scalar::Quantity& q, const scalar::Operands<scalar::Shown>& shown);

// A computed value with `decimals` decimals; on a calculator its exact digits ("1000.000000000000").
std::string computed_text(const scalar::Quantity& q, int decimals);

// How an operand is written in a formula: a given value exactly as written in the problem ("0.908405"); a
// computed one with `decimals` decimals; a weight carried from an earlier step as a person writes it ("0.8")
// or with `decimals` decimals when it has more digits (0.79202).
std::string operand_text(const scalar::Quantity& operand, int decimals);

// The operands of q as they stand in `record`, each written by operand_text.
scalar::Operands<scalar::Shown> shown_operands(const scalar::Record& record, const scalar::Quantity& q, int decimals);

// One recorded value as on paper: "key = formula = numbers = value", the formula in symbols left out for
// sums and activations (their numbers say it): "δ[2][1] = y(1 − y)·(t − y) = 0.7744·(1 − 0.7744)·(0 − 0.7744) = -0.1353".
// Computed values are written with `decimals` decimals; given ones as shown_operands writes them.
std::string value_line(const scalar::Record& record, const scalar::Quantity& q, int decimals);
std::string value_line(const scalar::Record& record, const scalar::Key& key, int decimals);
