// Generates hand-calculation problems with "nice" numbers from a seed: the same seed gives the same problem.
// Not the worksheet or the key (see worksheet.h); not the marking (see marker.h).
#pragma once

#include "io/netfile.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

// Limits of a quiz a person can work by hand.
const std::size_t quiz_most_layers = 4;    // layers l = 1..L after the inputs, L ≤ 4
const std::size_t quiz_most_neurons = 6;   // n_l ≤ 6 for every layer, the inputs included
const int quiz_answer_decimals = 4;        // the worksheet asks for every value to 4 decimals

// What a teacher asks for (the options of `nnwalk quiz`).
struct QuizSettings {
    std::uint64_t seed = 1;                                       // the problem's number: one per student
    std::vector<std::size_t> shape = {2, 2, 1};                   // n_0, n_1, …, n_L (inputs, then each layer)
    scalar::Activation activation = scalar::Activation::sigmoid;  // f of every layer: sigmoid, tanh or relu
    int decimals = 1;                                             // decimals of the given numbers (0..3)
    bool bias = false;                                            // whether the neurons get non-zero biases b[l][j]
    bool forward_only = false;                                    // no targets: only the forward pass is asked
};

// The learning rates a quiz draws η from.
const std::vector<double>& quiz_rates();

// Reads a shape "2-3-1" (n_0-n_1-…-n_L). Throws InputError(command, 0, …) for a malformed shape, fewer than
// one layer, more than quiz_most_layers layers, or a size outside 1..quiz_most_neurons.
std::vector<std::size_t> parse_shape(const std::string& text, const std::string& command);

// The problem of `settings`: one example with inputs in [−1, 1] (and targets in the range of f), weights
// (and biases) in [−1, 1] and non-zero, all with `decimals` decimals, η from quiz_rates(). With relu, neurons
// are drawn again (from the same seeded generator) until no z is within 0.01 of the kink at 0 and every
// layer has a neuron with z > 0, so that the problem is fit for hand work.
NetFile make_quiz(const QuizSettings& settings);
