// A network neuron by neuron, in double: Neuron → Layer → Network. For reading, not speed.
#pragma once

#include "scalar/activation.h"

#include <string>
#include <vector>

namespace scalar {

// One neuron: z = Σ_i a_i·w_i + b, then a = f(z) with its layer's f.
struct Neuron {
    std::vector<double> weights;  // w[l][j][i] for i = 1..n_{l−1}, stored at weights[i − 1]
    double bias = 0;              // b[l][j]
};

// One layer l: n_l neurons that all read the n_{l−1} activations of the layer before.
struct Layer {
    Activation activation = Activation::sigmoid;  // f, shared by the layer's neurons
    std::vector<Neuron> neurons;                  // neuron j at neurons[j − 1]
    bool biased = true;  // whether the neurons have a bias b[l][j] that learns; false: z = Σ a·w, no b at all

    // "3 → 1, sigmoid, 3 weights + 1 bias" (a bias is counted even when it is zero), or "…, no biases".
    std::string describe() const;
};

// The loss E that training minimises.
enum class Loss {
    squared,        // E = ½ Σ_j (t_j − y_j)²
    cross_entropy,  // E = −Σ_j t_j ln y_j, only with a softmax output layer
};

// "squared" or "cross-entropy", as written in .net files.
std::string loss_name(Loss loss);

// Layers 1..L; layer 0 is the input (n_0 values), layer L the output.
struct Network {
    std::size_t inputs = 0;     // n_0
    std::vector<Layer> layers;  // layer l at layers[l − 1]
    bool trained = false;       // whether a training step has changed the weights and biases since they were given

    // Weight w[l][j][i] (l, j, i counted from 1, as in the docs).
    double& weight(std::size_t l, std::size_t j, std::size_t i) { return layers[l - 1].neurons[j - 1].weights[i - 1]; }
    // Bias b[l][j].
    double& bias(std::size_t l, std::size_t j) { return layers[l - 1].neurons[j - 1].bias; }
    // n_l: the number of neurons of layer l (n_0 = inputs).
    std::size_t size(std::size_t l) const { return l == 0 ? inputs : layers[l - 1].neurons.size(); }

    // Weights plus biases of every layer (a layer without biases has only weights).
    std::size_t parameter_count() const;
    // One line per layer: "layer 1: 2 → 3, sigmoid, 6 weights + 3 biases".
    std::string describe() const;
};

}  // namespace scalar
