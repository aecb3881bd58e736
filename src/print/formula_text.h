// A recorded value's formula written out: symbolically ("η·δ·a") and with numbers put in ("0.5·(-0.1353)·0.7311").
#pragma once

#include "scalar/record.h"

#include <string>
#include <vector>

// The formula in symbols, as in the docs: "Σ a·w + b", "sigmoid(z)", "a(1 − a)(t − a)", "η·δ·a", "w + dw", …
// Empty for inputs and given values.
std::string symbolic_formula(const Quantity& q);

// The formula with its operands written in: `operands` holds one text per operand of q, in q's operand order
// (the caller decides how each number is written). For long weighted sums only the first and last terms are
// written, with the number of terms: "1·0.5 + 1·0.25 + … + 1·0.1 (200000 terms)".
std::string substituted_formula(const Quantity& q, const std::vector<std::string>& operands);

// The operand texts of q as they stand in `record`: computed values with `decimals` decimals, given values
// as a person writes them ("0.8"), or with `decimals` decimals when they have more digits (an updated weight).
std::vector<std::string> operand_texts(const Record& record, const Quantity& q, int decimals);

// One recorded value as on paper: "key = formula = numbers = value", the formula in symbols left out for
// sums and activations (their numbers say it): "delta[2][1] = y(1 − y)·(t − y) = 0.7744·(1 − 0.7744)·(0 − 0.7744) = -0.1353".
// Computed values are written with `decimals` decimals; given ones as a person writes them ("0.8"), or with
// `decimals` decimals when they have more (an updated weight).
std::string value_line(const Record& record, const std::string& key, int decimals);

