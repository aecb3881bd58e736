// A record of named values (z[1][2], delta[2][1], …), each with its formula and operands. Printers read it.
#pragma once

#include "scalar/formulas.h"

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

// One named value and how it was computed.
struct Quantity {
    std::string key;                     // "z[1][2]", "w[2][1][3]", "E", "rate", …
    double value = 0;                    // as computed (and rounded, when the record rounds)
    Rule rule = Rule::given;             // the formula that produced it
    Activation activation = Activation::linear;  // the neuron's f, for activation and delta rules
    std::vector<std::size_t> operands;   // indices of the quantities it was computed from, in formula order
};

// "z" with indices {1, 2} → "z[1][2]".
std::string indexed(const std::string& name, std::initializer_list<std::size_t> indices);

// Rounds x to `decimals` decimals, half away from zero, as a calculator shows it (decimals 0..12).
double round_to(double x, int decimals);

// The quantities of one training step, in the order they were computed.
class Record {
public:
    // decimals < 0: keep full precision; otherwise every computed value is rounded to that many decimals
    // as soon as it is computed, and the rounded value is what later formulas use.
    explicit Record(int decimals = -1);

    // Records a value that is given (an input, weight, bias, target or the rate). Returns its index.
    std::size_t give(const std::string& key, double value, Rule rule = Rule::given);

    // Computes `rule` from the operands' recorded values, rounds it if the record rounds, records it.
    // Returns its index.
    std::size_t compute(const std::string& key, Rule rule, const std::vector<std::size_t>& operands,
                        Activation f = Activation::linear);

    bool has(const std::string& key) const;             // whether `key` was recorded
    std::size_t index(const std::string& key) const;    // its position; throws std::out_of_range if absent
    double value(const std::string& key) const;         // its value; throws std::out_of_range if absent
    const Quantity& operator[](std::size_t k) const { return quantities_[k]; }
    std::size_t size() const { return quantities_.size(); }
    int decimals() const { return decimals_; }          // < 0 when values are kept in full
    const std::vector<Quantity>& quantities() const { return quantities_; }

private:
    std::size_t add(Quantity q);

    int decimals_;
    std::vector<Quantity> quantities_;
    std::unordered_map<std::string, std::size_t> positions_;
};
