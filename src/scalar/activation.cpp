#include "scalar/activation.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

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
    for (Activation candidate : {Activation::step, Activation::sigmoid, Activation::tanh, Activation::relu,
                                 Activation::linear, Activation::softmax}) {
        if (word == activation_name(candidate)) {
            f = candidate;
            return true;
        }
    }
    return false;
}

double activate(Activation f, double z) {
    switch (f) {
        case Activation::step: return z >= 0 ? 1.0 : 0.0;          // step(z) = 1 if z ≥ 0, else 0
        case Activation::sigmoid: return 1.0 / (1.0 + std::exp(-z)); // σ(z) = 1 / (1 + e^−z)
        case Activation::tanh: return std::tanh(z);
        case Activation::relu: return z > 0 ? z : 0.0;              // relu(z) = max(0, z)
        case Activation::linear: return z;
        case Activation::softmax: break;
    }
    throw std::logic_error("activate: softmax needs the whole layer; call softmax()");
}

double derivative(Activation f, double z, double a) {
    switch (f) {
        case Activation::sigmoid: return a * (1.0 - a);  // σ′(z) = σ(z)(1 − σ(z)) = a(1 − a)
        case Activation::tanh: return 1.0 - a * a;       // tanh′(z) = 1 − tanh²(z) = 1 − a²
        case Activation::relu: return z > 0 ? 1.0 : 0.0; // relu′(z) = 1 for z > 0, else 0 (0 at z = 0)
        case Activation::linear: return 1.0;
        case Activation::step:
        case Activation::softmax: break;
    }
    throw std::logic_error("derivative: " + activation_name(f) + " has no per-neuron derivative here");
}

std::string derivative_formula(Activation f) {
    switch (f) {
        case Activation::sigmoid: return "a(1 − a)";
        case Activation::tanh: return "(1 − a²)";
        case Activation::relu: return "(z > 0 ? 1 : 0)";
        case Activation::linear: return "1";
        case Activation::step:
        case Activation::softmax: break;
    }
    return "f′(z)";
}

std::vector<double> softmax(const std::vector<double>& z) {
    const double m = *std::max_element(z.begin(), z.end());
    std::vector<double> a(z.size());
    double sum = 0;
    for (std::size_t k = 0; k < z.size(); ++k) {
        a[k] = std::exp(z[k] - m);
        sum += a[k];
    }
    for (double& value : a) value /= sum;
    return a;
}
