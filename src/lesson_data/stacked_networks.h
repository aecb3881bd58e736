// The two networks of lesson 03, weights given by hand: XOR wired from step perceptrons, and the
// Keras-shaped Dense(3, relu) → Dense(2, softmax), with the humans and ostriches it learns from. Data only:
// how a network computes and learns is in scalar/backprop.h.
#pragma once

#include "lesson_data/ostriches.h"
#include "scalar/backprop.h"
#include "scalar/network.h"
#include "scalar/scaling.h"

#include <vector>

// 2 inputs → 2 step neurons → 1 step neuron, wired to compute XOR:
//   h1 = OR(x1, x2)   = step(1·x1 + 1·x2 − 0.5)     neuron 1 of layer 1
//   h2 = NAND(x1, x2) = step(−1·x1 − 1·x2 + 1.5)   neuron 2 of layer 1
//   y  = AND(h1, h2)  = step(1·h1 + 1·h2 − 1.5)    the neuron of layer 2
scalar::Network xor_step_network();

// 2 inputs (height in m, weight in units of 100 kg) → 3 relu → 2 softmax (class 1 human, class 2 ostrich):
//   w[1][1] = (1, −1),   b[1][1] = −0.5        w[2][1] = (1, −1, 0.5),  b[2][1] = 0
//   w[1][2] = (−0.5, 1), b[1][2] = 0.2         w[2][2] = (−1, 1, 0.5),  b[2][2] = 0.1
//   w[1][3] = (0.5, 0.5), b[1][3] = −1.5
scalar::Network keras_shaped_network();

// Decimals kept of each scaled input of the Keras-shaped network's training data: the scaled values are
// rounded to 4 decimals and then given exactly, so that a hand calculation starts from the printed numbers.
const int keras_input_decimals = 4;

// The input of the Keras-shaped network for an animal (height in m, weight in kg): each feature scaled as
// in lesson 01, x' = (x − mean)/sd, and rounded to keras_input_decimals (2 values).
std::vector<double> keras_input(const scalar::Scaling& scaling, const std::vector<double>& animal);

// The animals as training examples of the Keras-shaped network, in file order: keras_input of each, and the
// one-hot target t = (1, 0) for a human (class 1), (0, 1) for an ostrich (class 2).
std::vector<scalar::Example> keras_examples(const Animals& animals, const scalar::Scaling& scaling);
