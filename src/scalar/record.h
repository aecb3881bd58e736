// A record of named values (z[1][2], δ[2][1], …), each with its rule and its operands by name. Printers
// and the marker read it.
#pragma once

#include "scalar/quantity_key.h"
#include "scalar/rules.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace scalar {

// One named value and how it was computed.
struct Quantity {
    Key key;                                     // z[1][2], w[2][1][3], E, rate, …
    double value = 0;                            // as computed (and rounded, when the record rounds)
    std::optional<Decimal> exact;                // on a calculator: the value exactly (givens as written)
    Rule rule = Rule::given;                     // the formula that produced it
    Activation activation = Activation::linear;  // the neuron's f, for activation and delta rules
    Operands<std::size_t> operands;              // the indices of the quantities it was computed from, by name
};

// The quantities of one training step, in the order they were computed.
class Record {
public:
    // decimals < 0: keep full precision, in double. Otherwise the record works as a decimal calculator: the
    // given values are used exactly as written, sums and products are exact, every computed value is
    // rounded to that many decimals (half away from zero) as soon as it is computed, and the rounded value
    // is what later formulas use; compute throws RoundingError, naming the value, when a long double cannot
    // decide the rounding of e^x, tanh or ln.
    explicit Record(int decimals = -1);

    // Records a value that is given (an input, weight, bias, target or the rate). Returns its index.
    std::size_t give(const Key& key, double value, Rule rule = Rule::given);

    // Computes `rule` from the operands' recorded values, rounds it if the record rounds, records it.
    // Returns its index.
    std::size_t compute(const Key& key, Rule rule, const Operands<std::size_t>& operands,
                        Activation f = Activation::linear);

    bool has(const Key& key) const;             // whether `key` was recorded
    std::size_t index(const Key& key) const;    // its position; throws std::out_of_range if absent
    double value(const Key& key) const;         // its value; throws std::out_of_range if absent
    // The same, by the key's text ("z[1][2]"), for lessons and tests; a text that is no key is absent.
    bool has(const std::string& key) const;
    std::size_t index(const std::string& key) const;
    double value(const std::string& key) const;

    const Quantity& operator[](std::size_t k) const { return quantities_[k]; }
    std::size_t size() const { return quantities_.size(); }
    int decimals() const { return decimals_; }          // < 0 when values are kept in full
    const std::vector<Quantity>& quantities() const { return quantities_; }
    // The operands' recorded values.
    Operands<double> values(const Operands<std::size_t>& operands) const;
    // The operands' exact values (calculator mode only).
    Operands<Decimal> exact_values(const Operands<std::size_t>& operands) const;

private:
    std::size_t add(Quantity q);

    int decimals_;
    std::vector<Quantity> quantities_;
    std::map<Key, std::size_t> positions_;
};

// The computed quantities of `record` that belong to `stage`, in the order they were computed.
std::vector<const Quantity*> computed_in(const Record& record, Stage stage);

// The value of q's formula for other operand values (a student's): the rule table's evaluate.
double evaluate(const Quantity& q, const Operands<double>& values);

}  // namespace scalar
