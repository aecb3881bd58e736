#include "print/summary_text.h"

#include "core/number_format.h"
#include "print/table.h"
#include "vector/sequential.h"

#include <cstdio>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

std::size_t layer_parameters(const DenseShape& layer) {
    return layer.units * layer.inputs + (layer.biased ? layer.units : 0);
}

// Layer l (1..L) of a scalar network as a summary shows it.
static DenseShape shape_of(const Network& network, std::size_t l) {
    const Layer& layer = network.layers[l - 1];
    return {network.size(l - 1), network.size(l), activation_name(layer.activation), layer.biased};
}

std::size_t layer_parameters(const Network& network, std::size_t l) { return layer_parameters(shape_of(network, l)); }

// Keras's name of layer l (1..L): "dense", "dense_1", "dense_2", …
static std::string layer_name(std::size_t l) { return l == 1 ? "dense" : "dense_" + std::to_string(l - 1); }

// "(None, 300)": any number of examples, n_l values each.
static std::string output_shape(const DenseShape& layer) { return "(None, " + std::to_string(layer.units) + ")"; }

static void print_keras(std::ostream& out, const std::vector<DenseShape>& layers, std::size_t total) {
    char row[128];
    const std::string rule(65, '_'), double_rule(65, '=');
    out << "Model: \"sequential\"\n" << rule << "\n";
    std::snprintf(row, sizeof row, " %-27s %-25s %s\n", "Layer (type)", "Output Shape", "Param #");
    out << row << double_rule << "\n";
    for (std::size_t l = 1; l <= layers.size(); ++l) {
        std::snprintf(row, sizeof row, " %-27s %-25s %zu\n", (layer_name(l) + " (Dense)").c_str(),
                      output_shape(layers[l - 1]).c_str(), layer_parameters(layers[l - 1]));
        out << row << (l < layers.size() ? "\n" : "");
    }
    out << double_rule << "\n"
        << "Total params: " << with_commas(total) << "\n"
        << "Trainable params: " << with_commas(total) << "\n"
        << "Non-trainable params: 0\n"
        << rule << "\n";
}

static void print_worked(std::ostream& out, const std::vector<DenseShape>& layers, std::size_t total) {
    std::vector<std::vector<std::string>> rows;
    for (std::size_t l = 1; l <= layers.size(); ++l) {
        const DenseShape& layer = layers[l - 1];
        const std::string count = std::to_string(layer.inputs) + "·" + std::to_string(layer.units) +
                                  (layer.biased ? " + " + std::to_string(layer.units) : "") + " = " +
                                  std::to_string(layer_parameters(layer));
        rows.push_back({layer_name(l) + " (Dense, " + layer.activation + ")", output_shape(layer), count});
    }
    print_table(out, {"Layer (type)", "Output Shape", "Param #"}, rows);
    out << "  Total params: " << total << "\n";
}

void print_summary(std::ostream& out, const std::vector<DenseShape>& layers, SummaryStyle style) {
    std::size_t total = 0;
    for (const DenseShape& layer : layers) total += layer_parameters(layer);
    if (style == SummaryStyle::keras)
        print_keras(out, layers, total);
    else
        print_worked(out, layers, total);
}

void print_summary(std::ostream& out, const Network& network) {
    std::vector<DenseShape> layers;
    for (std::size_t l = 1; l <= network.layers.size(); ++l) layers.push_back(shape_of(network, l));
    print_summary(out, layers, SummaryStyle::worked);
}

void print_summary(std::ostream& out, const vec::Sequential& model) {
    std::vector<DenseShape> layers;
    for (const auto& layer : model.layers().layers)
        layers.push_back({layer.inputs(), layer.units(), vec::activation_name(layer.activation)});
    print_summary(out, layers, SummaryStyle::keras);
}
