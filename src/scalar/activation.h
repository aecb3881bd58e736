// Activation functions f(z) and their derivatives f′(z), side by side, in double. For reading, not speed.
#pragma once

#include <string>
#include <vector>

// The activations a neuron may use. softmax works on a whole layer and only on the output layer.
enum class Activation { step, sigmoid, tanh, relu, linear, softmax };

// The name used in .net files and printouts: "step", "sigmoid", "tanh", "relu", "linear", "softmax".
std::string activation_name(Activation f);

// Reads a name as written in a .net file; false when the word is not an activation.
bool parse_activation(const std::string& word, Activation& f);

// a = f(z) for one neuron (every activation but softmax).
double activate(Activation f, double z);

// f′(z) for one neuron, given z and a = f(z); sigmoid and tanh are written with a, as on paper.
// step has no useful derivative (0 almost everywhere), so backpropagation refuses it before calling this.
double derivative(Activation f, double z, double a);

// How f′ is written on paper in the delta formulas: "a(1 − a)", "1 − a²", "1", "(z > 0 ? 1 : 0)".
std::string derivative_formula(Activation f);

// a_j = e^(z_j − m) / Σ_k e^(z_k − m) with m = max z (subtracting m keeps e^ from overflowing). z: n values.
std::vector<double> softmax(const std::vector<double>& z);
