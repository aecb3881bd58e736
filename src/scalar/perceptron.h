// One perceptron, z = w·x + b and ŷ = step(z), with its learning rule. For lessons 01–03, in double;
// networks with hidden layers and backpropagation are in network.h and backprop.h.
#pragma once

#include "scalar/scaling.h"

#include <vector>

namespace scalar {

// A perceptron with n inputs.
struct Perceptron {
    std::vector<double> weights;  // w_i, i = 1..n, at weights[i − 1]
    double bias = 0;              // b

    // z = w_1·x_1 + … + w_n·x_n + b, summed in that order (x: n values).
    double z(const std::vector<double>& x) const;
    // ŷ = step(z): 1 when z ≥ 0, else 0.
    int output(const std::vector<double>& x) const;
};

// A perceptron with n inputs whose weights and bias are all 0.
Perceptron zero_perceptron(std::size_t n);

// What one use of the learning rule did, for printing and for tests.
struct PerceptronStep {
    std::vector<double> x;        // the sample (n values)
    double z = 0;                 // z = w·x + b before the update
    int y_hat = 0;                // ŷ = step(z)
    int t = 0;                    // the target
    std::vector<double> dw;       // Δw_i = η(t − ŷ)x_i (n values; all 0 when ŷ = t)
    double db = 0;                // Δb = η(t − ŷ)
    std::vector<double> weights;  // w after the update (n values)
    double bias = 0;              // b after the update
};

// The perceptron rule for one sample: w ← w + η(t − ŷ)x, b ← b + η(t − ŷ). Changes nothing when ŷ = t.
PerceptronStep learn(Perceptron& perceptron, const std::vector<double>& x, int t, double rate);

// One epoch: the rule applied to every sample once, in order (x: m samples × n, t: m targets).
std::vector<PerceptronStep> train_epoch(Perceptron& perceptron, const std::vector<std::vector<double>>& x,
                                        const std::vector<int>& t, double rate);

// The number of steps of an epoch where ŷ ≠ t (where the rule changed the weights).
int mistakes(const std::vector<PerceptronStep>& epoch);

// The number of samples the perceptron gets wrong now, without learning (x: m × n, t: m).
int count_wrong(const Perceptron& perceptron, const std::vector<std::vector<double>>& x, const std::vector<int>& t);

// The same perceptron for unscaled inputs: trained on x'_i = (x_i − mean_i)/sd_i, it computes
// z = Σ_i (w_i/sd_i)·x_i + (b − Σ_i w_i·mean_i/sd_i), so W_i = w_i/sd_i and B = b − Σ_i w_i·mean_i/sd_i.
Perceptron in_original_units(const Perceptron& perceptron, const Scaling& scaling);

}  // namespace scalar
