// Lesson 03's figure of the trained Keras-shaped network: which class it answers over heights and weights,
// with the humans and ostriches it learned from. Drawing only.
#pragma once

#include "lesson_data/ostriches.h"
#include "scalar/network.h"
#include "scalar/scaling.h"

#include <string>

// The regions where `network` (2 → 3 relu → 2 softmax, inputs made by keras_input with `scaling`) gives
// the human class (a[2][1] > a[2][2]) or the ostrich class, over height 1.3–3.0 m and weight 30–170 kg,
// with every animal of `animals`; `epochs` names the training in the title. Written to `path` as SVG.
void draw_keras_regions(const scalar::Network& network, const scalar::Scaling& scaling, const Animals& animals,
                        int epochs, const std::string& path);
