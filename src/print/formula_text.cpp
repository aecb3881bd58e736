#include "print/formula_text.h"

#include "core/number_format.h"

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

std::string symbolic_formula(const Quantity& q) {
    return rule_entry(q.rule).symbol(q.activation, !q.operands.bias.empty());
}

std::string substituted_formula(const Quantity& q, const Operands<Shown>& shown) {
    return rule_entry(q.rule).numbers(shown, q.activation);
}

std::string computed_text(const scalar::Quantity& q, int decimals) {
    return q.exact ? q.exact->fixed(decimals) : fixed(q.value, decimals);
}

// A weight an earlier step computed, as a person writes it ("0.8"), or to `decimals` decimals when it has
// more digits than that (0.7920197451579396 is written "0.79202").
static std::string carried_text(double x, int decimals) {
    const std::string shortest = plain(x);
    const std::size_t point = shortest.find('.');
    const bool short_enough = shortest.find('e') != std::string::npos || point == std::string::npos ||
                              shortest.size() - point - 1 <= static_cast<std::size_t>(decimals);
    return short_enough ? shortest : fixed(x, decimals);
}

std::string operand_text(const Quantity& operand, int decimals) {
    switch (operand.rule) {
        case Rule::input:
        case Rule::given: return plain(operand.value);  // as written in the problem: its shortest exact text
        case Rule::carried: return operand.exact ? computed_text(operand, decimals) : carried_text(operand.value, decimals);
        default: return computed_text(operand, decimals);
    }
}

Operands<Shown> shown_operands(const Record& record, const Quantity& q, int decimals) {
    return map<Shown>(q.operands, [&](std::size_t k) {
        const Quantity& operand = record[k];
        return Shown{operand.value, operand_text(operand, decimals)};
    });
}

std::string value_line(const Record& record, const Quantity& q, int decimals) {
    const std::string numbers = substituted_formula(q, shown_operands(record, q, decimals));
    const std::string symbols = rule_entry(q.rule).symbol_shown ? symbolic_formula(q) + " = " : "";
    return text(q.key) + " = " + symbols + numbers + " = " + computed_text(q, decimals);
}

std::string value_line(const Record& record, const Key& key, int decimals) {
    return value_line(record, record[record.index(key)], decimals);
}
