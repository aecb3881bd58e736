// Generates hand-calculation problems with "nice" numbers from a seed: the same seed gives the same problem.
// Not the worksheet or the key (see worksheet.h); not the marking (see marker.h).
#pragma once

#include "io/netfile.h"
#include "scalar/record.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

// Limits of a quiz a person can work by hand.
const std::size_t quiz_most_layers = 4;    // layers l = 1..L after the inputs, L ≤ 4
const std::size_t quiz_most_neurons = 6;   // n_l ≤ 6 for every layer, the inputs included
const int quiz_answer_decimals = 4;        // the worksheet asks for every value to 4 decimals
const double quiz_smallest_answer = 0.001; // no answer smaller (none vanishes, or hides a slip, at 4 decimals)
const int quiz_most_attempts = 400;        // draws of one problem before the best of them is kept

// What a teacher asks for (the options of `nnwalk quiz`).
struct QuizSettings {
    std::uint64_t seed = 1;                                       // the problem's number: one per student
    std::vector<std::size_t> shape = {2, 2, 1};                   // n_0, n_1, …, n_L (inputs, then each layer)
    std::vector<scalar::Activation> activations = {scalar::Activation::sigmoid};  // f of each layer l = 1..L
                                                                  // (L values), or one value for every layer:
                                                                  // sigmoid, tanh, relu; softmax for the last
    scalar::Loss loss = scalar::Loss::squared;                    // cross-entropy goes with a softmax output
    std::size_t steps = 1;                                        // training steps asked (1 or 2) on the example
    int decimals = 1;                                             // decimals of the given numbers (0..3)
    bool bias = false;                                            // whether the neurons get non-zero biases b[l][j]
    bool forward_only = false;                                    // no targets: only the forward pass is asked

    // f of layer l (1..L).
    scalar::Activation activation(std::size_t l) const;
};

// The learning rates a quiz draws η from.
const std::vector<double>& quiz_rates();

// Reads a shape "2-3-1" (n_0-n_1-…-n_L), given as `name` ("--shape" on a command line, "shape" in class.tsv).
// Throws InputError(command, 0, …) for a malformed shape, fewer than one layer, more than quiz_most_layers
// layers, or a size outside 1..quiz_most_neurons.
std::vector<std::size_t> parse_shape(const std::string& text, const std::string& command, const std::string& name);

// Reads the activations, given as `name` ("--activation", or "activation" in class.tsv): one name for every
// layer ("relu") or one per layer joined by ',' ("relu,sigmoid"), each sigmoid, tanh or relu, and softmax for
// the last layer only. `layers` is L. Throws InputError(command, 0, …) for an unknown name, a count other than
// 1 or L, or a softmax before the last layer.
std::vector<scalar::Activation> parse_activations(const std::string& text, std::size_t layers, const std::string& command,
                                                  const std::string& name);

// Makes the activations and the loss fit together, the way trace needs them: cross-entropy turns the last
// layer into softmax; a softmax output means cross-entropy. Throws InputError(command, 0, …) for squared
// error asked with a softmax output, for a softmax output of one neuron (its output is always 1), and for a
// softmax or cross-entropy without targets (--forward-only).
void settle_loss(QuizSettings& settings, bool loss_given, const std::string& command);

// "sigmoid", or "relu,sigmoid" when the layers differ: --activation as settle_loss left it.
std::string activations_text(const QuizSettings& settings);

// How many values asked of `records` (the steps of a problem, worked to quiz_answer_decimals) are unfit to
// mark: smaller than quiz_smallest_answer in size (unless exactly 0 because a relu is off: its a and δ when
// z < 0, and the changes made from them), or a relu's z within 0.01 of the kink at 0 (where rounding could
// change relu′). 0 for a problem fit for hand work.
std::size_t answers_too_small(const std::vector<scalar::Record>& records);

// The problem of `settings`: one example with inputs in [−1, 1] (and targets in the range of the output's f,
// one class of a softmax), weights (and biases) in [−1, 1] and non-zero, all with `decimals` decimals, η from
// quiz_rates(). With relu, neurons are drawn again (from the same seeded generator) until no z is within 0.01
// of the kink at 0 and every layer has a neuron with z > 0. The whole problem is then drawn again until
// answers_too_small is 0 for its `steps` steps, so that it is fit for hand work; after quiz_most_attempts
// draws, the one with the fewest unfit answers is kept (this happens only for deep sigmoid or tanh networks).
NetFile make_quiz(const QuizSettings& settings);
