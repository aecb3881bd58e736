#include "print/step_text.h"

#include "print/formula_text.h"

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

void print_stage(std::ostream& out, const Record& record, Stage stage, int decimals, const std::string& indent) {
    for (const Quantity* q : computed_in(record, stage)) out << indent << value_line(record, *q, decimals) << "\n";
}

// The change that a line of the update stage belongs to: Δw[l][j][i] for itself and for new_w[l][j][i],
// Δb[l][j] for itself and for new_b[l][j].
static Key change_of(const Key& k) {
    if (k.name == QuantityName::new_w) return key::dw(k.layer, k.neuron, k.input);
    if (k.name == QuantityName::new_b) return key::db(k.layer, k.neuron);
    return k;
}

std::size_t print_changes(std::ostream& out, const Record& record, int decimals, const std::string& indent) {
    std::size_t left_out = 0;
    for (const Quantity* q : computed_in(record, Stage::update)) {
        if (record.value(change_of(q->key)) == 0) {
            left_out += q->key.name == QuantityName::dw || q->key.name == QuantityName::db;
            continue;
        }
        out << indent << value_line(record, *q, decimals) << "\n";
    }
    return left_out;
}
