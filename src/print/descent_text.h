// Console output of gradient descent on one weight (lesson 05): the table of the walk and the secant
// between two of its steps. Printing only; the numbers come from scalar/one_weight_descent.h.
#pragma once

#include "scalar/one_weight_descent.h"

#include <ostream>
#include <string>
#include <vector>

// The walk as a table: k, w_k, E(w_k), the slope ∂E/∂w from backpropagation and the step −η·∂E/∂w, each
// number with `decimals` decimals; `weight` names the weight in the header ("w[2][1][1]").
void print_descent(std::ostream& out, const std::vector<scalar::DescentStep>& walk, const std::string& weight,
                   int decimals);

// The slope of the secant between steps k and k + 1, from their printed numbers (rounded to `decimals`):
// "(E_1 − E_0)/(w_1 − w_0) = (0.555857 − 0.612251)/(-0.252788 − 0.3) = 0.102013".
std::string secant_line(const std::vector<scalar::DescentStep>& walk, std::size_t k, int decimals);

// The same slope as a number, from the rounded numbers secant_line prints.
double secant_slope(const std::vector<scalar::DescentStep>& walk, std::size_t k, int decimals);
