#include "scalar/formulas.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

// Σ over pairs (x_1, y_1, x_2, y_2, …) of x·y, starting at operand `first`, stopping before `end`.
static double sum_of_products(const std::vector<double>& v, std::size_t first, std::size_t end) {
    double sum = 0;
    for (std::size_t k = first; k + 1 < end; k += 2) sum += v[k] * v[k + 1];
    return sum;
}

double evaluate(Rule rule, Activation f, const std::vector<double>& v) {
    switch (rule) {
        case Rule::input:
        case Rule::given: return v.at(0);
        case Rule::weighted_sum: return sum_of_products(v, 0, v.size()) + (v.size() % 2 ? v.back() : 0.0);
        case Rule::activation: return activate(f, v.at(0));
        case Rule::softmax: {
            const std::vector<double> z(v.begin() + 1, v.end());
            double m = z.at(0);
            for (double zk : z) m = std::max(m, zk);
            double sum = 0;
            for (double zk : z) sum += std::exp(zk - m);
            return std::exp(v[0] - m) / sum;
        }
        case Rule::squared_error: {
            double sum = 0;
            for (std::size_t k = 0; k + 1 < v.size(); k += 2) sum += (v[k] - v[k + 1]) * (v[k] - v[k + 1]);
            return 0.5 * sum;
        }
        case Rule::cross_entropy: {
            double sum = 0;
            for (std::size_t k = 0; k + 1 < v.size(); k += 2) {
                if (v[k] != 0) sum += v[k] * std::log(v[k + 1]);  // a zero target adds nothing, even if y = 0
            }
            return -sum;
        }
        case Rule::output_delta: return derivative(f, v.at(0), v.at(1)) * (v.at(2) - v.at(1));
        case Rule::softmax_delta: return v.at(0) - v.at(1);
        case Rule::hidden_delta: return derivative(f, v.at(0), v.at(1)) * sum_of_products(v, 2, v.size());
        case Rule::weight_change: return v.at(0) * v.at(1) * v.at(2);
        case Rule::bias_change: return v.at(0) * v.at(1);
        case Rule::updated: return v.at(0) + v.at(1);
    }
    throw std::logic_error("evaluate: unknown rule");
}

bool is_computed(Rule rule) { return rule != Rule::input && rule != Rule::given; }
