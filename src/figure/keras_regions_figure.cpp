#include "figure/keras_regions_figure.h"

#include "figure/svg.h"
#include "lesson_data/stacked_networks.h"
#include "scalar/backprop.h"

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

void draw_keras_regions(const Network& network, const Scaling& scaling, const Animals& animals, int epochs,
                        const std::string& path) {
    Figure figure(1.3, 3.0, 30, 170, 760, 620);
    figure.title("Lesson 03: the 2-3-2 network after " + std::to_string(epochs) + " epochs");
    figure.x_label("height (m)");
    figure.y_label("weight (kg)");
    figure.shade(170, 140, [&](double height, double weight) {
        const std::vector<double> y = outputs(network, keras_input(scaling, {height, weight}));
        return y[0] > y[1] ? palette::light_blue : palette::light_red;
    }, 0.45);
    figure.legend_entry("answers human (a[2][1] > a[2][2])", palette::light_blue, Marker::square);
    figure.legend_entry("answers ostrich", palette::light_red, Marker::square);
    std::vector<double> human_h, human_w, bird_h, bird_w;
    for (std::size_t k = 0; k < animals.x.size(); ++k) {
        (animals.t[k] == 1 ? bird_h : human_h).push_back(animals.x[k][0]);
        (animals.t[k] == 1 ? bird_w : human_w).push_back(animals.x[k][1]);
    }
    figure.points(human_h, human_w, palette::blue, "human", Marker::circle);
    figure.points(bird_h, bird_w, palette::red, "ostrich", Marker::triangle);
    figure.legend_corner(Corner::top_left);
    figure.save(path);
}
