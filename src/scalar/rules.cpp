#include "scalar/rules.h"

#include "core/number_format.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace scalar {

// The longest sum written out in full; longer ones show their first three and last terms.
static const std::size_t longest_sum = 8;

// "x_1·y_1 + x_2·y_2 + …", negative numbers in parentheses; "… (200000 terms)" for long sums.
static std::string sum_of_products(const std::vector<Shown>& x, const std::vector<Shown>& y) {
    const std::size_t terms = x.size();
    std::string sum;
    for (std::size_t k = 0; k < terms; ++k) {
        if (terms > longest_sum && k == 3) {
            sum += " + …";
            k = terms - 2;
            continue;
        }
        sum += (k == 0 ? "" : " + ") + parenthesized(x[k].text) + "·" + parenthesized(y[k].text);
    }
    if (terms > longest_sum) sum += " (" + std::to_string(terms) + " terms)";
    return sum;
}

// "term_1 + term_2 + …" for k = 1..n, in parentheses when there is more than one term.
template <class Term>
static std::string sum_of(std::size_t n, Term term) {
    std::string sum;
    for (std::size_t k = 0; k < n; ++k) sum += (k == 0 ? "" : " + ") + term(k);
    return n > 1 ? "(" + sum + ")" : sum;
}

// The formulas' values. Each is written once for Number = double (full precision) and Number = Decimal
// (calculator mode, exact); e^x, tanh and ln have a Decimal version of their own, rounded where decidable.

// z = Σ_i a_i·w_i + b, the products summed in order i = 1..n, then b.
template <class Number>
static Number weighted_sum(const Operands<Number>& v, Activation) {
    Number sum = Number(0);
    for (std::size_t i = 0; i < v.inputs.size(); ++i) sum = sum + v.inputs[i] * v.weights[i];
    return v.bias.empty() ? sum : sum + v.bias[0];
}

static double activation(const Operands<double>& v, Activation f) { return activate(f, v.z[0]); }
static Reach activation(const Operands<Reach>& v, Activation f) { return activate(f, v.z[0]); }
static Decimal activation(const Operands<Decimal>& v, Activation f, int decimals) { return activate(f, v.z[0], decimals); }

// a_j = e^(z_j − m) / Σ_k e^(z_k − m), m = max_k z_k (subtracting m keeps e^ from overflowing).
template <class Real>
static Real softmax_of(Real z, const std::vector<Real>& layer_z) {
    const Real m = *std::max_element(layer_z.begin(), layer_z.end());
    Real sum = 0;
    for (Real zk : layer_z) sum += std::exp(zk - m);
    return std::exp(z - m) / sum;
}

static double softmax(const Operands<double>& v, Activation) { return softmax_of(v.z[0], v.layer_z); }

// Numbers as long doubles, for e^x, tanh and ln on a calculator.
static std::vector<long double> long_doubles(const std::vector<Decimal>& numbers) {
    std::vector<long double> x;
    for (const Decimal& n : numbers) x.push_back(n.to_long_double());
    return x;
}

// On paper: each e^z, their sum, then the quotient.
static Reach softmax(const Operands<Reach>& v, Activation) {
    Reach sum(0);
    for (const Reach& zk : v.layer_z) sum = sum + zk.increasing(std::exp);
    return v.z[0].increasing(std::exp) / sum;
}

static Decimal softmax(const Operands<Decimal>& v, Activation, int decimals) {
    const std::vector<long double> layer_z = long_doubles(v.layer_z);
    const long double a = softmax_of(v.z[0].to_long_double(), layer_z);
    // Equal z's give exactly 1/n, which a long double holds exactly when n is a power of two.
    const std::size_t n = layer_z.size();
    const bool exact = std::count(layer_z.begin(), layer_z.end(), layer_z[0]) == static_cast<long>(n) && (n & (n - 1)) == 0;
    Decimal rounded;
    if (!Decimal::nearest(a, decimals, rounded, exact)) {
        throw RoundingError("e^z / Σ e^z lies too close to the middle between two numbers of " + std::to_string(decimals) +
                            " decimals to be rounded with certainty (try another number of decimals)");
    }
    return rounded;
}

// ½, exactly.
template <class Number>
static Number one_half();
template <>
double one_half<double>() { return 0.5; }
template <>
Reach one_half<Reach>() { return Reach::of(0.5, -1); }
template <>
Decimal one_half<Decimal>() {
    Decimal half;
    Decimal::parse("0.5", half);
    return half;
}

// E = ½ Σ_j (t_j − y_j)².
template <class Number>
static Number squared_error(const Operands<Number>& v, Activation) {
    Number sum = Number(0);
    for (std::size_t j = 0; j < v.t.size(); ++j) sum = sum + (v.t[j] - v.a[j]) * (v.t[j] - v.a[j]);
    return one_half<Number>() * sum;
}

