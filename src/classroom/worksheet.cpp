#include "classroom/worksheet.h"

#include "classroom/questions.h"
#include "print/formula_text.h"
#include "core/number_format.h"

#include <algorithm>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// "a[0][1] = 0.3, a[0][2] = -0.7": `values` (k = 1..n) named by key_of(k).
static std::string listed(Key (*key_of)(std::size_t k), const std::vector<double>& values) {
    std::string list;
    for (std::size_t k = 1; k <= values.size(); ++k) list += (k == 1 ? "" : ", ") + text(key_of(k)) + " = " + plain(values[k - 1]);
    return list;
}

static Key input_key(std::size_t i) { return key::a(0, i); }

// Layer l as a table: one row per neuron j, one column per input i (w[l][j][i]), and the bias when asked.
static void write_layer(std::ostream& out, const Network& network, std::size_t l, bool biases) {
    const Layer& layer = network.layers[l - 1];
    const std::string source = l == 1 ? "input i" : "neuron i of layer " + std::to_string(l - 1);
    out << "\nLayer " << l << " (" << activation_name(layer.activation) << "): the weight w[" << l << "][j][i] from "
        << source << " into neuron j\n\n| j |";
    for (std::size_t i = 1; i <= network.size(l - 1); ++i) out << " i = " << i << " |";
    out << (biases ? " bias b[" + std::to_string(l) + "][j] |" : "") << "\n| ---: |";
    for (std::size_t i = 1; i <= network.size(l - 1); ++i) out << " ---: |";
    out << (biases ? " ---: |" : "") << "\n";
    for (std::size_t j = 1; j <= layer.neurons.size(); ++j) {
        const Neuron& neuron = layer.neurons[j - 1];
        out << "| " << j << " |";
        for (double w : neuron.weights) out << " " << plain(w) << " |";
        out << (biases ? " " + plain(neuron.bias) + " |" : "") << "\n";
    }
}

// The distinct activations of layers first..last (counted from 1), in order.
static std::vector<Activation> activations_of(const Network& network, std::size_t first, std::size_t last) {
    std::vector<Activation> distinct;
    for (std::size_t l = first; l <= last; ++l) {
        const Activation f = network.layers[l - 1].activation;
        if (std::find(distinct.begin(), distinct.end(), f) == distinct.end()) distinct.push_back(f);
    }
    return distinct;
}

// "f′ = a(1 − a) for sigmoid" for each of `activations`, joined by ", ".
static std::string derivatives(const std::vector<Activation>& activations) {
    std::string text;
    for (Activation f : activations) {
        text += (text.empty() ? "" : ", ") + ("f′ = " + derivative_formula(f) + " for " + activation_name(f));
    }
    return text;
}

// The definition of `rule` in the docs' notation, from the rule table (scalar/rules.h).
static std::string definition(Rule rule, bool biased = false) { return rule_entry(rule).definition(biased); }

std::vector<std::string> formula_lines(const NetFile& net) {
    const Network& network = net.network;
    const std::size_t L = network.layers.size();
    const bool biases = has_biases(network);
    std::vector<std::string> lines = {"weighted sum: " + definition(Rule::weighted_sum, biases)};
    for (Activation f : activations_of(network, 1, L)) lines.push_back("activation: a[l][j] = " + activation_definition(f));
    if (!net.trains()) return lines;
    if (net.loss == Loss::squared) {
        lines.push_back("error: " + definition(Rule::squared_error) + ", with the outputs y[j] = a[L][j]");
        lines.push_back("output delta: " + definition(Rule::output_delta) + ", with " + derivatives(activations_of(network, L, L)));
    } else {
        lines.push_back("error: " + definition(Rule::cross_entropy) + ", with the outputs y[j] = a[L][j]");
        lines.push_back("output delta (softmax with cross-entropy): " + definition(Rule::softmax_delta));
    }
    if (L > 1) {
        lines.push_back("hidden delta: " + definition(Rule::hidden_delta) + ", with the weights before the update and " +
                        derivatives(activations_of(network, 1, L - 1)));
    }
    lines.push_back("weight change: " + definition(Rule::weight_change) + ", then " + definition(Rule::new_weight));
    if (biases) lines.push_back("bias change: " + definition(Rule::bias_change) + ", then " + definition(Rule::new_bias));
    return lines;
}

