// Lesson 04's figure: a forward pass drawn on the sigmoid curve. Drawing only.
#pragma once

#include "scalar/record.h"

#include <string>

// The sigmoid curve, zoomed in on z from 0.6 to 2.0, with the values of `record` (the forward pass of the
// article's 2 → 3 → 1 network) on it: the three hidden neurons a[1][j], the output y = a[2][1], and the
// article's rounded output sum (z = 1.235). Written to `path` as SVG.
void draw_forward_pass_on_sigmoid(const scalar::Record& record, const std::string& path);
