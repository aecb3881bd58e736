#include "figure/perceptron_figure.h"

#include "figure/svg.h"

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

void draw_perceptron_line(const Animals& animals, const Perceptron& line,
                          const std::vector<std::vector<double>>& new_animals, const std::string& path) {
    std::vector<double> human_weight, human_height, bird_weight, bird_height;
    for (std::size_t k = 0; k < animals.x.size(); ++k) {
        (animals.t[k] ? bird_weight : human_weight).push_back(animals.x[k][1]);
        (animals.t[k] ? bird_height : human_height).push_back(animals.x[k][0]);
    }
    Figure figure(40, 150, 1.4, 3.0);
    figure.title("Lesson 01: one perceptron draws a line");
    figure.x_label("weight (kg)");
    figure.y_label("height (m)");
    figure.points(human_weight, human_height, palette::blue, "human (t = 0)", Marker::circle);
    figure.points(bird_weight, bird_height, palette::red, "ostrich (t = 1)", Marker::triangle);
    // Our x is (height, weight) but the page shows weight across, so the line's coefficients swap places.
    figure.line_where_zero(line.weights[1], line.weights[0], line.bias, palette::black, "learned line z = 0");
    // Every marker first, then the labels, so that no label is placed over a marker drawn after it.
    for (std::size_t k = 0; k < new_animals.size(); ++k)
        figure.points({new_animals[k][1]}, {new_animals[k][0]}, palette::black, k ? "" : "new animals", Marker::cross);
    for (std::size_t k = 0; k < new_animals.size(); ++k) {
        figure.point_label(new_animals[k][1], new_animals[k][0], "new " + std::to_string(k + 1));
    }
    figure.save(path);
}
