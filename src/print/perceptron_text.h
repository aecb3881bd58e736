// Console output for the perceptron lessons (01–03): the scaling used, the table of learning steps,
// the learned line. Printing only; the perceptron itself is in scalar/perceptron.h.
#pragma once

#include "scalar/perceptron.h"
#include "scalar/scaling.h"

#include <ostream>
#include <string>
#include <vector>

// One line per feature: "x1 = (height − 2.0887)/0.3977   (height: mean 2.0887 m, sd 0.3977 m)".
// names: n feature names, units: n units.
void print_scaling(std::ostream& out, const scalar::Scaling& scaling, const std::vector<std::string>& names,
                   const std::vector<std::string>& units);

// The table of learning steps of a perceptron with two inputs, one row per sample k = 1, 2, …: the raw
// sample (2 values, 2 and 1 decimals), the scaled x, z, ŷ, t, the changes and the weights after the step:
// "   k  height  weight |      x1      x2 |       z  ŷ  t |     Δw1     Δw2      Δb |      w1      w2       b".
// raw: one sample per step.
void print_step_table(std::ostream& out, const std::vector<std::vector<double>>& raw,
                      const std::vector<scalar::PerceptronStep>& steps);

// A number as the next term of a sum: "+ 2.7678" or "- 1.1023" (4 decimals when decimals = 4).
std::string signed_number(double x, int decimals);

// "w1·x1 + w2·x2 + b" with the numbers, 4 decimals: "0.1584·x1 + 0.0707·x2 + 0.0000".
std::string perceptron_formula(const scalar::Perceptron& perceptron);
