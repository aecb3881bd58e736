// Console output for lesson 06 (the MNIST multilayer perceptron): the shapes of the data, step headings with the
// Keras line they follow, and a test image beside its predicted probabilities. Printing only; no training here.
#pragma once

#include "io/mnist.h"

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

// The shapes of the four arrays, as Keras prints them: "X_train_full.shape = (60000, 28, 28)  bytes 0..255, …".
void print_shapes(std::ostream& out, const Mnist& mnist);

// A step of the tutorial: a blank line, "=== 3. Normalise the pixels", then "    Keras: <python>" when
// `python` is not empty, e.g. print_step(out, 3, "Normalise the pixels", "X_train = X_train_full / 255.").
// Python of several lines keeps its own indentation, under the first line's code.
void print_step(std::ostream& out, int number, const std::string& title, const std::string& python);

// "    Keras: <python>" alone (several lines as print_step writes them), for a second Keras line in a step.
void print_keras(std::ostream& out, const std::string& python);

// A rows × classes array as NumPy prints it rounded to 2 decimals (Keras's y_proba.round(2)):
// "array([[0.  , 0.  , 0.97, …],\n       [ …]], dtype=float32)"; trailing zeros of a value become spaces.
std::string numpy_rounded(const float* values, std::size_t rows, std::size_t columns);

// Whole numbers as NumPy prints a short array: "array([7, 2, 1, 0, 4])".
std::string numpy_classes(const std::vector<int>& values);

// "true 7, predicted 7 (p = 0.9990): right": the most probable class (the first one on a tie) against the truth.
std::string prediction_verdict(const float* probabilities, std::size_t classes, int truth);

// An image (rows × cols bytes) drawn in ASCII, and beside it its true class, the predicted class (the most
// probable; the first one on a tie) with its probability, and one bar per class from `probabilities`
// (classes values), e.g. "true 7, predicted 7 (p = 0.9990): right".
std::string prediction_panel(const std::uint8_t* pixels, std::size_t rows, std::size_t cols,
                             const float* probabilities, std::size_t classes, int truth);

// One run of the hyperparameter sweep (lesson 06 --sweep): the tutorial's model with one knob changed.
struct SweepRun {
    std::string knob;                 // "hidden layers", "hidden units", "activation" or "learning rate"
    std::string value;                // the knob's value as the table shows it: "3", "100,30", "tanh", "0.1"
    std::vector<std::size_t> hidden;  // neurons of each hidden layer
    std::string activation;           // of the hidden layers
    double rate;                      // the learning rate η
};

// What one run measured on the validation images after its last epoch.
struct SweepResult {
    SweepRun run;
    double val_loss = 0;      // mean cross-entropy
    double val_accuracy = 0;  // fraction in [0, 1]
    double seconds = 0;       // training time of all its epochs (validation not included)
    bool stopped = false;     // the loss became NaN or infinite: training stopped, val_* are not measured
};

// The sweep table's header (two lines: the names and a rule) and one row per result:
// "hidden layers  3         300,100,100 relu     0.01          91.92%    0.2771    3.10 s" (the knob, its
// value, the hidden layers and their activation, η, the validation accuracy and loss, the training time).
std::string sweep_header();
std::string sweep_row(const SweepResult& result);

// For each knob, in the order of first appearance, the value with the best validation accuracy:
// "best hidden units: 1000,300 (94.02%)"; one line per knob.
std::string sweep_best(const std::vector<SweepResult>& results);
