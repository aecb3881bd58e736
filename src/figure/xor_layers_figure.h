// Lesson 03's figure: XOR needs two layers. Drawing only.
#pragma once

#include "scalar/network.h"
#include "scalar/perceptron.h"

#include <string>

// The four XOR points, the line where the single perceptron `failed` gave up after `epochs_tried` epochs,
// the hidden layer's lines of `network` (2 → 2 → 1), and the regions where the network says 1 (red) or 0
// (blue). Written to `path` as SVG.
void draw_xor_layers(const scalar::Perceptron& failed, int epochs_tried, const scalar::Network& network, const std::string& path);
