#include "scalar/backprop.h"

namespace scalar {

void record_forward(const Network& network, const std::vector<double>& inputs, Record& record) {
    for (std::size_t i = 1; i <= network.inputs; ++i) record.give(key::a(0, i), inputs.at(i - 1), Rule::input);
    // The weights and biases as the problem gives them, or as an earlier step left them.
    const Rule parameter = network.trained ? Rule::carried : Rule::given;
    for (std::size_t l = 1; l <= network.layers.size(); ++l) {
        const Layer& layer = network.layers[l - 1];
        // z[l][j] = Σ_i a[l−1][i]·w[l][j][i] + b[l][j]
        for (std::size_t j = 1; j <= layer.neurons.size(); ++j) {
            const Neuron& neuron = layer.neurons[j - 1];
            Operands<std::size_t> sum;
            for (std::size_t i = 1; i <= neuron.weights.size(); ++i) {
                sum.inputs.push_back(record.index(key::a(l - 1, i)));
                sum.weights.push_back(record.give(key::w(l, j, i), neuron.weights[i - 1], parameter));
            }
            if (layer.biased) sum.bias.push_back(record.give(key::b(l, j), neuron.bias, parameter));
            record.compute(key::z(l, j), Rule::weighted_sum, sum);
        }
        // a[l][j] = f(z[l][j]); softmax reads every z of the layer: a[l][j] = e^z[l][j] / Σ_k e^z[l][k]
        for (std::size_t j = 1; j <= layer.neurons.size(); ++j) {
            Operands<std::size_t> activation;
            activation.z = {record.index(key::z(l, j))};
            if (layer.activation == Activation::softmax) {
                for (std::size_t k = 1; k <= layer.neurons.size(); ++k) activation.layer_z.push_back(record.index(key::z(l, k)));
                record.compute(key::a(l, j), Rule::softmax, activation, Activation::softmax);
            } else {
                record.compute(key::a(l, j), Rule::activation, activation, layer.activation);
            }
        }
    }
}

void record_error(const Network& network, const std::vector<double>& targets, Loss loss, Record& record) {
    const std::size_t L = network.layers.size();
    // E = ½ Σ_j (t_j − y_j)²   or   E = −Σ_j t_j ln y_j, with y_j = a[L][j]
    Operands<std::size_t> error;
    for (std::size_t j = 1; j <= network.size(L); ++j) {
        error.t.push_back(record.give(key::t(j), targets.at(j - 1)));
        error.a.push_back(record.index(key::a(L, j)));
        // after a softmax, ln y_j comes from the z's (log-sum-exp), so that a tiny y keeps a finite ln
        if (loss == Loss::cross_entropy && network.layers.back().activation == Activation::softmax) {
            error.layer_z.push_back(record.index(key::z(L, j)));
        }
    }
    record.compute(key::E(), loss == Loss::squared ? Rule::squared_error : Rule::cross_entropy, error);
}

void record_backward(const Network& network, Loss loss, Record& record) {
    const std::size_t L = network.layers.size();
    const Layer& output = network.layers[L - 1];
    // Output layer: δ[L][j] = f′(z[L][j])·(t_j − y_j), or t_j − y_j for softmax with cross-entropy (rules.cpp).
    for (std::size_t j = 1; j <= output.neurons.size(); ++j) {
        Operands<std::size_t> delta;
        delta.a = {record.index(key::a(L, j))};
        delta.t = {record.index(key::t(j))};
        if (output.activation == Activation::softmax && loss == Loss::cross_entropy) {
            record.compute(key::delta(L, j), Rule::softmax_delta, delta);
        } else {
            delta.z = {record.index(key::z(L, j))};
            record.compute(key::delta(L, j), Rule::output_delta, delta, output.activation);
        }
    }
    // Hidden layers, from L−1 down to 1: δ[l][j] = f′(z[l][j])·Σ_k w[l+1][k][j]·δ[l+1][k], with the weights
    // before this step's update.
    for (std::size_t l = L - 1; l >= 1; --l) {
        for (std::size_t j = 1; j <= network.size(l); ++j) {
            Operands<std::size_t> delta;
            delta.z = {record.index(key::z(l, j))};
            delta.a = {record.index(key::a(l, j))};
            for (std::size_t k = 1; k <= network.size(l + 1); ++k) {
                delta.next_weights.push_back(record.index(key::w(l + 1, k, j)));
                delta.next_deltas.push_back(record.index(key::delta(l + 1, k)));
            }
            record.compute(key::delta(l, j), Rule::hidden_delta, delta, network.layers[l - 1].activation);
        }
    }
}

// The operands of a change: Δw = η·δ·a reads rate, delta and the input a; Δb = η·δ reads rate and delta.
static Operands<std::size_t> change_operands(std::size_t eta, std::size_t delta, std::vector<std::size_t> a = {}) {
    Operands<std::size_t> change;
    change.rate = {eta};
    change.delta = {delta};
    change.inputs = std::move(a);
    return change;
}

// The operands of an update: new = old + change.
static Operands<std::size_t> update_operands(std::size_t old, std::size_t change) {
    Operands<std::size_t> update;
    update.old = {old};
    update.change = {change};
    return update;
}

void record_update(Network& network, double rate, Record& record) {
    const std::size_t eta = record.give(key::rate(), rate);
    for (std::size_t l = 1; l <= network.layers.size(); ++l) {
        for (std::size_t j = 1; j <= network.size(l); ++j) {
            const std::size_t delta = record.index(key::delta(l, j));
            // Δw[l][j][i] = η·δ[l][j]·a[l−1][i];  w ← w + Δw
            for (std::size_t i = 1; i <= network.size(l - 1); ++i) {
                const std::size_t a = record.index(key::a(l - 1, i));
                const std::size_t dw = record.compute(key::dw(l, j, i), Rule::weight_change, change_operands(eta, delta, {a}));
                const std::size_t w = record.index(key::w(l, j, i));
                network.weight(l, j, i) = record[record.compute(key::new_w(l, j, i), Rule::new_weight, update_operands(w, dw))].value;
            }
            // Δb[l][j] = η·δ[l][j];  b ← b + Δb
            if (!network.layers[l - 1].biased) continue;
            const std::size_t db = record.compute(key::db(l, j), Rule::bias_change, change_operands(eta, delta));
            const std::size_t b = record.index(key::b(l, j));
            network.bias(l, j) = record[record.compute(key::new_b(l, j), Rule::new_bias, update_operands(b, db))].value;
        }
    }
    network.trained = true;
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
    for (std::size_t j = 1; j <= network.size(L); ++j) y.push_back(record.value(key::a(L, j)));
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

}  // namespace scalar