void write_worksheet(std::ostream& out, const std::string& title, const std::string& problem_file, const NetFile& net,
                     const std::vector<Record>& steps) {
    const bool biases = has_biases(net.network);
    const Example& example = net.examples.at(0);
    const Record& first = steps.at(0);
    std::size_t count = 0;
    for (const Record& record : steps) count += asked_quantities(record).size();
    const std::string what = !net.trains() ? "a forward pass" : steps.size() == 1 ? "one training step" : std::to_string(steps.size()) + " training steps";
    out << "# " << title << ": " << what << " by hand\n\n"
        << "Problem file: `" << problem_file << "`. Work out the " << count << " values of the table at the end, in order, to "
        << first.decimals() << " decimals. Round each value as soon as you have it, as a calculator shows it, and use the "
        << "rounded value from then on.\n\n## The network\n\n"
        << "Inputs: " << listed(input_key, example.inputs) << ".\n";
    if (net.trains()) {
        out << "\nTargets: " << listed(key::t, example.targets) << ". Learning rate η = " << plain(net.rate) << ". Error: "
            << (net.loss == Loss::squared ? "squared" : "cross-entropy") << ".\n";
    }
    for (std::size_t l = 1; l <= net.network.layers.size(); ++l) write_layer(out, net.network, l, biases);
    out << "\n## Formulas\n\n";
    for (const std::string& line : formula_lines(net)) out << "- " << line << "\n";
    out << "\n## Your answers\n";
    std::size_t n = 0;
    for (std::size_t s = 0; s < steps.size(); ++s) {
        if (steps.size() > 1) {
            out << "\n### Step " << s + 1 << (s == 0 ? "" : ": the same example, from the new weights of step " + std::to_string(s)) << "\n";
        }
        out << "\n| # | value | formula | your answer |\n| ---: | --- | --- | --- |\n";
        for (std::size_t k : asked_quantities(steps[s])) {
            const Quantity& q = steps[s][k];
            out << "| " << ++n << " | `" << text(q.key) << "` | " << symbolic_formula(q) << " | |\n";
        }
    }
    const std::string check = "nnwalk check " + problem_file + " answers.tsv" + (steps.size() > 1 ? " --steps " + std::to_string(steps.size()) : "");
    out << "\n## Handing in\n\nType your answers into a plain text file, one value per line: the value's name, a tab "
        << "(or spaces) and the number, in any order, for example `" << text(first[asked_quantities(first).at(0)].key) << "  "
        << fixed(0.1234, first.decimals()) << "`" << (steps.size() > 1 ? ", with a line `step 2` before the values of step 2" : "")
        << ". Check it with `" << check << "`.\n";
}

void write_answer_key(std::ostream& out, const std::vector<Record>& steps) {
    for (std::size_t s = 0; s < steps.size(); ++s) {
        out << "step\t" << s + 1 << "\n";
        for (const Quantity& q : steps[s].quantities()) {
            if (q.rule == Rule::input) out << text(q.key) << "\t" << plain(q.value) << "\n";
        }
        for (std::size_t k : asked_quantities(steps[s])) out << text(steps[s][k].key) << "\t" << fixed(steps[s][k].value, steps[s].decimals()) << "\n";
    }
}

void write_answer_lines(std::ostream& out, const std::vector<Record>& steps, bool blank) {
    for (std::size_t s = 0; s < steps.size(); ++s) {
        if (steps.size() > 1) out << "step\t" << s + 1 << "\n";
        for (std::size_t k : asked_quantities(steps[s])) {
            out << text(steps[s][k].key) << "\t" << (blank ? "" : fixed(steps[s][k].value, steps[s].decimals())) << "\n";
        }
    }
}
