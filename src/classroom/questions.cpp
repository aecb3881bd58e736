#include "classroom/questions.h"

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

Record problem_record(const NetFile& net, int decimals) {
    Network network = net.network;  // a training step updates the weights; the problem's stay as given
    const Example& example = net.examples.at(0);
    if (net.trains()) return training_step(network, example, net.rate, net.loss, decimals);
    return forward_pass(network, example.inputs, decimals);
}

std::vector<Record> problem_records(const NetFile& net, std::size_t steps, int decimals) {
    if (!net.trains()) return {problem_record(net, decimals)};
    Network network = net.network;
    std::vector<Record> records;
    for (std::size_t s = 0; s < steps; ++s) {
        records.push_back(training_step(network, net.examples[s % net.examples.size()], net.rate, net.loss, decimals));
    }
    return records;
}

bool has_biases(const Network& network) {
    for (const Layer& layer : network.layers) {
        if (layer.biased) return true;
    }
    return false;
}

std::vector<std::size_t> asked_quantities(const Record& record) {
    std::vector<std::size_t> asked;
    for (std::size_t k = 0; k < record.size(); ++k) {
        if (is_computed(record[k].rule)) asked.push_back(k);
    }
    return asked;
}
