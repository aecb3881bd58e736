#include "scalar/backprop.h"

void record_forward(const Network& network, const std::vector<double>& inputs, Record& record) {
    for (std::size_t i = 1; i <= network.inputs; ++i) {
        record.give(indexed("a", {0, i}), inputs.at(i - 1), Rule::input);
    }
    for (std::size_t l = 1; l <= network.layers.size(); ++l) {
        const Layer& layer = network.layers[l - 1];
        // z[l][j] = Σ_i a[l−1][i]·w[l][j][i] + b[l][j]
        for (std::size_t j = 1; j <= layer.neurons.size(); ++j) {
            const Neuron& neuron = layer.neurons[j - 1];
            std::vector<std::size_t> operands;
            for (std::size_t i = 1; i <= neuron.weights.size(); ++i) {
                operands.push_back(record.index(indexed("a", {l - 1, i})));
                operands.push_back(record.give(indexed("w", {l, j, i}), neuron.weights[i - 1]));
            }
            if (layer.biased) operands.push_back(record.give(indexed("b", {l, j}), neuron.bias));
            record.compute(indexed("z", {l, j}), Rule::weighted_sum, operands);
        }
        // a[l][j] = f(z[l][j]); softmax reads every z of the layer: a[l][j] = e^z[l][j] / Σ_k e^z[l][k]
        for (std::size_t j = 1; j <= layer.neurons.size(); ++j) {
            const std::size_t z = record.index(indexed("z", {l, j}));
            if (layer.activation == Activation::softmax) {
                std::vector<std::size_t> operands = {z};
                for (std::size_t k = 1; k <= layer.neurons.size(); ++k) operands.push_back(record.index(indexed("z", {l, k})));
                record.compute(indexed("a", {l, j}), Rule::softmax, operands, Activation::softmax);
            } else {
                record.compute(indexed("a", {l, j}), Rule::activation, {z}, layer.activation);
            }
        }
    }
}

void record_error(const Network& network, const std::vector<double>& targets, Loss loss, Record& record) {
    const std::size_t L = network.layers.size();
    // E = ½ Σ_j (t_j − y_j)²   or   E = −Σ_j t_j ln y_j, with y_j = a[L][j]
    std::vector<std::size_t> operands;
    for (std::size_t j = 1; j <= network.size(L); ++j) {
        operands.push_back(record.give(indexed("t", {j}), targets.at(j - 1)));
        operands.push_back(record.index(indexed("a", {L, j})));
    }
    record.compute("E", loss == Loss::squared ? Rule::squared_error : Rule::cross_entropy, operands);
}

void record_backward(const Network& network, Loss loss, Record& record) {
    const std::size_t L = network.layers.size();
    const Layer& output = network.layers[L - 1];
    // Output layer. Forward: E = ½ Σ (t_j − y_j)², y_j = f(z_j)  ⇒  δ_j = −∂E/∂z_j = f′(z_j)(t_j − y_j).
    // With softmax and E = −Σ t ln y the f′ and the 1/y cancel  ⇒  δ_j = t_j − y_j.
    for (std::size_t j = 1; j <= output.neurons.size(); ++j) {
        const std::size_t z = record.index(indexed("z", {L, j}));
        const std::size_t y = record.index(indexed("a", {L, j}));
        const std::size_t t = record.index(indexed("t", {j}));
        if (output.activation == Activation::softmax && loss == Loss::cross_entropy) {
            record.compute(indexed("delta", {L, j}), Rule::softmax_delta, {t, y});
        } else {
            record.compute(indexed("delta", {L, j}), Rule::output_delta, {z, y, t}, output.activation);
        }
    }
    // Hidden layers, from L−1 down to 1. Forward: z[l+1][k] = Σ_j a[l][j]·w[l+1][k][j] + b, a[l][j] = f(z[l][j])
    // ⇒ δ[l][j] = f′(z[l][j]) Σ_k w[l+1][k][j]·δ[l+1][k], with the weights before this step's update.
    for (std::size_t l = L - 1; l >= 1; --l) {
        for (std::size_t j = 1; j <= network.size(l); ++j) {
            std::vector<std::size_t> operands = {record.index(indexed("z", {l, j})), record.index(indexed("a", {l, j}))};
            for (std::size_t k = 1; k <= network.size(l + 1); ++k) {
                operands.push_back(record.index(indexed("w", {l + 1, k, j})));
                operands.push_back(record.index(indexed("delta", {l + 1, k})));
            }
            record.compute(indexed("delta", {l, j}), Rule::hidden_delta, operands, network.layers[l - 1].activation);
        }
    }
}

void record_update(Network& network, double rate, Record& record) {
    const std::size_t eta = record.give("rate", rate);
    for (std::size_t l = 1; l <= network.layers.size(); ++l) {
        for (std::size_t j = 1; j <= network.size(l); ++j) {
            const std::size_t delta = record.index(indexed("delta", {l, j}));
            // Δw[l][j][i] = η·δ[l][j]·a[l−1][i];  w ← w + Δw
            for (std::size_t i = 1; i <= network.size(l - 1); ++i) {
                const std::size_t a = record.index(indexed("a", {l - 1, i}));
                const std::size_t dw = record.compute(indexed("dw", {l, j, i}), Rule::weight_change, {eta, delta, a});
                const std::size_t w = record.index(indexed("w", {l, j, i}));
                network.weight(l, j, i) = record[record.compute(indexed("new_w", {l, j, i}), Rule::updated, {w, dw})].value;
            }
            // Δb[l][j] = η·δ[l][j];  b ← b + Δb
            if (!network.layers[l - 1].biased) continue;
            const std::size_t db = record.compute(indexed("db", {l, j}), Rule::bias_change, {eta, delta});
            const std::size_t b = record.index(indexed("b", {l, j}));
            network.bias(l, j) = record[record.compute(indexed("new_b", {l, j}), Rule::updated, {b, db})].value;
        }
    }
}

Record training_step(Network& network, const Example& example, double rate, Loss loss, int decimals) {
    Record record(decimals);
    record_forward(network, example.inputs, record);
    record_error(network, example.targets, loss, record);
    record_backward(network, loss, record);
    record_update(network, rate, record);
    return record;
}

Record forward_pass(const Network& network, const std::vector<double>& inputs, int decimals) {
    Record record(decimals);
    record_forward(network, inputs, record);
    return record;
}

std::vector<double> outputs(const Network& network, const std::vector<double>& inputs) {
    const Record record = forward_pass(network, inputs);
    const std::size_t L = network.layers.size();
    std::vector<double> y;
    for (std::size_t j = 1; j <= network.size(L); ++j) y.push_back(record.value(indexed("a", {L, j})));
    return y;
}

std::vector<Record> training_steps(Network& network, const std::vector<Example>& examples, double rate, Loss loss,
                                   std::size_t steps, int decimals) {
    std::vector<Record> records;
    for (std::size_t k = 0; k < steps; ++k) {
        records.push_back(training_step(network, examples[k % examples.size()], rate, loss, decimals));
    }
    return records;
}
