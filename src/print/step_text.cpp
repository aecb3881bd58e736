#include "print/step_text.h"

#include "print/formula_text.h"

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

void print_stage(std::ostream& out, const Record& record, Stage stage, int decimals, const std::string& indent) {
    for (const Quantity* q : computed_in(record, stage)) out << indent << value_line(record, *q, decimals) << "\n";
}
