#include "scalar/activation.h"

#include "core/number_format.h"

#include <cmath>
#include <stdexcept>

const std::vector<Activation>& all_activations() {
    static const std::vector<Activation> all = {Activation::step,   Activation::sigmoid, Activation::tanh,
                                                Activation::relu,   Activation::linear,  Activation::softmax};
    return all;
}

std::string activation_name(Activation f) {
    switch (f) {
        case Activation::step: return "step";
        case Activation::sigmoid: return "sigmoid";
        case Activation::tanh: return "tanh";
        case Activation::relu: return "relu";
        case Activation::linear: return "linear";
        case Activation::softmax: return "softmax";
    }
    return "?";
}

bool parse_activation(const std::string& word, Activation& f) {
    for (Activation candidate : all_activations()) {
        if (word == activation_name(candidate)) {
            f = candidate;
            return true;
        }
    }
    return false;
}

std::string activation_names(const std::vector<Activation>& choices) {
    std::string names;
    for (std::size_t k = 0; k < choices.size(); ++k) {
        names += (k == 0 ? "" : k + 1 == choices.size() ? " or " : ", ") + activation_name(choices[k]);
    }
    return names;
}

std::string activation_definition(Activation f) {
    switch (f) {
        case Activation::step: return "step(z) = 1 if z ≥ 0, else 0";
        case Activation::sigmoid: return "sigmoid(z) = 1 / (1 + e^(−z))";
        case Activation::tanh: return "tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z))";
        case Activation::relu: return "relu(z) = max(0, z)";
        case Activation::linear: return "linear(z) = z";
        case Activation::softmax: return "softmax: e^z[L][j] / Σ_k e^z[L][k]";
    }
    return "";
}

double activate(Activation f, double z) {
    switch (f) {
        case Activation::step: return z >= 0 ? 1.0 : 0.0;           // step(z) = 1 if z ≥ 0, else 0
        case Activation::sigmoid: return 1.0 / (1.0 + std::exp(-z)); // σ(z) = 1 / (1 + e^−z)
        case Activation::tanh: return std::tanh(z);
        case Activation::relu: return z > 0 ? z : 0.0;               // relu(z) = max(0, z)
        case Activation::linear: return z;
        case Activation::softmax: break;
    }
    throw std::logic_error("activate: softmax needs the whole layer (Rule::softmax)");
}

// f′, its value and its three written forms, one activation per case, side by side.
double derivative(Activation f, double z, double a) {
    switch (f) {
        case Activation::sigmoid: return a * (1.0 - a);   // σ′(z) = σ(z)(1 − σ(z)) = a(1 − a)
        case Activation::tanh: return 1.0 - a * a;        // tanh′(z) = 1 − tanh²(z) = 1 − a²
        case Activation::relu: return z > 0 ? 1.0 : 0.0;  // relu′(z) = 1 for z > 0, else 0 (0 at z = 0)
        case Activation::linear: return 1.0;
        case Activation::step:
        case Activation::softmax: break;
    }
    throw std::logic_error("derivative: " + activation_name(f) + " has no per-neuron derivative here");
}

std::string derivative_formula(Activation f) {
    switch (f) {
        case Activation::relu: return "(z > 0 ? 1 : 0)";
        case Activation::step:
        case Activation::softmax: return "f′(z)";
        default: return derivative_symbol(f, "a");
    }
}

std::string derivative_symbol(Activation f, const std::string& a) {
    switch (f) {
        case Activation::sigmoid: return a + "(1 − " + a + ")";
        case Activation::tanh: return "(1 − " + a + "²)";
        case Activation::relu: return "relu′(z)";
        default: return "1";
    }
}

std::string derivative_numbers(Activation f, double z, const std::string& a) {
    switch (f) {
        case Activation::sigmoid: return parenthesized(a) + "·(1 − " + parenthesized(a) + ")";
        case Activation::tanh: return "(1 − " + parenthesized(a) + "²)";
        case Activation::relu: return derivative(f, z, 0) > 0 ? "1" : "0";
        default: return "1";
    }
}

bool derivative_reads_z(Activation f) { return f == Activation::relu; }

bool derivative_reads_a(Activation f) { return f == Activation::sigmoid || f == Activation::tanh; }
