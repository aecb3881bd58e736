#include "print/formula_text.h"

#include "core/number_format.h"

#include <cstdlib>

// The longest weighted sum written out in full; longer ones show their first and last terms.
static const std::size_t longest_sum = 8;

// "x·y" for the pairs (x_1, y_1, x_2, y_2, …) of `texts` from `first` on, joined by " + ".
static std::string sum_of_products(const std::vector<std::string>& texts, std::size_t first, std::size_t end) {
    const std::size_t terms = (end - first) / 2;
    std::string sum;
    for (std::size_t t = 0; t < terms; ++t) {
        if (terms > longest_sum && t == 3) {
            sum += " + …";
            t = terms - 2;
            continue;
        }
        const std::size_t k = first + 2 * t;
        sum += (t == 0 ? "" : " + ") + parenthesized(texts[k]) + "·" + parenthesized(texts[k + 1]);
    }
    if (terms > longest_sum) sum += " (" + std::to_string(terms) + " terms)";
    return sum;
}

// f′(z) written with the numbers of z and a: "0.7311·(1 − 0.7311)", "(1 − 0.5²)", "1".
static std::string derivative_text(Activation f, const std::string& z, const std::string& a) {
    switch (f) {
        case Activation::sigmoid: return parenthesized(a) + "·(1 − " + parenthesized(a) + ")";
        case Activation::tanh: return "(1 − " + parenthesized(a) + "²)";
        case Activation::relu: return std::strtod(z.c_str(), nullptr) > 0 ? "1" : "0";
        default: return "1";
    }
}

// f′ in symbols, written with the letter `a` stands for: "y(1 − y)", "(1 − y²)", "relu′(z)", "1".
static std::string derivative_symbol(Activation f, const std::string& a) {
    switch (f) {
        case Activation::sigmoid: return a + "(1 − " + a + ")";
        case Activation::tanh: return "(1 − " + a + "²)";
        case Activation::relu: return "relu′(z)";
        default: return "1";
    }
}

std::string symbolic_formula(const Quantity& q) {
    const bool bias = q.key.rfind("new_b", 0) == 0;
    switch (q.rule) {
        case Rule::input:
        case Rule::given: return "";
        case Rule::weighted_sum: return q.operands.size() % 2 ? "Σ a·w + b" : "Σ a·w";
        case Rule::activation: return activation_name(q.activation) + "(z)";
        case Rule::softmax: return "e^z / Σ e^z";
        case Rule::squared_error: return "½·Σ (t − y)²";
        case Rule::cross_entropy: return "−Σ t·ln y";
        case Rule::output_delta: return derivative_symbol(q.activation, "y") + "·(t − y)";
        case Rule::softmax_delta: return "t − y";
        case Rule::hidden_delta: return derivative_symbol(q.activation, "a") + "·Σ w·δ";
        case Rule::weight_change: return "η·δ·a";
        case Rule::bias_change: return "η·δ";
        case Rule::updated: return bias ? "b + db" : "w + dw";
    }
    return "";
}

std::string substituted_formula(const Quantity& q, const std::vector<std::string>& v) {
    switch (q.rule) {
        case Rule::input:
        case Rule::given: return v.empty() ? "" : v[0];
        case Rule::weighted_sum: {
            const bool bias = v.size() % 2 == 1;
            std::string sum = sum_of_products(v, 0, v.size() - (bias ? 1 : 0));
            return bias ? sum + " + " + parenthesized(v.back()) : sum;
        }
        case Rule::activation: return activation_name(q.activation) + "(" + v[0] + ")";
        case Rule::softmax: {
            std::string denominator;
            for (std::size_t k = 1; k < v.size(); ++k) denominator += (k == 1 ? "" : " + ") + std::string("e^") + parenthesized(v[k]);
            return "e^" + parenthesized(v[0]) + " / (" + denominator + ")";
        }
        case Rule::squared_error: {
            std::string sum;
            for (std::size_t k = 0; k + 1 < v.size(); k += 2) sum += (k == 0 ? "" : " + ") + ("(" + v[k] + " − " + parenthesized(v[k + 1]) + ")²");
            return "½·" + (v.size() > 2 ? "(" + sum + ")" : sum);
        }
        case Rule::cross_entropy: {
            std::string sum;
            for (std::size_t k = 0; k + 1 < v.size(); k += 2) sum += (k == 0 ? "" : " + ") + (v[k] + "·ln " + v[k + 1]);
            return "−" + (v.size() > 2 ? "(" + sum + ")" : sum);
        }
        case Rule::output_delta:
            return derivative_text(q.activation, v[0], v[1]) + "·(" + v[2] + " − " + parenthesized(v[1]) + ")";
        case Rule::softmax_delta: return v[0] + " − " + parenthesized(v[1]);
        case Rule::hidden_delta:
            return derivative_text(q.activation, v[0], v[1]) + "·(" + sum_of_products(v, 2, v.size()) + ")";
        case Rule::weight_change: return parenthesized(v[0]) + "·" + parenthesized(v[1]) + "·" + parenthesized(v[2]);
        case Rule::bias_change: return parenthesized(v[0]) + "·" + parenthesized(v[1]);
        case Rule::updated: return v[0] + " + " + parenthesized(v[1]);
    }
    return "";
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

std::vector<std::string> operand_texts(const Record& record, const Quantity& q, int decimals) {
    std::vector<std::string> texts;
    texts.reserve(q.operands.size());
    for (std::size_t k : q.operands) {
        const Quantity& operand = record[k];
        texts.push_back(is_computed(operand.rule) ? fixed(operand.value, decimals) : given_text(operand.value, decimals));
    }
    return texts;
}

std::string value_line(const Record& record, const std::string& key, int decimals) {
    const Quantity& q = record[record.index(key)];
    const std::string numbers = substituted_formula(q, operand_texts(record, q, decimals));
    const bool plain_enough = q.rule == Rule::weighted_sum || q.rule == Rule::activation;
    return q.key + " = " + (plain_enough ? "" : symbolic_formula(q) + " = ") + numbers + " = " + fixed(q.value, decimals);
}