// E = −Σ_j t_j ln y_j; a zero target adds nothing, even if y = 0. After a softmax, ln y_j is taken from the
// z's, ln y_j = z_j − m − ln Σ_k e^(z_k − m) with m = max z (log-sum-exp), so that a y too small for a double
// (e^−800) still gives its finite ln.
static double cross_entropy(const Operands<double>& v, Activation) {
    double log_sum = 0, m = 0;
    if (!v.layer_z.empty()) {
        m = *std::max_element(v.layer_z.begin(), v.layer_z.end());
        double sum = 0;
        for (double zk : v.layer_z) sum += std::exp(zk - m);
        log_sum = std::log(sum);
    }
    double sum = 0;
    for (std::size_t j = 0; j < v.t.size(); ++j) {
        if (v.t[j] == 0) continue;
        sum += v.t[j] * (v.layer_z.empty() ? std::log(v.a[j]) : v.layer_z[j] - m - log_sum);
    }
    return -sum;
}

// On paper: each ln y, each t·ln y, their sum, its negative.
static Reach cross_entropy(const Operands<Reach>& v, Activation) {
    Reach sum(0);
    for (std::size_t j = 0; j < v.t.size(); ++j) sum = sum + v.t[j] * v.a[j].increasing(std::log);
    return -sum;
}

static Decimal cross_entropy(const Operands<Decimal>& v, Activation, int decimals) {
    long double sum = 0;
    for (std::size_t j = 0; j < v.t.size(); ++j) {
        if (v.t[j] == Decimal(0)) continue;
        if (!(v.a[j] > Decimal(0))) {
            throw RoundingError("needs ln y[" + std::to_string(j + 1) + "], but y[" + std::to_string(j + 1) + "] rounds to " +
                                v.a[j].fixed(decimals) + " at " + std::to_string(decimals) +
                                " decimals, so −ln y is undefined (use more decimals)");
        }
        sum += v.t[j].to_long_double() * std::log(v.a[j].to_long_double());
    }
    Decimal rounded;
    if (!Decimal::nearest(-sum, decimals, rounded)) {
        throw RoundingError("−Σ t·ln y lies too close to the middle between two numbers of " + std::to_string(decimals) +
                            " decimals to be rounded with certainty (try another number of decimals)");
    }
    return rounded;
}

// δ[L][j] = f′(z)·(t_j − y_j).
template <class Number>
static Number output_delta(const Operands<Number>& v, Activation f) {
    return derivative(f, v.z[0], v.a[0]) * (v.t[0] - v.a[0]);
}

// δ[L][j] = t_j − y_j.
template <class Number>
static Number softmax_delta(const Operands<Number>& v, Activation) { return v.t[0] - v.a[0]; }

// δ[l][j] = f′(z[l][j])·Σ_k w[l+1][k][j]·δ[l+1][k], the products summed in order k = 1..n.
template <class Number>
static Number hidden_delta(const Operands<Number>& v, Activation f) {
    Number sum = Number(0);
    for (std::size_t k = 0; k < v.next_weights.size(); ++k) sum = sum + v.next_weights[k] * v.next_deltas[k];
    return derivative(f, v.z[0], v.a[0]) * sum;
}

// Δw = η·δ·a.
template <class Number>
static Number weight_change(const Operands<Number>& v, Activation) { return v.rate[0] * v.delta[0] * v.inputs[0]; }

// Δb = η·δ.
template <class Number>
static Number bias_change(const Operands<Number>& v, Activation) { return v.rate[0] * v.delta[0]; }

// new = old + change.
template <class Number>
static Number updated(const Operands<Number>& v, Activation) { return v.old[0] + v.change[0]; }

// An exact formula in calculator mode: sums and products of exact decimals need no rounding inside.
template <Decimal (*formula)(const Operands<Decimal>&, Activation)>
static Decimal exactly(const Operands<Decimal>& v, Activation f, int) { return formula(v, f); }

static double not_computed(const Operands<double>&, Activation) {
    throw std::logic_error("evaluate: a given value has no formula");
}

static Decimal not_computed(const Operands<Decimal>&, Activation, int) {
    throw std::logic_error("evaluate: a given value has no formula");
}

static Reach not_computed(const Operands<Reach>&, Activation) {
    throw std::logic_error("evaluate: a given value has no formula");
}

static std::string no_symbol(Activation, bool) { return ""; }

static std::string as_given(const Operands<Shown>&, Activation) { return ""; }

static std::string no_definition(bool) { return ""; }

