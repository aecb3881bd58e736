// Console output for lesson 06 (the MNIST multilayer perceptron): the shapes of the data, step headings with the
// Keras line they follow, and a test image beside its predicted probabilities. Printing only; no training here.
#pragma once

#include "io/mnist.h"

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>

// The shapes of the four arrays, as Keras prints them: "X_train_full.shape = (60000, 28, 28)  bytes 0..255, …".
void print_shapes(std::ostream& out, const Mnist& mnist);

// A step of the tutorial: a blank line, "=== 3. Normalise the pixels", then "    Keras: <python>" when
// `python` is not empty, e.g. print_step(out, 3, "Normalise the pixels", "X_train = X_train_full / 255.").
void print_step(std::ostream& out, int number, const std::string& title, const std::string& python);

// An image (rows × cols bytes) drawn in ASCII, and beside it its true class, the predicted class (the most
// probable; the first one on a tie) with its probability, and one bar per class from `probabilities`
// (classes values), e.g. "true 7, predicted 7 (p = 0.9990): right".
std::string prediction_panel(const std::uint8_t* pixels, std::size_t rows, std::size_t cols,
                             const float* probabilities, std::size_t classes, int truth);
