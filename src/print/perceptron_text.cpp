#include "print/perceptron_text.h"

#include "core/number_format.h"
#include "print/table.h"
#include "scalar/quantity_key.h"

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

void print_scaling(std::ostream& out, const Scaling& scaling, const std::vector<std::string>& names,
                   const std::vector<std::string>& units) {
    for (std::size_t i = 0; i < names.size(); ++i) {
        out << "  " << text(key::a(0, i + 1)) << " = (" << names[i] << " − " << fixed(scaling.mean[i], 4) << ")/"
            << fixed(scaling.sd[i], 4) << "   " << names[i] << ": mean " << fixed(scaling.mean[i], 4) << " " << units[i]
            << ", sd " << fixed(scaling.sd[i], 4) << " " << units[i] << "\n";
    }
}

void print_step_table(std::ostream& out, const std::vector<std::vector<double>>& raw,
                      const std::vector<PerceptronStep>& steps, bool all, std::size_t first) {
    const std::vector<Column> columns = {{"k", false, 4, ""},
                                         {"height", false, 8, ""},
                                         {"weight", false, 8, ""},
                                         {text(key::a(0, 1)), false, 8, " |"},
                                         {text(key::a(0, 2)), false, 8, ""},
                                         {text(key::z(1, 1)), false, 8, " |"},
                                         {text(key::a(1, 1)), false, 8, ""},
                                         {text(key::t(1)), false, 5, ""},
                                         {"", true, 0, ""}};
    std::vector<std::vector<std::string>> rows;
    bool left_out = false;  // whether rows were left out since the last row shown
    for (std::size_t k = 0; k < steps.size(); ++k) {
        const PerceptronStep& step = steps[k];
        const bool mistake = step.y_hat != step.t;
        if (!all && k >= first && !mistake) {
            left_out = true;
            continue;
        }
        if (left_out) rows.push_back({"…", "", "", "", "", "", "", "", ""});
        left_out = false;
        rows.push_back({std::to_string(k + 1), fixed(raw[k][0], 2), fixed(raw[k][1], 1), fixed(step.x[0], 4),
                        fixed(step.x[1], 4), fixed(step.z, 4), std::to_string(step.y_hat), std::to_string(step.t),
                        mistake ? "  ← mistake" : ""});
    }
    if (left_out) rows.push_back({"…", "", "", "", "", "", "", "", ""});
    out << table_text(columns, rows, {"", false});
}

void print_update_table(std::ostream& out, const std::vector<PerceptronStep>& steps) {
    const std::vector<Column> columns = {{"k", false, 4, ""},
                                         {text(key::dw(1, 1, 1)), false, 0, " | "},
                                         {text(key::dw(1, 1, 2)), false, 0, " "},
                                         {text(key::db(1, 1)), false, 0, " "},
                                         {text(key::w(1, 1, 1)), false, 0, " | "},
                                         {text(key::w(1, 1, 2)), false, 0, " "},
                                         {text(key::b(1, 1)), false, 8, " "}};
    std::vector<std::vector<std::string>> rows;
    for (std::size_t k = 0; k < steps.size(); ++k) {
        const PerceptronStep& step = steps[k];
        if (step.y_hat == step.t) continue;
        rows.push_back({std::to_string(k + 1), fixed(step.dw[0], 4), fixed(step.dw[1], 4), fixed(step.db, 4),
                        fixed(step.weights[0], 4), fixed(step.weights[1], 4), fixed(step.bias, 4)});
    }
    if (!rows.empty()) out << table_text(columns, rows, {"", false});
}

std::string epoch_summary(int epoch, const std::vector<PerceptronStep>& steps) {
    const std::size_t most_listed = 8;
    std::string ks;
    std::size_t count = 0;
    for (std::size_t k = 0; k < steps.size(); ++k) {
        if (steps[k].y_hat == steps[k].t) continue;
        if (count < most_listed) ks += (count ? ", " : "") + std::to_string(k + 1);
        if (count == most_listed) ks += ", …";
        ++count;
    }
    std::string line = "epoch " + std::to_string(epoch) + ": " + std::to_string(count) + (count == 1 ? " mistake" : " mistakes");
    return count ? line + " (k = " + ks + ")" : line;
}

std::string perceptron_formula(const Perceptron& perceptron) {
    std::string text;
    for (std::size_t i = 0; i < perceptron.weights.size(); ++i) {
        const std::string weight = i ? " " + signed_number(perceptron.weights[i], 4) : fixed(perceptron.weights[i], 4);
        text += weight + "·x" + std::to_string(i + 1);
    }
    return text + " " + signed_number(perceptron.bias, 4);
}

std::string perceptron_sum(const Perceptron& perceptron) {
    std::string sum;
    for (std::size_t i = 0; i < perceptron.weights.size(); ++i) {
        const std::string weight = i ? " " + signed_number(perceptron.weights[i], 4) : fixed(perceptron.weights[i], 4);
        sum += weight + "·" + text(key::a(0, i + 1));
    }
    return sum + " " + signed_number(perceptron.bias, 4);
}

std::string signed_number(double x, int decimals) {
    const std::string text = fixed(x, decimals);
    return text[0] == '-' ? "- " + text.substr(1) : "+ " + text;
}
