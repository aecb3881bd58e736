#include "scalar/network.h"

namespace scalar {

// "1 weight", "6 weights", "1 bias", "3 biases".
static std::string plural(std::size_t n, const std::string& word) {
    const std::string ending = word.back() == 's' ? "es" : "s";
    return std::to_string(n) + " " + word + (n == 1 ? "" : ending);
}

std::string Layer::describe() const {
    const std::size_t n_in = neurons.empty() ? 0 : neurons[0].weights.size();
    return std::to_string(n_in) + " → " + std::to_string(neurons.size()) + ", " + activation_name(activation) +
           ", " + plural(n_in * neurons.size(), "weight") + (biased ? " + " + plural(neurons.size(), "bias") : ", no biases");
}

std::string loss_name(Loss loss) { return loss == Loss::squared ? "squared" : "cross-entropy"; }

std::size_t Network::parameter_count() const {
    std::size_t count = 0;
    for (const Layer& layer : layers) {
        for (const Neuron& neuron : layer.neurons) count += neuron.weights.size() + (layer.biased ? 1 : 0);
    }
    return count;
}

std::string Network::describe() const {
    std::string text;
    for (std::size_t l = 1; l <= layers.size(); ++l) {
        text += "layer " + std::to_string(l) + ": " + layers[l - 1].describe() + "\n";
    }
    return text;
}

}  // namespace scalar
