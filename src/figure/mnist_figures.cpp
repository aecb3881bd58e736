#include "figure/mnist_figures.h"

#include "core/number_format.h"

#include <algorithm>
#include <string>

// 1, 2, …, n: the epoch numbers of n values.
static std::vector<double> epochs_of(std::size_t n) {
    std::vector<double> epochs;
    for (std::size_t e = 1; e <= n; ++e) epochs.push_back(static_cast<double>(e));
    return epochs;
}

// The largest value of all the series, or 1 when they are all below 1.
static double top_of(const std::vector<const std::vector<double>*>& series) {
    double top = 1;
    for (const std::vector<double>* values : series)
        for (double v : *values) top = std::max(top, v);
    return top;
}

// A line through the values; a marker on each as well when there are at most 10 (more would hide the lines).
static void curve(Figure& figure, const std::vector<double>& values, const std::string& colour, const std::string& name,
                  Stroke stroke, Marker marker) {
    if (values.empty()) return;
    const std::vector<double> epochs = epochs_of(values.size());
    const bool markers = values.size() <= 10;
    figure.polyline(epochs, values, colour, markers ? "" : name, stroke);
    if (markers) figure.points(epochs, values, colour, name, marker);
}

Figure learning_curves_figure(const std::vector<double>& loss, const std::vector<double>& accuracy,
                              const std::vector<double>& val_loss, const std::vector<double>& val_accuracy) {
    const double last_epoch = static_cast<double>(std::max<std::size_t>(loss.size(), 1));
    // Room above the curves (which end near 1) for the legend in the top right corner.
    Figure figure(0, last_epoch, 0, top_of({&loss, &accuracy, &val_loss, &val_accuracy}) + 0.4);
    figure.title("Learning curves: loss and accuracy after each epoch");
    figure.x_label("epoch");
    figure.y_label("loss and accuracy");
    figure.legend_corner(Corner::top_right);
    curve(figure, loss, palette::blue, "loss (training)", Stroke::solid, Marker::circle);
    curve(figure, val_loss, palette::orange, "val_loss (validation)", Stroke::dashed, Marker::square);
    curve(figure, accuracy, palette::red, "accuracy (training)", Stroke::solid, Marker::triangle);
    curve(figure, val_accuracy, palette::green, "val_accuracy (validation)", Stroke::dashed, Marker::square);
    return figure;
}

// The filled square of cell (p, t), one unit wide, centred on the point (p, t).
static void cell(Figure& figure, std::size_t p, std::size_t t, const std::string& colour, double opacity) {
    const double x = static_cast<double>(p), y = static_cast<double>(t);
    figure.polygon({x - 0.5, x + 0.5, x + 0.5, x - 0.5}, {y - 0.5, y - 0.5, y + 0.5, y + 0.5}, colour, opacity);
}

Figure confusion_figure(const ConfusionMatrix& matrix) {
    const double n = static_cast<double>(matrix.classes);
    Figure figure(-0.5, n - 0.5, -0.5, n - 0.5, 800, 800);
    figure.tick_counts(static_cast<int>(n), static_cast<int>(n));  // a tick on every digit
    figure.title("Confusion matrix: " + std::to_string(matrix.correct()) + " of " + std::to_string(matrix.total()) +
                 " correct (" + fixed(100 * matrix.accuracy(), 2) + "%)");
    figure.x_label("predicted digit   (blue: correct; red: errors, full red = 10% of the true digit)");
    figure.y_label("true digit");
    for (std::size_t t = 0; t < matrix.classes; ++t) {
        const double examples = static_cast<double>(std::max<std::size_t>(matrix.examples_of(t), 1));
        for (std::size_t p = 0; p < matrix.classes; ++p) {
            const std::size_t count = matrix.count(t, p);
            if (t == p) cell(figure, p, t, palette::light_blue, 1);
            else if (count > 0) cell(figure, p, t, palette::red, std::min(1.0, 10 * static_cast<double>(count) / examples));
            // The label's left end sits 9 pixels right of its point: start it left of the centre.
            if (count > 0) figure.label(static_cast<double>(p) - 0.4, static_cast<double>(t) - 0.2, std::to_string(count));
        }
    }
    return figure;
}
