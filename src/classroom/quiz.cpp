#include "classroom/quiz.h"

#include "classroom/questions.h"
#include "core/input_error.h"
#include "core/rng.h"

#include <algorithm>
#include <cmath>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

Activation QuizSettings::activation(std::size_t l) const { return activations.size() == 1 ? activations[0] : activations.at(l - 1); }

const std::vector<double>& quiz_rates() {
    static const std::vector<double> rates = {0.1, 0.2, 0.5, 1};
    return rates;
}

std::vector<std::size_t> parse_shape(const std::string& text, const std::string& command, const std::string& name) {
    const std::string expected = " (expected sizes joined by '-' such as 2-2-1: the inputs, then each layer)";
    std::vector<std::size_t> shape;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find('-', start);
        const std::string word = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (word.empty() || word.size() > 3 || word.find_first_not_of("0123456789") != std::string::npos) {
            throw InputError(command, 0, name + " " + quoted(text) + " is not a shape" + expected);
        }
        shape.push_back(std::stoul(word));
        if (end == std::string::npos) break;
        start = end + 1;
    }
    if (shape.size() < 2) throw InputError(command, 0, name + " " + text + " has no layer" + expected);
    if (shape.size() - 1 > quiz_most_layers) {
        throw InputError(command, 0, name + " " + text + " has " + std::to_string(shape.size() - 1) +
                                         " layers after the inputs; a quiz has at most " + std::to_string(quiz_most_layers));
    }
    for (std::size_t l = 0; l < shape.size(); ++l) {
        if (shape[l] < 1 || shape[l] > quiz_most_neurons) {
            const std::string which = l == 0 ? "the input layer" : "layer " + std::to_string(l);
            throw InputError(command, 0, name + " " + text + ": " + which + " has " + std::to_string(shape[l]) +
                                             " neurons; a quiz has 1 to " + std::to_string(quiz_most_neurons) + " per layer");
        }
    }
    return shape;
}

std::vector<Activation> parse_activations(const std::string& text, std::size_t layers, const std::string& command,
                                          const std::string& name) {
    const std::string expected = " (expected sigmoid, tanh or relu for every layer, or one name per layer joined by ',' such as "
                                 "relu,sigmoid; softmax only for the last layer)";
    std::vector<Activation> activations;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(',', start);
        const std::string word = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        Activation f = Activation::sigmoid;
        const bool known = parse_activation(word, f) &&
                           (f == Activation::sigmoid || f == Activation::tanh || f == Activation::relu || f == Activation::softmax);
        if (!known) throw InputError(command, 0, name + " " + quoted(text) + ": " + quoted(word) + " is not an activation" + expected);
        activations.push_back(f);
        if (end == std::string::npos) break;
        start = end + 1;
    }
    if (activations.size() != 1 && activations.size() != layers) {
        throw InputError(command, 0, name + " " + text + " names " + std::to_string(activations.size()) + " activations for " +
                                         std::to_string(layers) + " layers" + expected);
    }
    for (std::size_t k = 0; k + 1 < activations.size(); ++k) {
        if (activations[k] == Activation::softmax) {
            throw InputError(command, 0, name + " " + text + ": softmax is only for the last layer (layer " + std::to_string(layers) +
                                             "), not layer " + std::to_string(k + 1));
        }
    }
    if (activations.size() == 1 && activations[0] == Activation::softmax && layers > 1) {
        throw InputError(command, 0, name + " softmax would make every layer softmax, and softmax is only for the last layer "
                                     "(expected one name per layer such as sigmoid,softmax)");
    }
    return activations;
}

