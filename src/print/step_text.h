// Console output for lessons 04–05: chosen lines of a step's record ("z[1][2] = 1·0.4 + 1·0.9 = 1.3000")
// and plain aligned tables. Printing only; the values come from scalar/backprop.h.
#pragma once

#include "print/trace_printers.h"
#include "record/record.h"

#include <ostream>
#include <string>
#include <vector>

// One recorded value as on paper: "key = formula = numbers = value", the formula in symbols left out for
// sums and activations (their numbers say it): "delta[2][1] = y(1 − y)·(t − y) = 0.7744·(1 − 0.7744)·(0 − 0.7744) = -0.1353".
// Computed values are written with `decimals` decimals; given ones as a person writes them ("0.8"), or with
// `decimals` decimals when they have more (an updated weight).
std::string value_line(const Record& record, const std::string& key, int decimals);

// Every computed value of `stage` in `record`, one value_line each, after `indent`. Bias values (db, new_b)
// are left out when `with_biases` is false, for a network that has none.
void print_stage(std::ostream& out, const Record& record, Stage stage, int decimals, bool with_biases = true,
                 const std::string& indent = "  ");

// A table: the header row, a rule, then the rows (each as long as the header), columns right-aligned to
// their widest cell (counted in characters, so "Δw" is 2 wide) and two spaces apart, after `indent`.
void print_table(std::ostream& out, const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows, const std::string& indent = "  ");
