// Console output for lessons 03–05: chosen lines of a step's record ("z[1][2] = 1·0.4 + 1·0.9 = 1.3000").
// Printing only; the values come from scalar/backprop.h. The lessons' tables: print/table.h.
#pragma once

#include "print/trace_printers.h"
#include "scalar/record.h"

#include <ostream>
#include <string>
#include <vector>

// Every computed value of `stage` in `record`, one value_line (print/formula_text.h) each, after `indent`.
void print_stage(std::ostream& out, const scalar::Record& record, scalar::Stage stage, int decimals, const std::string& indent = "  ");

// The update stage of `record` without the pairs that change nothing: a Δw[l][j][i] or Δb[l][j] that is
// exactly 0 (its δ is 0, or its input a is 0) is left out with the new_w or new_b it makes. Returns how many
// such pairs were left out.
std::size_t print_changes(std::ostream& out, const scalar::Record& record, int decimals, const std::string& indent = "  ");