void settle_loss(QuizSettings& settings, bool loss_given, const std::string& command) {
    const std::size_t L = settings.shape.size() - 1;
    std::vector<Activation> layers;
    for (std::size_t l = 1; l <= L; ++l) layers.push_back(settings.activation(l));
    const bool softmax = layers.back() == Activation::softmax;
    if (settings.loss == Loss::squared && softmax && loss_given) {
        throw InputError(command, 0, "a softmax output goes with --loss cross-entropy, not squared-error (its δ = t − y holds only for that pairing)");
    }
    if (settings.loss == Loss::cross_entropy || softmax) {
        if (settings.forward_only) {
            throw InputError(command, 0, "--forward-only has no targets, so no error: leave out softmax and --loss cross-entropy");
        }
        if (settings.shape.back() < 2) {
            throw InputError(command, 0, "a softmax output needs at least 2 neurons (the one output of a softmax is always 1); "
                                         "expected a shape such as 2-2-2");
        }
        settings.loss = Loss::cross_entropy;
        layers.back() = Activation::softmax;
    }
    const bool same = std::all_of(layers.begin(), layers.end(), [&](Activation f) { return f == layers[0]; });
    settings.activations = same ? std::vector<Activation>{layers[0]} : layers;
}

std::string activations_text(const QuizSettings& settings) {
    std::string text;
    for (Activation f : settings.activations) text += (text.empty() ? "" : ",") + activation_name(f);
    return text;
}

// A number k / 10^decimals ("0.3", "-0.7"): a value in [low, 1] with `decimals` decimals, drawn evenly among
// those (low is −1 or 0), zero excluded when `nonzero`.
static double nice_number(Rng& rng, int decimals, double low, bool nonzero) {
    const long scale = std::lround(std::pow(10.0, decimals));
    const long first = low < 0 ? -scale : 0;
    while (true) {
        const long k = first + static_cast<long>(rng.below(static_cast<std::uint64_t>(scale - first + 1)));
        if (k != 0 || !nonzero) return static_cast<double>(k) / static_cast<double>(scale);
    }
}

// One neuron of a layer reading n_{l−1} = `inputs` values: its weights (and bias), drawn in that order.
static Neuron draw_neuron(const QuizSettings& settings, std::size_t inputs, Rng& rng) {
    Neuron neuron;
    for (std::size_t i = 0; i < inputs; ++i) neuron.weights.push_back(nice_number(rng, settings.decimals, -1, true));
    if (settings.bias) neuron.bias = nice_number(rng, settings.decimals, -1, true);
    return neuron;
}

// Whether relu's kink is clear of z (|z| ≥ 0.01, so rounding z cannot change relu′(z)).
static bool clear_of_kink(double z) { return std::fabs(z) >= 0.01; }

// Draws layer l (the last of `network` so far has l − 1 layers) for a relu network: each neuron is drawn
// again until its z is clear of the kink, and the layer again until one of its neurons is alive (z > 0).
// Attempts are bounded; a rare unlucky layer is kept as it is (it is still a correct problem).
static Layer draw_relu_layer(const QuizSettings& settings, Network& network, const std::vector<double>& inputs, Rng& rng) {
    const std::size_t l = network.layers.size() + 1;
    for (int layer_attempt = 0;; ++layer_attempt) {
        network.layers.push_back(Layer{settings.activation(l), {}, settings.bias});
        bool alive = false;
        for (std::size_t j = 1; j <= settings.shape[l]; ++j) {
            network.layers.back().neurons.push_back(draw_neuron(settings, settings.shape[l - 1], rng));
            for (int attempt = 0; attempt < 100; ++attempt) {
                const double z = forward_pass(network, inputs, quiz_answer_decimals).value(key::z(l, j));
                if (clear_of_kink(z)) break;
                network.layers.back().neurons.back() = draw_neuron(settings, settings.shape[l - 1], rng);
            }
            alive = alive || forward_pass(network, inputs, quiz_answer_decimals).value(key::z(l, j)) > 0;
        }
        Layer layer = network.layers.back();
        network.layers.pop_back();
        if (alive || layer_attempt == 100) return layer;
    }
}

