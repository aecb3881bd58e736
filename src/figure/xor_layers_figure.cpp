#include "figure/xor_layers_figure.h"

#include "figure/panels.h"
#include "figure/svg.h"
#include "scalar/backprop.h"

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// The four XOR points, drawn last so that they lie above every line and region.
static void xor_points(Figure& figure) {
    figure.points({0, 1}, {0, 1}, palette::blue, "XOR = 0", Marker::circle);
    figure.points({0, 1}, {1, 0}, palette::red, "XOR = 1", Marker::triangle);
}

void draw_xor_layers(const Perceptron& failed, int epochs_tried, const Network& network, const std::string& path) {
    // Left: the single perceptron's line and the side on which it says 1 (z ≥ 0).
    Figure one(-0.6, 1.6, -0.6, 3.0, 560, 700);  // room above the points for the legend
    one.title("One perceptron after " + std::to_string(epochs_tried) + " epochs");
    one.x_label("x1");
    one.y_label("x2");
    one.shade(120, 120, [&](double x1, double x2) {
        return failed.output({x1, x2}) == 1 ? palette::light_red : palette::light_blue;
    }, 0.45);
    one.legend_entry("it says 1", palette::light_red, Marker::square);
    one.legend_entry("it says 0", palette::light_blue, Marker::square);
    one.line_where_zero(failed.weights[0], failed.weights[1], failed.bias, palette::black, "its line z = 0",
                        Stroke::dashed);
    xor_points(one);
    one.legend_corner(Corner::top_right);

    // Right: the two-layer network's regions, and the lines of its two hidden neurons, each its own style.
    Figure two(-0.6, 1.6, -0.6, 3.0, 560, 700);
    two.title("Two layers: OR and NAND, then AND");
    two.x_label("x1");
    two.y_label("x2");
    two.shade(120, 120, [&](double x1, double x2) {
        return outputs(network, {x1, x2})[0] >= 0.5 ? palette::light_red : palette::light_blue;
    }, 0.45);
    two.legend_entry("network says 1", palette::light_red, Marker::square);
    two.legend_entry("network says 0", palette::light_blue, Marker::square);
    const Neuron& h1 = network.layers[0].neurons[0];
    const Neuron& h2 = network.layers[0].neurons[1];
    two.line_where_zero(h1.weights[0], h1.weights[1], h1.bias, palette::orange, "h1 = OR: x1 + x2 = 0.5", Stroke::dashed);
    two.line_where_zero(h2.weights[0], h2.weights[1], h2.bias, palette::purple, "h2 = NAND: x1 + x2 = 1.5", Stroke::dotted);
    xor_points(two);
    two.legend_corner(Corner::top_right);
    save_side_by_side({one, two}, path);
}
