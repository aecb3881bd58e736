#include "scalar/perceptron.h"

#include "scalar/activation.h"

namespace scalar {

double Perceptron::z(const std::vector<double>& x) const {
    double sum = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) sum += weights[i] * x[i];
    return sum + bias;
}

int Perceptron::output(const std::vector<double>& x) const { return static_cast<int>(activate(Activation::step, z(x))); }

Perceptron zero_perceptron(std::size_t n) { return Perceptron{std::vector<double>(n, 0.0), 0.0}; }

PerceptronStep learn(Perceptron& perceptron, const std::vector<double>& x, int t, double rate) {
    PerceptronStep step;
    step.x = x;
    step.z = perceptron.z(x);
    step.y_hat = static_cast<int>(activate(Activation::step, step.z));
    step.t = t;
    const double error = t - step.y_hat;  // t − ŷ: −1, 0 or +1
    for (std::size_t i = 0; i < x.size(); ++i) {
        step.dw.push_back(rate * error * x[i]);  // Δw_i = η(t − ŷ)x_i
        perceptron.weights[i] += step.dw[i];
    }
    step.db = rate * error;  // Δb = η(t − ŷ)
    perceptron.bias += step.db;
    step.weights = perceptron.weights;
    step.bias = perceptron.bias;
    return step;
}

std::vector<PerceptronStep> train_epoch(Perceptron& perceptron, const std::vector<std::vector<double>>& x,
                                        const std::vector<int>& t, double rate) {
    std::vector<PerceptronStep> epoch;
    for (std::size_t k = 0; k < x.size(); ++k) epoch.push_back(learn(perceptron, x[k], t[k], rate));
    return epoch;
}

int mistakes(const std::vector<PerceptronStep>& epoch) {
    int count = 0;
    for (const PerceptronStep& step : epoch) count += step.y_hat != step.t;
    return count;
}

int count_wrong(const Perceptron& perceptron, const std::vector<std::vector<double>>& x, const std::vector<int>& t) {
    int count = 0;
    for (std::size_t k = 0; k < x.size(); ++k) count += perceptron.output(x[k]) != t[k];
    return count;
}

Perceptron in_original_units(const Perceptron& perceptron, const Scaling& scaling) {
    Perceptron original{{}, perceptron.bias};
    for (std::size_t i = 0; i < perceptron.weights.size(); ++i) {
        original.weights.push_back(perceptron.weights[i] / scaling.sd[i]);
        original.bias -= perceptron.weights[i] * scaling.mean[i] / scaling.sd[i];
    }
    return original;
}

}  // namespace scalar
