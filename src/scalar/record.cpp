#include "scalar/record.h"

#include <stdexcept>

namespace scalar {

Record::Record(int decimals) : decimals_(decimals) {}

std::size_t Record::give(const Key& key, double value, Rule rule) {
    Quantity q;
    q.key = key;
    q.value = value;
    q.rule = rule;
    if (decimals_ >= 0) q.exact = Decimal::of(value);  // as written: 0.1 is 0.1, not 0.1000000000000000055…
    return add(std::move(q));
}

std::size_t Record::compute(const Key& key, Rule rule, const Operands<std::size_t>& operands, Activation f) {
    Quantity q;
    q.key = key;
    q.rule = rule;
    q.activation = f;
    q.operands = operands;
    if (decimals_ < 0) {
        q.value = rule_entry(rule).evaluate(values(operands), f);
        return add(std::move(q));
    }
    try {
        q.exact = rule_entry(rule).exact(exact_values(operands), f, decimals_).rounded(decimals_);
    } catch (const RoundingError& error) {
        throw RoundingError(text(key) + ": " + error.what());
    }
    q.value = q.exact->to_double();
    return add(std::move(q));
}

Operands<double> Record::values(const Operands<std::size_t>& operands) const {
    return map<double>(operands, [this](std::size_t k) { return quantities_.at(k).value; });
}

Operands<Decimal> Record::exact_values(const Operands<std::size_t>& operands) const {
    return map<Decimal>(operands, [this](std::size_t k) { return quantities_.at(k).exact.value(); });
}

std::size_t Record::add(Quantity q) {
    if (positions_.count(q.key)) throw std::logic_error("Record: " + text(q.key) + " recorded twice");
    positions_[q.key] = quantities_.size();
    quantities_.push_back(std::move(q));
    return quantities_.size() - 1;
}

bool Record::has(const Key& key) const { return positions_.count(key) > 0; }

std::size_t Record::index(const Key& key) const {
    const auto found = positions_.find(key);
    if (found == positions_.end()) throw std::out_of_range("no recorded value named " + text(key));
    return found->second;
}

double Record::value(const Key& key) const { return quantities_[index(key)].value; }

bool Record::has(const std::string& key) const {
    const auto parsed = parse_key(key);
    return parsed && has(*parsed);
}

std::size_t Record::index(const std::string& key) const {
    const auto parsed = parse_key(key);
    if (!parsed) throw std::out_of_range("no recorded value named " + key);
    return index(*parsed);
}

double Record::value(const std::string& key) const { return quantities_[index(key)].value; }

std::vector<const Quantity*> computed_in(const Record& record, Stage stage) {
    std::vector<const Quantity*> found;
    for (const Quantity& q : record.quantities()) {
        if (is_computed(q.rule) && rule_entry(q.rule).stage == stage) found.push_back(&q);
    }
    return found;
}

double evaluate(const Quantity& q, const Operands<double>& values) {
    return rule_entry(q.rule).evaluate(values, q.activation);
}

}  // namespace scalar
