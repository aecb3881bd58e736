#include "figure/sigmoid_figure.h"

#include "core/number_format.h"
#include "figure/panels.h"
#include "figure/svg.h"
#include "scalar/activation.h"

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// The article's output sum, from its activations rounded to 2 decimals (lesson 04).
static const double article_z = 1.235;

// The sigmoid from z_low to z_high as a grey curve, in 100 segments.
static void sigmoid_curve(Figure& figure, double z_low, double z_high) {
    std::vector<double> z, a;
    for (int k = 0; k <= 100; ++k) {
        z.push_back(z_low + k * (z_high - z_low) / 100);
        a.push_back(activate(Activation::sigmoid, z.back()));
    }
    figure.polyline(z, a, palette::grey, "sigmoid");
}

void draw_forward_pass_on_sigmoid(const Record& record, const std::string& path) {
    const double z_out = record.value(key::z(2, 1)), y = record.value(key::a(2, 1));
    const double y_article = activate(Activation::sigmoid, article_z);
    // The window of the zoomed panel: z from 1.215 to 1.255, around both outputs.
    const double zoom_low = 1.215, zoom_high = 1.255;
    const double zoom_bottom = activate(Activation::sigmoid, zoom_low), zoom_top = activate(Activation::sigmoid, zoom_high);

    // Left: the part of the curve the values use, so that the hidden neurons and the output stand apart.
    Figure whole(0.6, 2.0, 0.64, 0.86);
    whole.title("Lesson 04: the forward pass of (1, 1) on the sigmoid");
    whole.x_label("weighted sum z");
    whole.y_label("activation a = sigmoid(z) = 1/(1 + e^−z)");
    sigmoid_curve(whole, 0.6, 2.0);
    std::vector<double> hidden_z, hidden_a;
    for (std::size_t j = 1; j <= 3; ++j) {
        hidden_z.push_back(record.value(key::z(1, j)));
        hidden_a.push_back(record.value(key::a(1, j)));
        whole.label(hidden_z.back() + 0.02, hidden_a.back() - 0.008,
                    text(key::a(1, j)) + " = sigmoid(" + plain(hidden_z.back()) + ") = " + fixed(hidden_a.back(), 4));
    }
    whole.points(hidden_z, hidden_a, palette::blue, "hidden a[1][j]", Marker::circle);
    whole.polygon({zoom_low, zoom_high, zoom_high, zoom_low}, {zoom_bottom, zoom_bottom, zoom_top, zoom_top}, palette::orange,
                  0.5, "zoomed in on the right");
    whole.points({z_out}, {y}, palette::red, "output y = a[2][1]", Marker::triangle);
    whole.label(z_out + 0.02, y - 0.008, "y = sigmoid(" + fixed(z_out, 4) + ") = " + fixed(y, 4));
    whole.legend_corner(Corner::top_left);

    // Right: 35 times closer, where the article's rounded sum and ours are two points apart.
    Figure zoom(zoom_low, zoom_high, zoom_bottom, zoom_top, 560, 600);
    zoom.title("Zoomed in: ours and the article's output");
    zoom.x_label("weighted sum z");
    zoom.y_label("a = sigmoid(z)");
    zoom.tick_counts(4, 5);
    sigmoid_curve(zoom, zoom_low, zoom_high);
    zoom.points({z_out}, {y}, palette::red, "ours: z = " + fixed(z_out, 4) + ", y = " + fixed(y, 4), Marker::triangle);
    zoom.points({article_z}, {y_article}, palette::black,
                "article: z = " + fixed(article_z, 3) + ", y = " + fixed(y_article, 4), Marker::cross);
    zoom.label(z_out + 0.001, y - 0.0006, "ours");
    zoom.label(article_z - 0.0075, y_article + 0.0003, "article");
    zoom.legend_corner(Corner::top_left);
    save_side_by_side({whole, zoom}, path);
}
