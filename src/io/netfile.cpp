#include "io/netfile.h"

#include "core/decimal.h"
#include "core/input_error.h"
#include "core/input_file.h"
#include "core/number_parse.h"
#include "core/number_format.h"

#include <fstream>
#include <sstream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

namespace {

// The words of one line, without its comment.
std::vector<std::string> words_of(const std::string& line) {
    std::istringstream stream(line.substr(0, line.find('#')));
    std::vector<std::string> words;
    for (std::string word; stream >> word;) words.push_back(word);
    return words;
}

std::string count_of(std::size_t n, const std::string& word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// Reads a .net file line by line, remembering where each thing was said for later error messages.
class NetParser {
public:
    explicit NetParser(const std::string& file) : file_(file) {}

    void read_line(const std::vector<std::string>& words, int line);
    NetFile finish();

private:
    [[noreturn]] void fail(int line, const std::string& reason) const { throw InputError(file_, line, reason); }
    std::vector<double> numbers(const std::vector<std::string>& words, std::size_t first, std::size_t end, int line,
                                const std::string& what) const;
    void read_example(const std::vector<std::string>& words, int line);
    void read_layer(const std::vector<std::string>& words, int line);
    void read_neuron(const std::vector<std::string>& words, int line);
    void check_softmax_targets() const;
    void check_layer_has_neurons() const;
    void check_examples() const;
    void check_layers() const;

    std::string file_;
    NetFile net_;
    bool any_words_ = false;
    bool example_keyword_seen_ = false;
    int inputs_line_ = 0, targets_line_ = 0, rate_line_ = 0, loss_line_ = 0;
    std::vector<int> example_lines_;  // the line of each example
    std::vector<int> layer_lines_;    // the line of each 'layer'
};

std::vector<double> NetParser::numbers(const std::vector<std::string>& words, std::size_t first, std::size_t end,
                                       int line, const std::string& what) const {
    std::vector<double> values;
    values.reserve(end - first);
    for (std::size_t k = first; k < end; ++k) values.push_back(read_number(words[k], file_, line, what));
    return values;
}

void NetParser::read_line(const std::vector<std::string>& words, int line) {
    if (words.empty()) return;
    any_words_ = true;
    const std::string& keyword = words[0];
    if (keyword == "inputs" || keyword == "targets") {
        int& seen = keyword == "inputs" ? inputs_line_ : targets_line_;
        if (seen) fail(line, "'" + keyword + "' given twice (first on line " + std::to_string(seen) + ")");
        if (example_keyword_seen_) fail(line, "'" + keyword + "' cannot be mixed with 'example' lines (use one or the other)");
        if (words.size() < 2) fail(line, "'" + keyword + "' needs at least one value (e.g. '" + keyword + " 1 0')");
        seen = line;
        if (net_.examples.empty()) {
            net_.examples.emplace_back();
            example_lines_.push_back(line);
        }
        (keyword == "inputs" ? net_.examples[0].inputs : net_.examples[0].targets) =
            numbers(words, 1, words.size(), line, keyword == "inputs" ? "an input value" : "a target value");
    } else if (keyword == "example") {
        read_example(words, line);
    } else if (keyword == "rate") {
        if (rate_line_) fail(line, "'rate' given twice (first on line " + std::to_string(rate_line_) + ")");
        if (words.size() != 2) fail(line, "'rate' needs exactly one value (e.g. 'rate 0.5')");
        rate_line_ = line;
        net_.rate = read_number(words[1], file_, line, "the learning rate");
        if (net_.rate <= 0) fail(line, "the learning rate must be positive (got " + words[1] + ")");
    } else if (keyword == "loss") {
        if (loss_line_) fail(line, "'loss' given twice (first on line " + std::to_string(loss_line_) + ")");
        if (words.size() != 2 || (words[1] != "squared" && words[1] != "cross-entropy")) {
            fail(line, "unknown loss" + (words.size() > 1 ? " " + quoted(words[1]) : std::string()) + " (expected 'loss squared' or 'loss cross-entropy')");
        }
        loss_line_ = line;
        net_.loss = words[1] == "squared" ? Loss::squared : Loss::cross_entropy;
    } else if (keyword == "layer") {
        read_layer(words, line);
    } else if (keyword == "neuron") {
        read_neuron(words, line);
    } else {
        fail(line, "unknown keyword " + quoted(keyword) + " (expected inputs, targets, example, rate, loss, layer or neuron)");
    }
}

// example x_1 … x_n [-> t_1 … t_m]
void NetParser::read_example(const std::vector<std::string>& words, int line) {
    if (inputs_line_ || targets_line_) fail(line, "'example' cannot be mixed with 'inputs'/'targets' lines (use one or the other)");
    std::size_t arrow = 1;
    while (arrow < words.size() && words[arrow] != "->") ++arrow;
    if (arrow == 1) fail(line, "'example' needs input values (e.g. 'example 0 1 -> 1')");
    if (arrow + 1 == words.size()) fail(line, "'->' needs target values after it (e.g. 'example 0 1 -> 1')");
    Example example;
    example.inputs = numbers(words, 1, arrow, line, "an input value");
    if (arrow < words.size()) example.targets = numbers(words, arrow + 1, words.size(), line, "a target value");
    net_.examples.push_back(example);
    example_lines_.push_back(line);
    example_keyword_seen_ = true;
}

// layer ACTIVATION
void NetParser::read_layer(const std::vector<std::string>& words, int line) {
    check_layer_has_neurons();
    Activation f;
    if (words.size() < 2) fail(line, "'layer' needs an activation (e.g. 'layer sigmoid')");
    if (!parse_activation(words[1], f)) fail(line, "unknown activation " + quoted(words[1]) + " (expected " + activation_names(all_activations()) + ")");
    if (words.size() > 2) fail(line, "unexpected " + quoted(words[2]) + " after the activation (expected 'layer " + words[1] + "' alone)");
    Layer layer;
    layer.activation = f;
    layer.biased = false;  // until one of its neurons gives a bias
    net_.network.layers.push_back(layer);
    layer_lines_.push_back(line);
}

// neuron w_1 … w_n [bias b]
void NetParser::read_neuron(const std::vector<std::string>& words, int line) {
    if (net_.network.layers.empty()) fail(line, "'neuron' before any 'layer' (start a layer first, e.g. 'layer sigmoid')");
    std::size_t end = 1;
    while (end < words.size() && words[end] != "bias") ++end;
    Neuron neuron;
    neuron.weights = numbers(words, 1, end, line, "a weight");
    if (end < words.size()) {
        if (end + 1 == words.size()) fail(line, "'bias' needs a value (e.g. 'bias 0.1')");
        if (end + 2 < words.size()) fail(line, "unexpected " + quoted(words[end + 2]) + " after the bias (expected the line to end)");
        neuron.bias = read_number(words[end + 1], file_, line, "the bias");
    }
    Layer& layer = net_.network.layers.back();
    if (end < words.size()) layer.biased = true;
    if (neuron.weights.empty()) fail(line, "neuron has no weights (expected one weight per neuron of the previous layer)");
    const std::size_t l = net_.network.layers.size();
    const std::size_t n = neuron.weights.size();
    if (l > 1) {
        const std::size_t previous = net_.network.layers[l - 2].neurons.size();
        if (n != previous) fail(line, "neuron has " + count_of(n, "weight") + ", the previous layer has " + count_of(previous, "neuron"));
    } else if (!layer.neurons.empty() && n != layer.neurons[0].weights.size()) {
        fail(line, "neuron has " + count_of(n, "weight") + ", the neuron before it in layer 1 has " + std::to_string(layer.neurons[0].weights.size()) + " (one per input)");
    } else if (!net_.examples.empty() && !net_.examples[0].inputs.empty() && n != net_.examples[0].inputs.size()) {
        fail(line, "neuron has " + count_of(n, "weight") + ", the input has " + count_of(net_.examples[0].inputs.size(), "value"));
    }
    layer.neurons.push_back(neuron);
}

void NetParser::check_layer_has_neurons() const {
    const std::size_t l = net_.network.layers.size();
    if (l > 0 && net_.network.layers.back().neurons.empty()) {
        fail(layer_lines_.back(), "layer " + std::to_string(l) + " has no neurons (expected 'neuron' lines after it)");
    }
}

void NetParser::check_examples() const {
    const std::size_t n_0 = net_.network.inputs;
    const std::size_t n_L = net_.network.size(net_.network.layers.size());
    const bool trains = !net_.examples[0].targets.empty();
    for (std::size_t e = 0; e < net_.examples.size(); ++e) {
        const Example& example = net_.examples[e];
        const int line = example_lines_[e];
        if (example.inputs.empty()) fail(line, "targets without inputs (expected an 'inputs' line)");
        if (example.inputs.size() != n_0) {
            fail(inputs_line_ ? inputs_line_ : line, count_of(example.inputs.size(), "input value") + " given, the first layer expects " + std::to_string(n_0));
        }
        if (!example.targets.empty() && example.targets.size() != n_L) {
            fail(targets_line_ ? targets_line_ : line, count_of(example.targets.size(), "target") + " given, the output layer has " + count_of(n_L, "neuron"));
        }
        if (example.targets.empty() != trains) continue;
        fail(line, std::string("this example has ") + (trains ? "no targets" : "targets") + " but the first one " +
                   (trains ? "has" : "has none") + " (give targets for every example or for none)");
    }
}

void NetParser::check_layers() const {
    const std::size_t L = net_.network.layers.size();
    for (std::size_t l = 1; l <= L; ++l) {
        const Activation f = net_.network.layers[l - 1].activation;
        const int line = layer_lines_[l - 1];
        if (f == Activation::softmax && l != L) {
            fail(line, "softmax is only allowed on the output layer (this is layer " + std::to_string(l) + " of " + std::to_string(L) + ")");
        }
        if (f == Activation::softmax && net_.trains() && net_.loss != Loss::cross_entropy) {
            fail(line, "a softmax output needs 'loss cross-entropy' to be trained (its delta t − y holds only for that pairing)");
        }
        if (f == Activation::step && net_.trains()) {
            fail(line, "step has no derivative, so backpropagation cannot pass through it (use sigmoid, or remove the targets to trace the forward pass only)");
        }
    }
    if (net_.network.layers.back().activation == Activation::softmax && net_.trains()) check_softmax_targets();
    if (net_.loss == Loss::cross_entropy && net_.network.layers.back().activation != Activation::softmax) {
        fail(loss_line_, "cross-entropy needs a softmax output layer (the last layer is " + activation_name(net_.network.layers.back().activation) + ")");
    }
}

// The targets of a softmax output are probabilities: δ = t − y is −∂E/∂z only when they sum to 1 (exactly,
// as written: 0.3 0.7 does).
void NetParser::check_softmax_targets() const {
    for (std::size_t e = 0; e < net_.examples.size(); ++e) {
        Decimal sum;
        bool probabilities = true;
        for (double t : net_.examples[e].targets) {
            sum = sum + Decimal::of(t);
            probabilities = probabilities && t >= 0;
        }
        if (!probabilities || sum != Decimal(1)) {
            fail(targets_line_ ? targets_line_ : example_lines_[e], "the targets of a softmax output must be probabilities that sum to 1, "
                                                                 "e.g. 0 1 0 (these sum to " + sum.text() + ")");
        }
    }
}

NetFile NetParser::finish() {
    if (!any_words_) fail(0, "empty file (expected a network: inputs, layer and neuron lines)");
    if (net_.network.layers.empty()) fail(0, "no layers (expected 'layer ACTIVATION' followed by 'neuron' lines)");
    check_layer_has_neurons();
    if (net_.examples.empty()) fail(0, "no inputs (expected an 'inputs' line or 'example' lines)");
    net_.network.inputs = net_.network.layers[0].neurons[0].weights.size();
    check_examples();
    check_layers();
    if (net_.trains() && !rate_line_) fail(0, "no learning rate (expected a line such as 'rate 0.5' when targets are given)");
    return net_;
}

}  // namespace

NetFile parse_netfile(std::istream& in, const std::string& file) {
    NetParser parser(file);
    int number = 0;
    for (std::string line; std::getline(in, line);) {
        if (number == 0 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);  // an editor's byte-order mark
        parser.read_line(words_of(line), ++number);
    }
    if (in.bad()) throw InputError(file, 0, "cannot read the file (read error)");
    return parser.finish();
}

NetFile load_netfile(const std::string& path) {
    std::ifstream in = open_input(path, ".net file");
    return parse_netfile(in, path);
}

static std::string joined(const std::vector<double>& values) {
    std::string text;
    for (double x : values) text += " " + plain(x);
    return text;
}

void write_netfile(std::ostream& out, const NetFile& net, const std::string& comment) {
    std::istringstream lines(comment);
    for (std::string line; std::getline(lines, line);) out << "# " << line << "\n";
    if (net.examples.size() == 1) {
        out << "inputs" << joined(net.examples[0].inputs) << "\n";
        if (net.trains()) out << "targets" << joined(net.examples[0].targets) << "\n";
    } else {
        for (const Example& e : net.examples) out << "example" << joined(e.inputs) << (net.trains() ? " ->" + joined(e.targets) : "") << "\n";
    }
    if (net.rate > 0) out << "rate " << plain(net.rate) << "\n";
    if (net.loss != Loss::squared) out << "loss " << loss_name(net.loss) << "\n";
    for (const Layer& layer : net.network.layers) {
        out << "layer " << activation_name(layer.activation) << "\n";
        for (const Neuron& neuron : layer.neurons) {
            out << "neuron" << joined(neuron.weights);
            if (layer.biased) out << " bias " << plain(neuron.bias);
            out << "\n";
        }
    }
}
