#include "scalar/perceptron_layer.h"

namespace scalar {

std::vector<double> z_by_neuron(const PerceptronLayer& layer, const std::vector<double>& x) {
    std::vector<double> z;
    for (const Perceptron& neuron : layer.neurons) z.push_back(neuron.z(x));
    return z;
}

std::vector<std::vector<double>> weight_matrix(const PerceptronLayer& layer) {
    std::vector<std::vector<double>> W;
    for (const Perceptron& neuron : layer.neurons) W.push_back(neuron.weights);
    return W;
}

std::vector<double> bias_vector(const PerceptronLayer& layer) {
    std::vector<double> b;
    for (const Perceptron& neuron : layer.neurons) b.push_back(neuron.bias);
    return b;
}

std::vector<double> matrix_times_vector_plus(const std::vector<std::vector<double>>& W, const std::vector<double>& x,
                                             const std::vector<double>& b) {
    std::vector<double> result(W.size());
    for (std::size_t j = 0; j < W.size(); ++j) {
        double row_times_x = 0;
        for (std::size_t i = 0; i < x.size(); ++i) row_times_x += W[j][i] * x[i];
        result[j] = row_times_x + b[j];
    }
    return result;
}

std::vector<int> outputs(const PerceptronLayer& layer, const std::vector<double>& x) {
    std::vector<int> y;
    for (const Perceptron& neuron : layer.neurons) y.push_back(neuron.output(x));
    return y;
}

std::vector<PerceptronStep> learn_together(PerceptronLayer& layer, const std::vector<double>& x,
                                           const std::vector<int>& t, double rate) {
    std::vector<PerceptronStep> steps;
    for (std::size_t j = 0; j < layer.neurons.size(); ++j) steps.push_back(learn(layer.neurons[j], x, t[j], rate));
    return steps;
}

}  // namespace scalar
