#include "print/perceptron_text.h"

#include "core/number_format.h"
#include "print/table.h"

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

void print_scaling(std::ostream& out, const Scaling& scaling, const std::vector<std::string>& names,
                   const std::vector<std::string>& units) {
    for (std::size_t i = 0; i < names.size(); ++i) {
        out << "  x" << i + 1 << " = (" << names[i] << " − " << fixed(scaling.mean[i], 4) << ")/" << fixed(scaling.sd[i], 4)
            << "    (" << names[i] << ": mean " << fixed(scaling.mean[i], 4) << " " << units[i] << ", standard deviation "
            << fixed(scaling.sd[i], 4) << " " << units[i] << ")\n";
    }
}

void print_step_table(std::ostream& out, const std::vector<std::vector<double>>& raw,
                      const std::vector<PerceptronStep>& steps) {
    // Every column 8 characters wide (3 for ŷ and t), the groups set apart by " |".
    const std::vector<Column> columns = {
        {"k", false, 4, ""},     {"height", false, 8, ""}, {"weight", false, 8, ""}, {"x1", false, 8, " |"},
        {"x2", false, 8, ""},    {"z", false, 8, " |"},    {"ŷ", false, 3, ""},      {"t", false, 3, ""},
        {"Δw1", false, 8, " |"}, {"Δw2", false, 8, ""},    {"Δb", false, 8, ""},     {"w1", false, 8, " |"},
        {"w2", false, 8, ""},    {"b", false, 8, ""},      {"", true, 0, ""}};
    std::vector<std::vector<std::string>> rows;
    for (std::size_t k = 0; k < steps.size(); ++k) {
        const PerceptronStep& step = steps[k];
        rows.push_back({std::to_string(k + 1), fixed(raw[k][0], 2), fixed(raw[k][1], 1), fixed(step.x[0], 4),
                        fixed(step.x[1], 4), fixed(step.z, 4), std::to_string(step.y_hat), std::to_string(step.t),
                        fixed(step.dw[0], 4), fixed(step.dw[1], 4), fixed(step.db, 4), fixed(step.weights[0], 4),
                        fixed(step.weights[1], 4), fixed(step.bias, 4), step.y_hat != step.t ? "  ← mistake: update" : ""});
    }
    out << table_text(columns, rows, {"", false});
}

std::string perceptron_formula(const Perceptron& perceptron) {
    std::string text;
    for (std::size_t i = 0; i < perceptron.weights.size(); ++i) {
        const std::string weight = i ? " " + signed_number(perceptron.weights[i], 4) : fixed(perceptron.weights[i], 4);
        text += weight + "·x" + std::to_string(i + 1);
    }
    return text + " " + signed_number(perceptron.bias, 4);
}

std::string signed_number(double x, int decimals) {
    const std::string text = fixed(x, decimals);
    return text[0] == '-' ? "- " + text.substr(1) : "+ " + text;
}
