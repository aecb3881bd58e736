// Console output for the perceptron lessons (01–03): the scaling used, the tables of learning steps and
// updates, the learned line. Printing only; the perceptron itself is in scalar/perceptron.h. Names are the
// docs': the inputs a[0][i], z[1][1], a[1][1] = step(z[1][1]), t[1], Δw[1][1][i], Δb[1][1], w[1][1][i], b[1][1].
#pragma once

#include "scalar/perceptron.h"
#include "scalar/scaling.h"

#include <ostream>
#include <string>
#include <vector>

// One line per feature i: "a[0][1] = (height − 2.0887)/0.3977   height: mean 2.0887 m, sd 0.3977 m".
// names: n feature names, units: n units.
void print_scaling(std::ostream& out, const scalar::Scaling& scaling, const std::vector<std::string>& names,
                   const std::vector<std::string>& units);

// The forward half of an epoch of a perceptron with two inputs, one row per sample k = 1, 2, …: the raw
// sample (2 values, 2 and 1 decimals), a[0][1], a[0][2], z[1][1], a[1][1], t[1], and "← mistake" where
// a[1][1] ≠ t[1]. With `all` every row; otherwise the first `first` rows and every mistake, a "…" row for
// each run left out. raw: one sample per step.
void print_step_table(std::ostream& out, const std::vector<std::vector<double>>& raw,
                      const std::vector<scalar::PerceptronStep>& steps, bool all, std::size_t first = 4);

// The updates of an epoch (its mistakes), one row each: k, Δw[1][1][1], Δw[1][1][2], Δb[1][1], and the
// weights and bias after the update. Nothing when the epoch has no mistake.
void print_update_table(std::ostream& out, const std::vector<scalar::PerceptronStep>& steps);

// "epoch 1: 2 mistakes (k = 3, 7)": the count and the first few k of the mistakes.
std::string epoch_summary(int epoch, const std::vector<scalar::PerceptronStep>& steps);

// A number as the next term of a sum: "+ 2.7678" or "- 1.1023" (4 decimals when decimals = 4).
std::string signed_number(double x, int decimals);

// "w1·x1 + w2·x2 + b" with the numbers, 4 decimals: "0.1584·x1 + 0.0707·x2 + 0.0000".
std::string perceptron_formula(const scalar::Perceptron& perceptron);

// The same with the inputs named as the docs name them: "0.1584·a[0][1] + 0.0707·a[0][2] + 0.0000".
std::string perceptron_sum(const scalar::Perceptron& perceptron);
