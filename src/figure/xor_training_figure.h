// Lesson 05's figure: learning XOR, the error curve beside the learned regions. Drawing only.
#pragma once

#include "scalar/network.h"

#include <string>
#include <vector>

// Left, E against the epochs (`epochs` and `errors` of the same length, epoch 0 first); right, what the
// trained `network` answers over the XOR square, with the four examples. Written to `path` as one SVG.
void draw_xor_training(const scalar::Network& network, const std::vector<double>& epochs, const std::vector<double>& errors,
                       const std::string& path);
