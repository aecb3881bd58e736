#include "classroom/explanation.h"

#include "core/number_format.h"
#include "print/formula_text.h"

#include <cmath>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// The workings' values alone, by name.
static Operands<double> values_of(const Workings& workings) {
    return map<double>(workings, [](const Worked& w) { return w.value; });
}

double worked_value(const Quantity& q, const Workings& workings) { return evaluate(q, values_of(workings)); }

// "a[1][2] = 0.6", "a[1][2] = 0.6 and δ[2][1] = 0.2", "A = 1, B = 2 and C = 3".
static std::string listing(const std::vector<std::string>& items) {
    std::string text;
    for (std::size_t k = 0; k < items.size(); ++k) text += (k == 0 ? "" : k + 1 == items.size() ? " and " : ", ") + items[k];
    return text;
}

// "from your a[1][2] = 0.6 and δ[2][1] = 0.2", "from your a[1][1] = 0.5, and the true δ[2][1] = 0.1280"
// (for values the student did not give), or "from the problem's numbers". A weight the step carries from
// the one before counts as the student's when they gave its new value there ("your w[1][1][1] = 0.3064"). Names the computed operands that
// the written formula shows (the rule table says which: the z of a sigmoid δ is not shown, a relu's is).
static std::string sources(const Record& problem, const Quantity& q, const Workings& workings) {
    std::vector<std::string> yours, true_ones;
    for_each_operand(workings, [&](Field field, const Worked& w) {
        const Quantity& operand = problem[w.index];
        const bool own_carried = operand.rule == Rule::carried && w.yours;  // their new w or b of the step before
        if ((!is_computed(operand.rule) && !own_carried) || !shows_operand(q.rule, q.activation, field)) return;
        (w.yours ? yours : true_ones).push_back(text(operand.key) + " = " + w.text);
    });
    if (yours.empty() && true_ones.empty()) return "from the problem's numbers";
    if (true_ones.empty()) return "from your " + listing(yours);
    if (yours.empty()) return "from the true " + listing(true_ones);
    return "from your " + listing(yours) + ", and the true " + listing(true_ones);
}

// The answers to `decimals` decimals that `reach` accepts, when there is more than one:
// " (any value from -0.1209 to -0.1206 is accepted)"; "" otherwise, or for a plain band.
static std::string accepted(const Reach& reach, const Tolerance& tolerance) {
    if (tolerance.band) return "";
    const double unit = 2 * half_unit(tolerance.decimals);
    const double slack = tolerance.width + 1e-12 * (1 + std::fabs(reach.lo()) + std::fabs(reach.hi()));
    const double lowest = std::ceil((reach.lo() - slack) / unit) * unit, highest = std::floor((reach.hi() + slack) / unit) * unit;
    if (!(highest > lowest + unit / 2)) return "";
    return " (any value from " + fixed(lowest, tolerance.decimals) + " to " + fixed(highest, tolerance.decimals) + " is accepted)";
}

std::string explain_mistake(const Record& problem, const Quantity& q, const Workings& workings, const Answer& yours,
                            const Tolerance& tolerance, const Reach& reach, const std::string& slip) {
    const Operands<Shown> shown = map<Shown>(workings, [](const Worked& w) { return Shown(w); });
    std::string line = text(q.key) + ": you wrote " + yours.text + "; " + sources(problem, q, workings) + ", " +
                       symbolic_formula(q) + " = " + substituted_formula(q, shown) + " = " +
                       fixed(worked_value(q, workings), tolerance.decimals) + accepted(reach, tolerance);
    return slip.empty() ? line : line + "; " + slip;
}

std::string slip_kind(const std::string& slip) { return slip.substr(0, slip.find_first_of("-0123456789")); }

// Δw = η·δ·a or Δb = η·δ worked with another rate: "the rate η = 0.5 is missing" when yours is δ·a alone,
// "this is η = 0.1 at work, not η = 0.5" for another common rate, else "".
static std::string rate_slip(const Quantity& q, const Operands<double>& v, double yours, const Tolerance& tolerance) {
    const double eta = v.rate[0];
    for (double rate : {1.0, 0.01, 0.05, 0.1, 0.2, 0.25, 0.5, 2.0}) {
        Operands<double> other = v;
        other.rate = {rate};
        if (rate == eta || !tolerance.matches(yours, evaluate(q, other))) continue;
        if (rate == 1) return "the rate η = " + plain(eta) + " is missing";
        return "this is η = " + plain(rate) + " at work, not the problem's η = " + plain(eta);
    }
    return "";
}

std::string recognised_slip(const Quantity& q, const Workings& workings, double yours, const Tolerance& tolerance) {
    const Operands<double> v = values_of(workings);
    const double value = evaluate(q, v);
    switch (q.rule) {
        case Rule::new_weight:
        case Rule::new_bias:
            if (tolerance.matches(yours, v.old[0] - v.change[0])) return "the change was subtracted, but it is added (delta = −∂E/∂z already holds the minus)";
            break;
        case Rule::output_delta:
        case Rule::hidden_delta:
            if (q.activation != Activation::linear &&
                tolerance.matches(yours, rule_entry(q.rule).evaluate(v, Activation::linear))) {
                return "the factor f′ = " + derivative_formula(q.activation) + " is missing";
            }
            break;
        case Rule::weight_change:
        case Rule::bias_change: {
            const std::string slip = rate_slip(q, v, yours, tolerance);
            if (!slip.empty()) return slip;
            break;
        }
        case Rule::weighted_sum:
            if (!v.bias.empty() && v.bias[0] != 0 && tolerance.matches(yours, value - v.bias[0])) {
                return "the bias b = " + plain(v.bias[0]) + " is missing";
            }
            break;
        case Rule::activation:
            if (q.activation != Activation::linear && tolerance.matches(yours, v.z[0])) return "f was not applied: this is z itself";
            if (q.activation == Activation::sigmoid && tolerance.matches(yours, activate(q.activation, -v.z[0]))) {
                return "this is sigmoid(−z): check the sign in 1 / (1 + e^(−z))";
            }
            break;
        case Rule::squared_error:
            if (tolerance.matches(yours, 2 * value)) return "the ½ is missing";
            break;
        default: break;
    }
    if (!tolerance.matches(0, value) && tolerance.matches(yours, -value)) return "the sign is wrong";
    return "";
}
