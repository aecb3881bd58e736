#include "classroom/questions.h"

Record problem_record(const NetFile& net, int decimals) {
    Network network = net.network;  // a training step updates the weights; the problem's stay as given
    const Example& example = net.examples.at(0);
    if (net.trains()) return training_step(network, example, net.rate, net.loss, decimals);
    return forward_pass(network, example.inputs, decimals);
}

bool has_biases(const Network& network) {
    for (const Layer& layer : network.layers) {
        for (const Neuron& neuron : layer.neurons) {
            if (neuron.bias != 0) return true;
        }
    }
    return false;
}

// Whether `key` is a bias update: db[l][j] or new_b[l][j].
static bool is_bias_update(const std::string& key) { return key.rfind("db[", 0) == 0 || key.rfind("new_b[", 0) == 0; }

std::vector<std::size_t> asked_quantities(const Record& record, bool biases) {
    std::vector<std::size_t> asked;
    for (std::size_t k = 0; k < record.size(); ++k) {
        const Quantity& q = record[k];
        if (!is_computed(q.rule)) continue;
        if (!biases && is_bias_update(q.key)) continue;
        asked.push_back(k);
    }
    return asked;
}
