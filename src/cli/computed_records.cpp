#include "cli/computed_records.h"

#include "classroom/questions.h"
#include "core/input_error.h"
#include "core/number_format.h"

#include <cmath>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// "step 2: " when there is more than one step to tell apart, else "".
static std::string step_prefix(std::size_t step, std::size_t steps) {
    return steps > 1 ? "step " + std::to_string(step) + ": " : "";
}

// Throws InputError when a value of `record` is not finite: a number too large for a double is no hand calculation.
static void require_finite(const Record& record, const std::string& where, const std::string& file) {
    for (const Quantity& q : record.quantities()) {
        if (!std::isfinite(q.value)) {
            throw InputError(file, 0, where + text(q.key) + " comes out as " + plain(q.value) +
                                          " (expected numbers small enough to compute with: the inputs, weights or rate are too large)");
        }
    }
}

// On a calculator the new weights and biases must reach the next step exactly; the network holds them as
// doubles, so one with more digits than a double holds is refused, not carried changed.
static void require_carried_exactly(const Record& record, const std::string& where, const std::string& file) {
    for (const Quantity& q : record.quantities()) {
        const bool updated = q.rule == Rule::new_weight || q.rule == Rule::new_bias;
        if (updated && q.exact && Decimal::of(q.value) != *q.exact) {
            throw InputError(file, 0, where + text(q.key) + " = " + q.exact->text() + " has more digits than the next step " +
                                          "can carry (expected fewer decimals, or fewer steps)");
        }
    }
}

std::vector<Record> traced_records(NetFile net, std::size_t steps, int decimals, const std::string& file) {
    const std::size_t count = net.trains() ? steps : net.examples.size();
    std::vector<Record> records;
    for (std::size_t k = 0; k < count; ++k) {
        const Example& example = net.examples[k % net.examples.size()];
        try {
            records.push_back(net.trains() ? training_step(net.network, example, net.rate, net.loss, decimals)
                                           : forward_pass(net.network, example.inputs, decimals));
        } catch (const RoundingError& error) {
            throw InputError(file, 0, step_prefix(k + 1, count) + error.what());
        }
        require_finite(records.back(), step_prefix(k + 1, count), file);
        if (k + 1 < count) require_carried_exactly(records.back(), step_prefix(k + 1, count), file);
    }
    return records;
}

Record problem_values(const NetFile& net, int decimals, const std::string& file) {
    try {
        const Record record = problem_record(net, decimals);
        require_finite(record, "", file);
        return record;
    } catch (const RoundingError& error) {
        throw InputError(file, 0, error.what());
    }
}
