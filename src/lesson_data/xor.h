// The XOR truth table and the networks of lessons 04–05 (Steven Miller's article, and a seeded random one).
// Data only: how a network computes and learns is in scalar/backprop.h.
#pragma once

#include "core/rng.h"
#include "scalar/backprop.h"
#include "scalar/network.h"

#include <vector>

// The four XOR examples in truth-table order: (0, 0) → 0, (0, 1) → 1, (1, 0) → 1, (1, 1) → 0.
std::vector<scalar::Example> xor_examples();

// The untrained network of the article: 2 inputs → 3 sigmoid → 1 sigmoid, no biases (Layer::biased false), with
// w[1][j][1] = 0.8, 0.4, 0.3 (from x1), w[1][j][2] = 0.2, 0.9, 0.5 (from x2), w[2][1][j] = 0.3, 0.5, 0.9.
scalar::Network article_network();

// A 2 → 3 → 1 sigmoid network with biases, whose 9 weights and 4 biases are drawn uniformly from [−1, 1), neuron by
// neuron (weights, then bias), layer 1 first.
scalar::Network random_xor_network(Rng& rng);
