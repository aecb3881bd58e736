#include "figure/mnist_figures.h"

#include "core/number_format.h"

#include <algorithm>
#include <cmath>
#include <string>

// 1, 2, …, n: the epoch numbers of n values.
static std::vector<double> epochs_of(std::size_t n) {
    std::vector<double> epochs;
    for (std::size_t e = 1; e <= n; ++e) epochs.push_back(static_cast<double>(e));
    return epochs;
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

std::vector<Figure> learning_curves_figure(const std::vector<double>& loss, const std::vector<double>& accuracy,
                                           const std::vector<double>& val_loss, const std::vector<double>& val_accuracy) {
    const double last_epoch = static_cast<double>(std::max<std::size_t>(loss.size(), 1));
    double top = 0;
    for (const std::vector<double>* values : {&loss, &val_loss})
        for (double v : *values) top = std::max(top, v);
    // A third of the height above the largest loss for the legend.
    Figure losses(0, last_epoch, 0, top > 0 ? 1.5 * top : 1, 600, 450);
    losses.title("Loss after each epoch");
    losses.x_label("epoch");
    losses.y_label("loss (cross-entropy)");
    losses.legend_corner(Corner::top_right);  // the losses fall from the top left
    curve(losses, loss, palette::blue, "loss (training)", Stroke::solid, Marker::circle);
    curve(losses, val_loss, palette::orange, "val_loss (validation)", Stroke::dashed, Marker::square);
    Figure accuracies(0, last_epoch, 0, 1, 600, 450);
    accuracies.title("Accuracy after each epoch");
    accuracies.x_label("epoch");
    accuracies.y_label("accuracy (fraction right)");
    accuracies.legend_corner(Corner::bottom_right);  // the accuracies climb along the top
    curve(accuracies, accuracy, palette::red, "accuracy (training)", Stroke::solid, Marker::triangle);
    curve(accuracies, val_accuracy, palette::green, "val_accuracy (validation)", Stroke::dashed, Marker::square);
    return {losses, accuracies};
}

// The filled square of cell (p, row), one unit wide, centred on the point (p, row).
static void cell(Figure& figure, std::size_t p, double row, const std::string& colour, double opacity) {
    const double x = static_cast<double>(p);
    figure.polygon({x - 0.5, x + 0.5, x + 0.5, x - 0.5}, {row - 0.5, row - 0.5, row + 0.5, row + 0.5}, colour, opacity);
}

// The data x that puts the middle of a label of `characters` characters at data x `middle` (a label's left end
// sits 9 pixels right of its point; a character of the 16-pixel font is about 9 pixels wide).
static double centred(const Figure& figure, double middle, std::size_t characters) {
    const double pixels_per_unit = figure.page_x(1) - figure.page_x(0);
    return middle - (9 + 4.5 * static_cast<double>(characters)) / pixels_per_unit;
}

Figure confusion_figure(const ConfusionMatrix& matrix) {
    const std::size_t n = matrix.classes;
    // True digit t is drawn on row n−1−t, so that 0 is at the top as in the printed table. The vertical axis
    // gets no numeric ticks; each row is labelled with its digit instead.
    Figure figure(-0.5, static_cast<double>(n) - 0.5, -0.5, static_cast<double>(n) - 0.5, 800, 800);
    figure.tick_counts(static_cast<int>(n), 0);  // a tick on every predicted digit
    std::size_t largest_error = 0;
    for (std::size_t t = 0; t < n; ++t)
        for (std::size_t p = 0; p < n; ++p)
            if (t != p) largest_error = std::max(largest_error, matrix.count(t, p));
    figure.title("Confusion matrix: " + std::to_string(matrix.correct()) + " of " + std::to_string(matrix.total()) +
                 " correct (" + fixed(100 * matrix.accuracy(), 2) + "%)");
    figure.x_label("predicted digit   (blue: right; red: errors, full red = " + std::to_string(largest_error) + ")");
    figure.y_label("true digit");
    for (std::size_t t = 0; t < n; ++t) {
        const double row = static_cast<double>(n - 1 - t);
        figure.label(centred(figure, -0.5, 0) - 0.45, row - 0.2, std::to_string(t));  // left of the grid
        for (std::size_t p = 0; p < n; ++p) {
            const std::size_t count = matrix.count(t, p);
            if (t == p) cell(figure, p, row, palette::light_blue, 1);
            // Even a single error stays visible: at least 15% red.
            else if (count > 0)
                cell(figure, p, row, palette::red, std::max(0.15, static_cast<double>(count) / static_cast<double>(largest_error)));
            const std::string text = std::to_string(count);
            if (count > 0) figure.label(centred(figure, static_cast<double>(p), text.size()), row - 0.2, text);
        }
    }
    return figure;
}

// The lowest validation accuracy of the runs that did not stop (1 when there are none).
static double lowest_accuracy(const std::vector<SweepResult>& results) {
    double lowest = 1;
    for (const SweepResult& result : results)
        if (!result.stopped) lowest = std::min(lowest, result.val_accuracy);
    return lowest;
}

std::vector<Figure> sweep_figure(const std::vector<SweepResult>& results, double tutorial_rate) {
    // The same range in every panel: from a tenth below the lowest accuracy, in steps of 0.1, up to 1.
    const double low = std::max(0.0, std::floor(10 * lowest_accuracy(results) - 1e-9) / 10 - 0.1);
    std::vector<std::string> knobs;
    for (const SweepResult& result : results)
        if (std::find(knobs.begin(), knobs.end(), result.run.knob) == knobs.end()) knobs.push_back(result.run.knob);
    std::vector<Figure> panels;
    for (const std::string& knob : knobs) {
        std::vector<const SweepResult*> runs;
        for (const SweepResult& result : results)
            if (result.run.knob == knob) runs.push_back(&result);
        Figure panel(0.5, static_cast<double>(runs.size()) + 0.5, low, 1, 600, 420);
        panel.tick_counts(0, 6);  // the values are named under their markers, not numbered
        panel.title(knob);
        panel.x_label(knob + " (blue: the tutorial's model)");
        panel.y_label("validation accuracy");
        for (std::size_t k = 0; k < runs.size(); ++k) {
            const SweepRun& run = runs[k]->run;
            const double x = static_cast<double>(k + 1);
            const bool tutorial = run.hidden == std::vector<std::size_t>{300, 100} && run.activation == "relu" &&
                                  run.rate == tutorial_rate;
            panel.label(centred(panel, x, run.value.size()), low + 0.02 * (1 - low), run.value);
            if (runs[k]->stopped) {
                panel.label(centred(panel, x, 7), low + 0.5 * (1 - low), "stopped", palette::red);
                continue;
            }
            const std::string percent = fixed(100 * runs[k]->val_accuracy, 2) + "%";
            panel.points({x}, {runs[k]->val_accuracy}, tutorial ? palette::blue : palette::orange, "",
                         tutorial ? Marker::circle : Marker::square);
            panel.label(centred(panel, x, percent.size()), runs[k]->val_accuracy + 0.02 * (1 - low), percent);
        }
        panels.push_back(panel);
    }
    return panels;
}
