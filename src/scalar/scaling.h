// Feature scaling (standardization): x' = (x − mean)/sd, feature by feature, so that no feature swamps
// another because of its unit (kilograms are numbers around 90, metres around 2). Not a normalisation to [0, 1].
#pragma once

#include <vector>

namespace scalar {

// The mean and the standard deviation of each feature, measured on the training samples.
struct Scaling {
    std::vector<double> mean;  // mean_i = (1/m) Σ_k x_ki, one per feature (n values)
    std::vector<double> sd;    // sd_i = √((1/m) Σ_k (x_ki − mean_i)²), one per feature (n values)
};

// Measures the scaling of m samples × n features (divides by m, not m − 1: these are all the samples).
Scaling fit_scaling(const std::vector<std::vector<double>>& samples);

// x'_i = (x_i − mean_i)/sd_i for one sample (n values).
std::vector<double> scaled(const Scaling& scaling, const std::vector<double>& x);

// Every sample scaled (m samples × n features).
std::vector<std::vector<double>> scaled(const Scaling& scaling, const std::vector<std::vector<double>>& samples);

}  // namespace scalar