// The table, in the order of enum Rule. Each formula's operands are the fields of Operands it reads.
static const RuleEntry entries[] = {
    {Rule::input, Stage::forward, false, false, not_computed, not_computed, not_computed, no_symbol, as_given, no_definition},
    {Rule::given, Stage::forward, false, false, not_computed, not_computed, not_computed, no_symbol, as_given, no_definition},
    {Rule::carried, Stage::forward, false, false, not_computed, not_computed, not_computed, no_symbol, as_given, no_definition},

    // z = Σ_i a_i·w_i + b.  Reads inputs, weights and (if the layer has biases) bias.
    {Rule::weighted_sum, Stage::forward, true, false,
     weighted_sum<double>, exactly<weighted_sum<Decimal>>, weighted_sum<Reach>,
     [](Activation, bool biased) { return std::string(biased ? "Σ a·w + b" : "Σ a·w"); },
     [](const Operands<Shown>& v, Activation) {
         const std::string sum = sum_of_products(v.inputs, v.weights);
         return v.bias.empty() ? sum : sum + " + " + parenthesized(v.bias[0].text);
     },
     [](bool biased) { return std::string(biased ? "z[l][j] = Σ_i a[l−1][i]·w[l][j][i] + b[l][j]" : "z[l][j] = Σ_i a[l−1][i]·w[l][j][i]"); }},

    // a = f(z).  Reads z.
    {Rule::activation, Stage::forward, true, false,
     activation, activation, activation,
     [](Activation f, bool) { return activation_name(f) + "(z)"; },
     [](const Operands<Shown>& v, Activation f) { return activation_name(f) + "(" + v.z[0].text + ")"; },
     no_definition},

    // a_j = e^(z_j − m) / Σ_k e^(z_k − m), m = max_k z_k (subtracting m keeps e^ from overflowing).
    // Reads z (the neuron's own) and layer_z (every z of the layer).
    {Rule::softmax, Stage::forward, true, true,
     softmax, softmax, softmax,
     [](Activation, bool) { return std::string("e^z / Σ e^z"); },
     [](const Operands<Shown>& v, Activation) {
         std::string denominator;
         for (std::size_t k = 0; k < v.layer_z.size(); ++k) denominator += (k == 0 ? "e^" : " + e^") + parenthesized(v.layer_z[k].text);
         return "e^" + parenthesized(v.z[0].text) + " / (" + denominator + ")";
     },
     [](bool) { return std::string("a[L][j] = e^z[L][j] / Σ_k e^z[L][k]"); }},

    // E = ½ Σ_j (t_j − y_j)².  Reads t and a (the outputs y), j = 1..n_L.
    {Rule::squared_error, Stage::error, true, true,
     squared_error<double>, exactly<squared_error<Decimal>>, squared_error<Reach>,
     [](Activation, bool) { return std::string("½·Σ (t − y)²"); },
     [](const Operands<Shown>& v, Activation) {
         return "½·" + sum_of(v.t.size(), [&](std::size_t j) { return "(" + v.t[j].text + " − " + parenthesized(v.a[j].text) + ")²"; });
     },
     [](bool) { return std::string("E = ½ Σ_j (t[j] − y[j])²"); }},

    // E = −Σ_j t_j ln y_j.  Reads t and a (the outputs y), and after a softmax layer_z (the z's of the
    // output layer) for ln y in full precision; on a calculator ln y is taken of y as shown.
    {Rule::cross_entropy, Stage::error, true, true,
     cross_entropy, cross_entropy, cross_entropy,
     [](Activation, bool) { return std::string("−Σ t·ln y"); },
     [](const Operands<Shown>& v, Activation) {
         return "−" + sum_of(v.t.size(), [&](std::size_t j) { return v.t[j].text + "·ln " + v.a[j].text; });
     },
     [](bool) { return std::string("E = −Σ_j t[j]·ln y[j]"); }},

    // Forward: E = ½ Σ (t_j − y_j)², y_j = f(z_j)  ⇒  δ[L][j] = −∂E/∂z[L][j] = f′(z)·(t_j − y_j).
    // Reads z, a (the output y) and t.
    {Rule::output_delta, Stage::backward, true, true,
     output_delta<double>, exactly<output_delta<Decimal>>, output_delta<Reach>,
     [](Activation f, bool) { return derivative_symbol(f, "y") + "·(t − y)"; },
     [](const Operands<Shown>& v, Activation f) {
         return derivative_numbers(f, v.z[0].value, v.a[0].text) + "·(" + v.t[0].text + " − " + parenthesized(v.a[0].text) + ")";
     },
     [](bool) { return std::string("δ[L][j] = f′(z)·(t[j] − y[j])"); }},

    // With softmax and E = −Σ t ln y the f′ and the 1/y cancel  ⇒  δ[L][j] = t_j − y_j.  Reads t and a (y).
    {Rule::softmax_delta, Stage::backward, true, true,
     softmax_delta<double>, exactly<softmax_delta<Decimal>>, softmax_delta<Reach>,
     [](Activation, bool) { return std::string("t − y"); },
     [](const Operands<Shown>& v, Activation) { return v.t[0].text + " − " + parenthesized(v.a[0].text); },
     [](bool) { return std::string("δ[L][j] = t[j] − y[j]"); }},

    // Forward: z[l+1][k] = Σ_j a[l][j]·w[l+1][k][j] + b, a[l][j] = f(z[l][j])
    // ⇒ δ[l][j] = f′(z[l][j])·Σ_k w[l+1][k][j]·δ[l+1][k].  Reads z, a, next_weights and next_deltas.
    {Rule::hidden_delta, Stage::backward, true, true,
     hidden_delta<double>, exactly<hidden_delta<Decimal>>, hidden_delta<Reach>,
     [](Activation f, bool) { return derivative_symbol(f, "a") + "·Σ w·δ"; },
     [](const Operands<Shown>& v, Activation f) {
         return derivative_numbers(f, v.z[0].value, v.a[0].text) + "·(" + sum_of_products(v.next_weights, v.next_deltas) + ")";
     },
     [](bool) { return std::string("δ[l][j] = f′(z)·Σ_k w[l+1][k][j]·δ[l+1][k]"); }},

    // Δw[l][j][i] = η·δ[l][j]·a[l−1][i] = −η·∂E/∂w.  Reads rate, delta and inputs (the one a[l−1][i]).
    {Rule::weight_change, Stage::update, true, true,
     weight_change<double>, exactly<weight_change<Decimal>>, weight_change<Reach>,
     [](Activation, bool) { return std::string("η·δ·a"); },
     [](const Operands<Shown>& v, Activation) {
         return parenthesized(v.rate[0].text) + "·" + parenthesized(v.delta[0].text) + "·" + parenthesized(v.inputs[0].text);
     },
     [](bool) { return std::string("Δw[l][j][i] = η·δ[l][j]·a[l−1][i]"); }},

    // Δb[l][j] = η·δ[l][j] (a bias is a weight whose input is always 1).  Reads rate and delta.
    {Rule::bias_change, Stage::update, true, true,
     bias_change<double>, exactly<bias_change<Decimal>>, bias_change<Reach>,
     [](Activation, bool) { return std::string("η·δ"); },
     [](const Operands<Shown>& v, Activation) { return parenthesized(v.rate[0].text) + "·" + parenthesized(v.delta[0].text); },
     [](bool) { return std::string("Δb[l][j] = η·δ[l][j]"); }},

    // w ← w + Δw.  Reads old (w) and change (Δw).
    {Rule::new_weight, Stage::update, true, true,
     updated<double>, exactly<updated<Decimal>>, updated<Reach>,
     [](Activation, bool) { return std::string("w + Δw"); },
     [](const Operands<Shown>& v, Activation) { return v.old[0].text + " + " + parenthesized(v.change[0].text); },
     [](bool) { return std::string("new_w[l][j][i] = w[l][j][i] + Δw[l][j][i]"); }},

    // b ← b + Δb.  Reads old (b) and change (Δb).
    {Rule::new_bias, Stage::update, true, true,
     updated<double>, exactly<updated<Decimal>>, updated<Reach>,
     [](Activation, bool) { return std::string("b + Δb"); },
     [](const Operands<Shown>& v, Activation) { return v.old[0].text + " + " + parenthesized(v.change[0].text); },
     [](bool) { return std::string("new_b[l][j] = b[l][j] + Δb[l][j]"); }},
};

const RuleEntry& rule_entry(Rule rule) {
    const RuleEntry& entry = entries[static_cast<std::size_t>(rule)];
    if (entry.rule != rule) throw std::logic_error("rule_entry: the table is out of order");
    return entry;
}

bool is_computed(Rule rule) { return rule_entry(rule).computed; }

bool shows_operand(Rule rule, Activation f, Field field) {
    const bool delta = rule == Rule::output_delta || rule == Rule::hidden_delta;
    if (!delta) return true;
    if (field == Field::z) return derivative_reads_z(f);
    if (field == Field::a) return rule == Rule::output_delta || derivative_reads_a(f);  // y shows in (t − y)
    return true;
}

std::string stage_title(Stage stage) {
    switch (stage) {
        case Stage::forward: return "forward pass";
        case Stage::error: return "error";
        case Stage::backward: return "backward pass";
        case Stage::update: return "update";
    }
    return "";
}

}  // namespace scalar
