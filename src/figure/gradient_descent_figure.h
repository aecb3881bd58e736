// Lesson 05's picture of gradient descent: E against one weight, the tangent, a secant and the steps, once
// with a rate that walks down and once with one so large that the steps overshoot. Drawing only.
#pragma once

#include "scalar/one_weight_descent.h"

#include <string>
#include <vector>

// One walk to draw: its steps and its rate η.
struct DrawnWalk {
    std::vector<scalar::DescentStep> steps;  // w_0 … w_K with E, slope and step (one_weight_descent.h)
    double rate = 0;                         // η
};

// Two panels side by side, each with the curve E(w) (the samples `curve_w`, `curve_e`, of the same length) and
// a walk: left `walk` with the tangent at w_0 (slope from backpropagation) and the secant from w_0 to w_1;
// right `overshoot`. `weight` names the weight on the axis ("w[2][1][1]"). Written to `path` as one SVG.
void draw_gradient_descent(const std::vector<double>& curve_w, const std::vector<double>& curve_e, const DrawnWalk& walk,
                           const DrawnWalk& overshoot, const std::string& weight, const std::string& path);
