// Activation functions f(z) and their derivatives f′(z), side by side, in double: each one's value and how it
// is written, defined once. For reading, not speed.
#pragma once

#include "core/decimal.h"
#include "core/reach.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace scalar {

// The activations a neuron may use. softmax works on a whole layer and only on the output layer.
enum class Activation { step, sigmoid, tanh, relu, linear, softmax };

// Every activation, in the order above.
const std::vector<Activation>& all_activations();

// The name used in .net files and printouts: "step", "sigmoid", "tanh", "relu", "linear", "softmax".
std::string activation_name(Activation f);

// Reads a name as written in a .net file; false when the word is not an activation.
bool parse_activation(const std::string& word, Activation& f);

// "step, sigmoid, tanh, relu, linear or softmax": the names of `choices`, for messages.
std::string activation_names(const std::vector<Activation>& choices);

// f written out: "sigmoid(z) = 1 / (1 + e^(−z))", "relu(z) = max(0, z)".
std::string activation_definition(Activation f);

// Why calculator mode cannot give a value to N decimals (see Decimal::nearest); what() says it in words.
struct RoundingError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// a = f(z) for one neuron (every activation but softmax).
double activate(Activation f, double z);

// a = f(z) on a calculator showing `decimals` decimals: exact for step, relu and linear; sigmoid and tanh
// from a long double, rounded half away from zero. Throws RoundingError when that cannot be decided.
Decimal activate(Activation f, const Decimal& z, int decimals);

// a = f(z) as a careful student reaches it (see core/reach.h): sigmoid as 1 / (1 + e^(−z)), step by step,
// each of e^(−z), 1 + e^(−z) and the quotient possibly rounded.
Reach activate(Activation f, const Reach& z);

// f′(z) for one neuron, given z and a = f(z); sigmoid and tanh are written with a, as on paper. Number is
// double, or Decimal on a calculator (then f′ is exact). step has no useful derivative (0 almost everywhere),
// so backpropagation refuses it before calling this.
template <class Number>
Number derivative(Activation f, const Number& z, const Number& a);

// How f′ is written in a list of formulas: "a(1 − a)", "(1 − a²)", "(z > 0 ? 1 : 0)", "1".
std::string derivative_formula(Activation f);

// f′ in a δ formula, with `a` the letter of the activation ("a", or "y" at the output): "y(1 − y)",
// "(1 − a²)", "relu′(z)", "1".
std::string derivative_symbol(Activation f, const std::string& a);

// f′ with numbers put in: z's value and a's text give "0.7311·(1 − 0.7311)", "(1 − 0.5²)", and for relu the
// number itself, "1" or "0", decided by the value of z (never by its rounded text).
std::string derivative_numbers(Activation f, double z, const std::string& a);

// Whether f′ reads z (relu), and whether it reads a (sigmoid, tanh): which operands a δ's text shows.
bool derivative_reads_z(Activation f);
bool derivative_reads_a(Activation f);

}  // namespace scalar
