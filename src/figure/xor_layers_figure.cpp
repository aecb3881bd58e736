#include "figure/xor_layers_figure.h"

#include "figure/svg.h"
#include "scalar/backprop.h"

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

void draw_xor_layers(const Perceptron& failed, int epochs_tried, const Network& network, const std::string& path) {
    Figure figure(-0.5, 1.5, -0.5, 2.25, 720, 780);
    figure.title("Lesson 03: XOR needs two layers");
    figure.x_label("x1");
    figure.y_label("x2");
    figure.shade(160, 160, [&](double x1, double x2) {
        return outputs(network, {x1, x2})[0] >= 0.5 ? palette::light_red : palette::light_blue;
    }, 0.45);
    figure.legend_entry("network says 1", palette::light_red, Marker::square);
    figure.legend_entry("network says 0", palette::light_blue, Marker::square);
    const Layer& hidden = network.layers[0];
    for (std::size_t j = 0; j < hidden.neurons.size(); ++j) {
        const Neuron& h = hidden.neurons[j];
        figure.line_where_zero(h.weights[0], h.weights[1], h.bias, palette::grey, j ? "" : "hidden lines (OR, NAND)",
                               Stroke::dotted);
    }
    figure.line_where_zero(failed.weights[0], failed.weights[1], failed.bias, palette::black,
                           "one perceptron, epoch " + std::to_string(epochs_tried), Stroke::dashed);
    figure.points({0, 1}, {0, 1}, palette::blue, "XOR = 0", Marker::circle);
    figure.points({0, 1}, {1, 0}, palette::red, "XOR = 1", Marker::triangle);
    figure.legend_corner(Corner::top_right);
    figure.save(path);
}
