// Console output for lessons 04–05: chosen lines of a step's record ("z[1][2] = 1·0.4 + 1·0.9 = 1.3000")
// and plain aligned tables. Printing only; the values come from scalar/backprop.h.
#pragma once

#include "print/trace_printers.h"
#include "scalar/record.h"

#include <ostream>
#include <string>
#include <vector>

// Every computed value of `stage` in `record`, one value_line (print/formula_text.h) each, after `indent`.
void print_stage(std::ostream& out, const Record& record, Stage stage, int decimals, const std::string& indent = "  ");

// A table: the header row, a rule, then the rows (each as long as the header), columns right-aligned to
// their widest cell (counted in characters, so "Δw" is 2 wide) and two spaces apart, after `indent`.
void print_table(std::ostream& out, const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows, const std::string& indent = "  ");
