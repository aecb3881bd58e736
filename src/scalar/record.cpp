#include "scalar/record.h"

#include <cfloat>
#include <cmath>
#include <stdexcept>

std::string indexed(const std::string& name, std::initializer_list<std::size_t> indices) {
    std::string key = name;
    for (std::size_t k : indices) key += "[" + std::to_string(k) + "]";
    return key;
}

double round_to(double x, int decimals) {
    const double scale = std::pow(10.0, decimals);
    // x·scale of a decimal tie such as 1.005·100 lands a hair below 100.5 in binary; the nudge of a few
    // units in the last place makes it round away from zero, as the decimal number on a calculator does.
    const double scaled = x * scale * (1.0 + 8 * DBL_EPSILON);
    return std::round(scaled) / scale;
}

Record::Record(int decimals) : decimals_(decimals) {}

std::size_t Record::give(const std::string& key, double value, Rule rule) {
    Quantity q;
    q.key = key;
    q.value = value;
    q.rule = rule;
    return add(std::move(q));
}

std::size_t Record::compute(const std::string& key, Rule rule, const std::vector<std::size_t>& operands,
                            Activation f) {
    std::vector<double> values;
    values.reserve(operands.size());
    for (std::size_t k : operands) values.push_back(quantities_.at(k).value);
    Quantity q;
    q.key = key;
    q.rule = rule;
    q.activation = f;
    q.operands = operands;
    q.value = evaluate(rule, f, values);
    if (decimals_ >= 0) q.value = round_to(q.value, decimals_);
    return add(std::move(q));
}

std::size_t Record::add(Quantity q) {
    if (positions_.count(q.key)) throw std::logic_error("Record: " + q.key + " recorded twice");
    positions_[q.key] = quantities_.size();
    quantities_.push_back(std::move(q));
    return quantities_.size() - 1;
}

bool Record::has(const std::string& key) const { return positions_.count(key) > 0; }

std::size_t Record::index(const std::string& key) const {
    const auto found = positions_.find(key);
    if (found == positions_.end()) throw std::out_of_range("no recorded value named " + key);
    return found->second;
}

double Record::value(const std::string& key) const { return quantities_[index(key)].value; }
