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

Network as_network(const PerceptronLayer& layer, bool trained) {
    Network network;
    network.inputs = layer.neurons.empty() ? 0 : layer.neurons[0].weights.size();
    Layer drawn;
    drawn.activation = Activation::step;
    for (const Perceptron& neuron : layer.neurons) drawn.neurons.push_back(Neuron{neuron.weights, neuron.bias});
    network.layers.push_back(drawn);
    network.trained = trained;
    return network;
}

LayerTraining train_together(const std::vector<std::vector<double>>& x, const std::vector<std::vector<int>>& t,
                             double rate, int max_epochs) {
    const std::size_t n_out = t.empty() ? 0 : t[0].size();
    LayerTraining training{{std::vector<Perceptron>(n_out, zero_perceptron(x.empty() ? 0 : x[0].size()))}, {}};
    for (bool any_mistake = true; any_mistake && static_cast<int>(training.mistakes.size()) < max_epochs;) {
        std::vector<int> wrong(n_out, 0);
        for (std::size_t k = 0; k < x.size(); ++k) {
            const std::vector<PerceptronStep> steps = learn_together(training.layer, x[k], t[k], rate);
            for (std::size_t j = 0; j < n_out; ++j) wrong[j] += steps[j].y_hat != steps[j].t;
        }
        training.mistakes.push_back(wrong);
        any_mistake = false;
        for (int count : wrong) any_mistake = any_mistake || count > 0;
    }
    return training;
}

}  // namespace scalar
