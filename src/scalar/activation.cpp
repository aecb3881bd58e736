#include "scalar/activation.h"

#include "core/number_format.h"

#include <cmath>
#include <stdexcept>

namespace scalar {

// Each activation's name (as in .net files and printouts) and its definition written out, in enum order.
struct Spelling {
    Activation f;
    const char* name;
    const char* definition;
};

static const Spelling spellings[] = {
    {Activation::step, "step", "step(z) = 1 if z ≥ 0, else 0"},
    {Activation::sigmoid, "sigmoid", "sigmoid(z) = 1 / (1 + e^(−z))"},
    {Activation::tanh, "tanh", "tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z))"},
    {Activation::relu, "relu", "relu(z) = max(0, z)"},
    {Activation::linear, "linear", "linear(z) = z"},
    {Activation::softmax, "softmax", "softmax: e^z[L][j] / Σ_k e^z[L][k]"},
};

static const Spelling& spelling(Activation f) { return spellings[static_cast<std::size_t>(f)]; }

const std::vector<Activation>& all_activations() {
    static const std::vector<Activation> all = [] {
        std::vector<Activation> list;
        for (const Spelling& s : spellings) list.push_back(s.f);
        return list;
    }();
    return all;
}

std::string activation_name(Activation f) { return spelling(f).name; }

bool parse_activation(const std::string& word, Activation& f) {
    for (const Spelling& s : spellings) {
        if (word == s.name) {
            f = s.f;
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

std::string activation_definition(Activation f) { return spelling(f).definition; }

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

// x to `decimals` decimals, or RoundingError saying why a long double cannot decide it. At z = 0 the
// values are exact (sigmoid(0) = 0.5, tanh(0) = 0); for any other decimal z they are irrational, never a tie.
static Decimal decided(long double x, int decimals, const std::string& what, bool exact = false) {
    Decimal rounded;
    if (!Decimal::nearest(x, decimals, rounded, exact)) {
        throw RoundingError(what + " lies too close to the middle between two numbers of " + std::to_string(decimals) +
                            " decimals to be rounded with certainty (try another number of decimals)");
    }
    return rounded;
}

Decimal activate(Activation f, const Decimal& z, int decimals) {
    const long double x = z.to_long_double();
    switch (f) {
        case Activation::step: return Decimal(z < Decimal(0) ? 0 : 1);
        case Activation::sigmoid: return decided(1.0L / (1.0L + std::exp(-x)), decimals, "sigmoid(" + z.text() + ")", x == 0);
        case Activation::tanh: return decided(std::tanh(x), decimals, "tanh(" + z.text() + ")");
        case Activation::relu: return z > Decimal(0) ? z : Decimal(0);
        case Activation::linear: return z;
        case Activation::softmax: break;
    }
    throw std::logic_error("activate: softmax needs the whole layer (Rule::softmax)");
}

Reach activate(Activation f, const Reach& z) {
    switch (f) {
        case Activation::step: return Reach(z < Reach(0) ? 0 : 1);
        case Activation::sigmoid: return Reach(1) / (Reach(1) + (-z).increasing(std::exp));
        case Activation::tanh: return z.increasing(std::tanh);
        case Activation::relu: return z > Reach(0) ? z : Reach(0);
        case Activation::linear: return z;
        case Activation::softmax: break;
    }
    throw std::logic_error("activate: softmax needs the whole layer (Rule::softmax)");
}

// f′, its value and its three written forms, one activation per case, side by side.
template <class Number>
Number derivative(Activation f, const Number& z, const Number& a) {
    switch (f) {
        case Activation::sigmoid: return a * (Number(1) - a);  // σ′(z) = σ(z)(1 − σ(z)) = a(1 − a)
        case Activation::tanh: return Number(1) - a * a;       // tanh′(z) = 1 − tanh²(z) = 1 − a²
        case Activation::relu: return z > Number(0) ? Number(1) : Number(0);  // 1 for z > 0, else 0 (0 at z = 0)
        case Activation::linear: return Number(1);
        case Activation::step:
        case Activation::softmax: break;
    }
    throw std::logic_error("derivative: " + activation_name(f) + " has no per-neuron derivative here");
}

template double derivative(Activation, const double&, const double&);
template Decimal derivative(Activation, const Decimal&, const Decimal&);
template Reach derivative(Activation, const Reach&, const Reach&);

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
        case Activation::relu: return derivative(f, z, 0.0) > 0 ? "1" : "0";
        default: return "1";
    }
}

bool derivative_reads_z(Activation f) { return f == Activation::relu; }

bool derivative_reads_a(Activation f) { return f == Activation::sigmoid || f == Activation::tanh; }

}  // namespace scalar
