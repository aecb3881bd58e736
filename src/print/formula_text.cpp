#include "print/formula_text.h"

#include "core/number_format.h"

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

std::string symbolic_formula(const Quantity& q) {
    return rule_entry(q.rule).symbol(q.activation, !q.operands.bias.empty());
}

std::string substituted_formula(const Quantity& q, const Operands<Shown>& shown) {
    return rule_entry(q.rule).numbers(shown, q.activation);
}

// A given value as a person writes it ("0.8", "1e+300"), or to `decimals` decimals when it has more digits
// than that (an updated weight such as 0.7920197451579396 is written "0.79202").
static std::string given_text(double x, int decimals) {
    const std::string shortest = plain(x);
    const std::size_t point = shortest.find('.');
    const bool short_enough = shortest.find('e') != std::string::npos || point == std::string::npos ||
                              shortest.size() - point - 1 <= static_cast<std::size_t>(decimals);
    return short_enough ? shortest : fixed(x, decimals);
}

Operands<Shown> shown_operands(const Record& record, const Quantity& q, int decimals) {
    return map<Shown>(q.operands, [&](std::size_t k) {
        const Quantity& operand = record[k];
        return Shown{operand.value, is_computed(operand.rule) ? fixed(operand.value, decimals) : given_text(operand.value, decimals)};
    });
}

std::string value_line(const Record& record, const Quantity& q, int decimals) {
    const std::string numbers = substituted_formula(q, shown_operands(record, q, decimals));
    const std::string symbols = rule_entry(q.rule).symbol_shown ? symbolic_formula(q) + " = " : "";
    return text(q.key) + " = " + symbols + numbers + " = " + fixed(q.value, decimals);
}

std::string value_line(const Record& record, const Key& key, int decimals) {
    return value_line(record, record[record.index(key)], decimals);
}
