// The two networks of lesson 03, weights given by hand: XOR wired from step perceptrons, and the
// Keras-shaped Dense(3, relu) → Dense(2, softmax). Data only: how a network computes is in scalar/backprop.h.
#pragma once

#include "scalar/network.h"

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