// One draw of the problem of `settings` from `rng`: the example, η, then the layers in order.
static NetFile draw_problem(const QuizSettings& settings, Rng& rng) {
    const std::vector<std::size_t>& shape = settings.shape;
    NetFile net;
    Example example;
    for (std::size_t i = 0; i < shape.front(); ++i) example.inputs.push_back(nice_number(rng, settings.decimals, -1, true));
    // Targets lie in the range of f: [−1, 1] for tanh, [0, 1] otherwise; a softmax's are one class (one-hot).
    const Activation output = settings.activation(shape.size() - 1);
    const double lowest_target = output == Activation::tanh ? -1 : 0;
    if (!settings.forward_only && output == Activation::softmax) {
        example.targets.assign(shape.back(), 0);
        example.targets[rng.below(shape.back())] = 1;
        net.rate = quiz_rates()[rng.below(quiz_rates().size())];
        net.loss = Loss::cross_entropy;
    } else if (!settings.forward_only) {
        for (std::size_t j = 0; j < shape.back(); ++j) example.targets.push_back(nice_number(rng, settings.decimals, lowest_target, false));
        net.rate = quiz_rates()[rng.below(quiz_rates().size())];
    }
    net.examples.push_back(example);
    net.network.inputs = shape.front();
    for (std::size_t l = 1; l < shape.size(); ++l) {
        if (settings.activation(l) == Activation::relu) {
            net.network.layers.push_back(draw_relu_layer(settings, net.network, example.inputs, rng));
            continue;
        }
        Layer layer{settings.activation(l), {}, settings.bias};
        for (std::size_t j = 0; j < shape[l]; ++j) layer.neurons.push_back(draw_neuron(settings, shape[l - 1], rng));
        net.network.layers.push_back(layer);
    }
    return net;
}

// Whether the value at k of `record` is exactly 0 because a relu is off: a relu's a and δ when z < 0, and a
// change η·δ·a or η·δ made from such a zero.
static bool relu_zero(const Record& record, std::size_t k) {
    const Quantity& q = record[k];
    if (q.value != 0) return false;
    switch (q.rule) {
        case Rule::activation:
        case Rule::output_delta:
        case Rule::hidden_delta: return q.activation == Activation::relu && record[q.operands.z.at(0)].value < 0;
        case Rule::weight_change:
        case Rule::bias_change: {
            bool from_zero = relu_zero(record, q.operands.delta.at(0));
            for (std::size_t a : q.operands.inputs) from_zero = from_zero || relu_zero(record, a);
            return from_zero;
        }
        default: return false;
    }
}

std::size_t answers_too_small(const std::vector<Record>& records) {
    std::size_t count = 0;
    for (const Record& record : records) {
        for (std::size_t k : asked_quantities(record)) {
            const Quantity& q = record[k];
            const bool relu_z = q.rule == Rule::weighted_sum &&
                                record[record.index(key::a(q.key.layer, q.key.neuron))].activation == Activation::relu;
            if (relu_z && !clear_of_kink(q.value)) ++count;
            else if (std::fabs(q.value) < quiz_smallest_answer - 1e-12 && !relu_zero(record, k)) ++count;
        }
    }
    return count;
}

NetFile make_quiz(const QuizSettings& settings) {
    Rng rng(settings.seed);
    // Drawn again (from the same generator, so the seed still decides) until every answer is fit to mark; when
    // no draw is (a deep sigmoid network's first deltas are tiny), the draw with the fewest small answers.
    NetFile best;
    std::size_t fewest = 0;
    for (int attempt = 1; attempt <= quiz_most_attempts; ++attempt) {
        const NetFile net = draw_problem(settings, rng);
        std::size_t small = 0;
        try {
            small = answers_too_small(problem_records(net, settings.steps, quiz_answer_decimals));
        } catch (const RoundingError&) {
            continue;  // a value whose calculator rounding cannot be decided: no problem to hand out
        }
        if (small == 0) return net;
        if (best.examples.empty() || small < fewest) {
            best = net;
            fewest = small;
        }
    }
    return best.examples.empty() ? draw_problem(settings, rng) : best;
}
