#include "figure/xor_training_figure.h"

#include "figure/panels.h"
#include "figure/svg.h"
#include "lesson_data/xor.h"
#include "scalar/backprop.h"

#include <algorithm>
#include <cmath>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

void draw_xor_training(const Network& network, const std::vector<double>& epochs, const std::vector<double>& errors,
                       const std::string& path) {
    double top = 0;
    for (double e : errors) top = std::max(top, e);
    Figure curve(0, epochs.back(), 0, std::ceil(top * 10) / 10, 560, 480);
    curve.title("Error while learning XOR");
    curve.x_label("epoch");
    curve.y_label("E = Σ ½(t − y)² over the 4 examples");
    curve.legend_corner(Corner::top_right);
    curve.polyline(epochs, errors, palette::blue, "E after each epoch");

    // The plot reaches up to x2 = 1.6 so that the legend sits above the four points, not on them.
    Figure regions(-0.25, 1.25, -0.25, 1.6, 560, 480);
    regions.title("What the trained network answers");
    regions.x_label("x1");
    regions.y_label("x2");
    regions.shade(60, 60, [&](double x1, double x2) {
        return outputs(network, {x1, x2})[0] > 0.5 ? palette::light_red : palette::light_blue;
    }, 0.8);
    regions.legend_entry("answers 1 (y > 0.5)", palette::light_red, Marker::square);
    regions.legend_entry("answers 0 (y < 0.5)", palette::light_blue, Marker::square);
    for (const Example& example : xor_examples()) {
        const bool one = example.targets[0] == 1;
        const double x1 = example.inputs[0], x2 = example.inputs[1];
        regions.points({x1}, {x2}, one ? palette::red : palette::blue, "", one ? Marker::triangle : Marker::circle);
        regions.label(x1 + 0.04, x2 + 0.04, one ? "t = 1" : "t = 0");
    }
    save_side_by_side({curve, regions}, path);
}
