#include "figure/sigmoid_figure.h"

#include "core/number_format.h"
#include "figure/svg.h"
#include "scalar/activation.h"

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

void draw_forward_pass_on_sigmoid(const Record& record, const std::string& path) {
    // Zoomed in on the part of the curve the values use, so that the four points stand apart.
    Figure figure(0.6, 2.0, 0.64, 0.86);
    figure.title("Lesson 04: the forward pass of (1, 1) on the sigmoid");
    figure.x_label("weighted sum z");
    figure.y_label("activation a = sigmoid(z) = 1/(1 + e^−z)");
    std::vector<double> z, a;
    for (int k = 0; k <= 100; ++k) {
        z.push_back(0.6 + k * 0.014);
        a.push_back(activate(Activation::sigmoid, z.back()));
    }
    figure.polyline(z, a, palette::grey, "sigmoid");
    std::vector<double> hidden_z, hidden_a;
    for (std::size_t j = 1; j <= 3; ++j) {
        hidden_z.push_back(record.value(key::z(1, j)));
        hidden_a.push_back(record.value(key::a(1, j)));
        figure.label(hidden_z.back() + 0.02, hidden_a.back() - 0.008,
                     text(key::a(1, j)) + " = sigmoid(" + plain(hidden_z.back()) + ") = " + fixed(hidden_a.back(), 4));
    }
    figure.points(hidden_z, hidden_a, palette::blue, "hidden a[1][j]", Marker::circle);
    const double z_out = record.value(key::z(2, 1)), y = record.value(key::a(2, 1));
    figure.points({z_out}, {y}, palette::red, "output y = a[2][1]", Marker::triangle);
    figure.label(z_out + 0.02, y - 0.008, "y = sigmoid(" + fixed(z_out, 4) + ") = " + fixed(y, 4));
    figure.points({1.235}, {activate(Activation::sigmoid, 1.235)}, palette::black,
                  "article: z = 1.235", Marker::cross);
    figure.legend_corner(Corner::top_left);
    figure.save(path);
}
