#include "classroom/explanation.h"

#include "print/formula_text.h"
#include "core/number_format.h"

double worked_value(const Quantity& q, const Workings& workings) { return evaluate(q.rule, q.activation, workings.values); }

// Whether operand k of q shows in its substituted formula as a computed value worth naming: z of a delta
// only matters for relu (sigmoid and tanh write f′ with a).
static bool worth_naming(const Record& problem, const Quantity& q, std::size_t k) {
    if (!is_computed(problem[q.operands[k]].rule)) return false;
    const bool delta = q.rule == Rule::output_delta || q.rule == Rule::hidden_delta;
    return !(delta && k == 0 && q.activation != Activation::relu);
}

// "a[1][2] = 0.6", "a[1][2] = 0.6 and delta[2][1] = 0.2", "A = 1, B = 2 and C = 3".
static std::string listing(const std::vector<std::string>& items) {
    std::string text;
    for (std::size_t k = 0; k < items.size(); ++k) text += (k == 0 ? "" : k + 1 == items.size() ? " and " : ", ") + items[k];
    return text;
}

// "from your a[1][2] = 0.6 and delta[2][1] = 0.2", "from your a[1][1] = 0.5, and the true delta[2][1] = 0.1280"
// (for values the student did not give), or "from the problem's numbers".
static std::string sources(const Record& problem, const Quantity& q, const Workings& workings) {
    std::vector<std::string> yours, true_ones;
    for (std::size_t k = 0; k < q.operands.size(); ++k) {
        if (!worth_naming(problem, q, k)) continue;
        (workings.yours[k] ? yours : true_ones).push_back(problem[q.operands[k]].key + " = " + workings.texts[k]);
    }
    if (yours.empty() && true_ones.empty()) return "from the problem's numbers";
    if (true_ones.empty()) return "from your " + listing(yours);
    if (yours.empty()) return "from the true " + listing(true_ones);
    return "from your " + listing(yours) + ", and the true " + listing(true_ones);
}

std::string explain_mistake(const Record& problem, const Quantity& q, const Workings& workings, const Answer& yours,
                            const Tolerance& tolerance) {
    std::string text = q.key + ": you wrote " + yours.text + "; " + sources(problem, q, workings) + ", " +
                       symbolic_formula(q) + " = " + substituted_formula(q, workings.texts) + " = " +
                       fixed(worked_value(q, workings), tolerance.decimals);
    const std::string slip = recognised_slip(q, workings, yours.value, tolerance);
    return slip.empty() ? text : text + "; " + slip;
}

// The formula of q applied to the workings with operand k replaced by `x`.
static double with_operand(const Quantity& q, const Workings& workings, std::size_t k, double x) {
    std::vector<double> values = workings.values;
    values[k] = x;
    return evaluate(q.rule, q.activation, values);
}

// Δw = η·δ·a or Δb = η·δ worked with another rate: "the rate η = 0.5 is missing" when yours is δ·a alone,
// "this is η = 0.1 at work, not η = 0.5" for another common rate, else "".
static std::string rate_slip(const Quantity& q, const Workings& workings, double yours, const Tolerance& tolerance) {
    const double eta = workings.values[0];
    for (double rate : {1.0, 0.01, 0.05, 0.1, 0.2, 0.25, 0.5, 2.0}) {
        if (rate == eta || !tolerance.matches(yours, with_operand(q, workings, 0, rate))) continue;
        if (rate == 1) return "the rate η = " + plain(eta) + " is missing";
        return "this is η = " + plain(rate) + " at work, not the problem's η = " + plain(eta);
    }
    return "";
}

std::string recognised_slip(const Quantity& q, const Workings& workings, double yours, const Tolerance& tolerance) {
    const double value = worked_value(q, workings);
    const std::vector<double>& v = workings.values;
    switch (q.rule) {
        case Rule::updated:
            if (tolerance.matches(yours, v[0] - v[1])) return "the change was subtracted, but it is added (delta = −∂E/∂z already holds the minus)";
            break;
        case Rule::output_delta:
        case Rule::hidden_delta:
            if (q.activation != Activation::linear && tolerance.matches(yours, evaluate(q.rule, Activation::linear, v))) {
                return "the factor f′ = " + derivative_formula(q.activation) + " is missing";
            }
            break;
        case Rule::weight_change:
        case Rule::bias_change: {
            const std::string slip = rate_slip(q, workings, yours, tolerance);
            if (!slip.empty()) return slip;
            break;
        }
        case Rule::weighted_sum:
            if (v.back() != 0 && tolerance.matches(yours, value - v.back())) return "the bias b = " + plain(v.back()) + " is missing";
            break;
        case Rule::activation:
            if (q.activation != Activation::linear && tolerance.matches(yours, v[0])) return "f was not applied: this is z itself";
            if (q.activation == Activation::sigmoid && tolerance.matches(yours, activate(q.activation, -v[0]))) {
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
