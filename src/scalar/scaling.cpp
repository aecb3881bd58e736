#include "scalar/scaling.h"

#include <cmath>

namespace scalar {

Scaling fit_scaling(const std::vector<std::vector<double>>& samples) {
    const std::size_t m = samples.size(), n = samples.empty() ? 0 : samples[0].size();
    Scaling scaling{std::vector<double>(n, 0.0), std::vector<double>(n, 0.0)};
    for (std::size_t i = 0; i < n; ++i) {
        double sum = 0;
        for (const std::vector<double>& x : samples) sum += x[i];
        scaling.mean[i] = sum / m;
        double squares = 0;
        for (const std::vector<double>& x : samples) squares += (x[i] - scaling.mean[i]) * (x[i] - scaling.mean[i]);
        scaling.sd[i] = std::sqrt(squares / m);
    }
    return scaling;
}

std::vector<double> scaled(const Scaling& scaling, const std::vector<double>& x) {
    std::vector<double> out(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) out[i] = (x[i] - scaling.mean[i]) / scaling.sd[i];
    return out;
}

std::vector<std::vector<double>> scaled(const Scaling& scaling, const std::vector<std::vector<double>>& samples) {
    std::vector<std::vector<double>> out;
    for (const std::vector<double>& x : samples) out.push_back(scaled(scaling, x));
    return out;
}

}  // namespace scalar
