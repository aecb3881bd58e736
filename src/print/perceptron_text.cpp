#include "print/perceptron_text.h"

#include "core/number_format.h"

int text_width(const std::string& text) {
    int count = 0;
    for (unsigned char c : text) count += (c & 0xC0) != 0x80;
    return count;
}

std::string right_aligned(const std::string& text, int width) {
    const int missing = width - text_width(text);
    return missing > 0 ? std::string(static_cast<std::size_t>(missing), ' ') + text : text;
}

std::string left_aligned(const std::string& text, int width) {
    const int missing = width - text_width(text);
    return missing > 0 ? text + std::string(static_cast<std::size_t>(missing), ' ') : text;
}

void print_scaling(std::ostream& out, const Scaling& scaling, const std::vector<std::string>& names,
                   const std::vector<std::string>& units) {
    for (std::size_t i = 0; i < names.size(); ++i) {
        out << "  x" << i + 1 << " = (" << names[i] << " − " << fixed(scaling.mean[i], 4) << ")/" << fixed(scaling.sd[i], 4)
            << "    (" << names[i] << ": mean " << fixed(scaling.mean[i], 4) << " " << units[i] << ", standard deviation "
            << fixed(scaling.sd[i], 4) << " " << units[i] << ")\n";
    }
}

void print_step_header(std::ostream& out) {
    out << "   k  height  weight |      x1      x2 |       z  ŷ  t |     Δw1     Δw2      Δb |      w1      w2       b\n";
}

void print_step_row(std::ostream& out, std::size_t k, const std::vector<double>& raw, const PerceptronStep& step) {
    out << right_aligned(std::to_string(k), 4) << right_aligned(fixed(raw[0], 2), 8) << right_aligned(fixed(raw[1], 1), 8)
        << " |" << right_aligned(fixed(step.x[0], 4), 8) << right_aligned(fixed(step.x[1], 4), 8) << " |"
        << right_aligned(fixed(step.z, 4), 8) << right_aligned(std::to_string(step.y_hat), 3)
        << right_aligned(std::to_string(step.t), 3) << " |" << right_aligned(fixed(step.dw[0], 4), 8)
        << right_aligned(fixed(step.dw[1], 4), 8) << right_aligned(fixed(step.db, 4), 8) << " |"
        << right_aligned(fixed(step.weights[0], 4), 8) << right_aligned(fixed(step.weights[1], 4), 8)
        << right_aligned(fixed(step.bias, 4), 8) << (step.y_hat != step.t ? "  ← mistake: update" : "") << "\n";
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
