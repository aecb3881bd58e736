// Lesson 05 — the delta formulas. Run: make lesson-05 (or build/lessons/05_xor_backprop).
// Doc: docs/lessons/05-xor-backprop.md.
#include "cli/lesson_main.h"
#include "core/number_format.h"
#include "core/rng.h"
#include "figure/gradient_descent_figure.h"
#include "figure/network_figures.h"
#include "figure/svg.h"
#include "figure/xor_training_figure.h"
#include "lesson_data/xor.h"
#include "print/descent_text.h"
#include "print/formula_text.h"
#include "print/step_text.h"
#include "print/table.h"
#include "print/training_text.h"
#include "scalar/backprop.h"
#include "scalar/gradient_check.h"
#include "scalar/one_weight_descent.h"

#include <algorithm>
#include <cmath>
#include <iostream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// What the lesson is about; --help prints it.
const LessonCommand command = {
    "05_xor_backprop",
    "Lesson 05 — the delta formulas. One backpropagation step on the article's XOR network (lesson 04):\n"
    "output δ = y(1 − y)(t − y), hidden δ = a(1 − a)·Σ w·δ, Δw = η·δ·a; a check of every Δw against a\n"
    "numerical gradient; gradient descent drawn on one weight; then training on the whole XOR table until\n"
    "every answer is right.\n",
    {{"--seed", "N", "the seed of part 4's random starting weights, 0 to 1000000000 (default 1)"},
     {"--rate", "RATE", "the learning rate η of parts 1, 2 and 4, 0.01 to 10 (default 1)"}}};

// The learning rate η (--rate), of the worked step and of the training: the article adds each change of its
// step whole (new w7 = 0.3 + Δw7), i.e. η = 1.
const double default_rate = 1;
// Decimals shown in the worked step: the hidden deltas are small (−0.00798), so 4 would hide a digit.
const int decimals = 5;
// The step h of the central differences: small enough that the h² error is far below the values shown.
const double h = 1e-5;
// The seed (--seed) of the random starting weights for training on the whole table.
const long default_seed = 1;
// Training stops here if it has not found every answer by then; a guard, not a goal.
const int max_epochs = 5000;
// E is printed every this many epochs (every epoch with --all).
const int print_every = 50;
// Part 3: the weight that gradient descent walks on, its rates (one that walks down, one that overshoots),
// and the decimals of its table (enough to check each step and the secant by hand).
const WeightAt walked = {2, 1, 1};
const double walking_rate = 5, overshooting_rate = 30;
const int walk_decimals = 6;

// The total error over the four examples, E = Σ ½(t − y)².
static double table_error(const Network& network) {
    double total = 0;
    for (const Example& example : xor_examples()) total += example_error(network, example, Loss::squared);
    return total;
}

// Whether every output is on the right side of 0.5 (y > 0.5 for t = 1, y < 0.5 for t = 0).
static bool all_right(const Network& network) {
    for (const Example& example : xor_examples()) {
        if ((outputs(network, example.inputs)[0] > 0.5) != (example.targets[0] == 1)) return false;
    }
    return true;
}

// Part 1: forward, error, backward, update on x = (1, 1), t = 0; then the forward pass again. Draws the
// step: δ on every node, each weight with its new value.
static void worked_step(double rate, const std::string& figures) {
    Network network = article_network();
    const Network before = network;
    const Example example{{1, 1}, {0}};
    std::cout << "Part 1. One step on the article's example: x = (1, 1), target t = 0, rate η = " << plain(rate)
              << "\n(the article adds each change whole, which is η = 1; values shown to " << decimals
              << " decimals)\n\n";
    const Record step = training_step(network, example, rate, Loss::squared);
    std::cout << "forward pass (lesson 04)\n";
    print_stage(std::cout, step, Stage::forward, decimals);
    std::cout << "error\n";
    print_stage(std::cout, step, Stage::error, decimals);
    std::cout << "backward pass: δ = −∂E/∂z, the output first; the hidden δ use the weights before the update\n";
    print_stage(std::cout, step, Stage::backward, decimals);
    std::cout << "update: Δw[l][j][i] = η·δ[l][j]·a[l−1][i], new_w = w + Δw (this network has no biases)\n";
    print_stage(std::cout, step, Stage::update, decimals);

    Record again = forward_pass(network, example.inputs);
    record_error(network, example.targets, Loss::squared, again);
    std::cout << "\nforward pass again, with the new weights\n";
    print_stage(std::cout, again, Stage::forward, decimals);
    print_stage(std::cout, again, Stage::error, decimals);
    std::cout << "\nThe error went down: E = " << fixed(step.value(key::E()), decimals) << " before the step, "
              << fixed(again.value(key::E()), decimals) << " after\n(y from " << fixed(step.value(key::a(2, 1)), decimals)
              << " to " << fixed(again.value(key::a(2, 1)), decimals) << ", towards t = 0).\n"
              << "The article's δ = S′(1.235)·(−0.77) = −0.1344 differs from ours by its rounding (lesson 04).\n"
              << "And it divides where the chain rule multiplies: its Δw7 = −0.1344 / 0.7311 = −0.1838, here\n"
              << "  " << value_line(step, key::dw(2, 1, 1), decimals) << "\n"
              << "Part 2 checks which one is −η·∂E/∂w.\n";

    const std::string path = figures + "/05_network.svg";
    const std::string title = "One step, x = (1, 1), t = 0, η = " + plain(rate) + ": δ on the nodes, w → new w";
    save_diagrams({network_diagram(before, title, &step, decimals)}, path);
    std::cout << "Figure: " << path << "\n";
}

// Part 2: each Δw of the worked step against −η·∂E/∂w measured by central differences.
static void gradient_check(double rate) {
    const Network network = article_network();
    const Example example{{1, 1}, {0}};
    Network stepped = network;
    const Record step = training_step(stepped, example, rate, Loss::squared);
    std::cout << "\nPart 2. Gradient check: is each Δw really −η·∂E/∂w? Measure ∂E/∂w without calculus, by\n"
                 "central differences: (E(w + h) − E(w − h)) / 2h with h = "
              << plain(h) << ", the other weights held fixed.\n\n";
    std::vector<std::vector<std::string>> rows;
    double largest_difference = 0, largest_change = 0;
    for (std::size_t l = 1; l <= network.layers.size(); ++l) {
        for (std::size_t j = 1; j <= network.size(l); ++j) {
            for (std::size_t i = 1; i <= network.size(l - 1); ++i) {
                const double dw = step.value(key::dw(l, j, i));
                const double numeric = numerical_weight_change(network, example, rate, Loss::squared, l, j, i, h);
                largest_difference = std::max(largest_difference, std::fabs(dw - numeric));
                largest_change = std::max(largest_change, std::fabs(dw));
                rows.push_back({text(key::w(l, j, i)), fixed(dw, 8), fixed(numeric, 8), scientific(std::fabs(dw - numeric))});
            }
        }
    }
    print_table(std::cout, {"weight", "Δw (backprop)", "−η·∂E/∂w (numeric)", "|difference|"}, rows);
    std::cout << "\n  largest |difference| = " << scientific(largest_difference) << ", largest |Δw| = "
              << fixed(largest_change, 5) << ":\n  they agree, and the gradient is not all zeros.\n";
}

// Part 3: gradient descent as a picture. E over the whole XOR table against one weight, the others fixed:
// the slope at each point (backpropagation), the secant between two steps, and the steps walking down.
static void descent_on_one_weight(const std::string& figures) {
    const Network network = article_network();
    const std::vector<Example> table = xor_examples();
    const std::string name = text(key::w(walked.l, walked.j, walked.i));
    const double start = network.layers[walked.l - 1].neurons[walked.j - 1].weights[walked.i - 1];
    std::cout << "\nPart 3. Gradient descent as a picture. Hold every weight of the article's network but one,\n"
              << name << ", and look at E = Σ ½(t − y)² over the whole XOR table as a curve E(w). Backpropagation\n"
              << "gives its slope ∂E/∂w at the current w (−Σ δ[2][1]·a[1][1] over the four examples); a step\n"
              << "goes against the slope: w_(k+1) = w_k − η·∂E/∂w. From w_0 = " << plain(start) << " with η = "
              << plain(walking_rate) << ":\n\n";
    const std::vector<DescentStep> walk = descend_one_weight(network, table, Loss::squared, walked, start, walking_rate, 8);
    print_descent(std::cout, walk, name, walk_decimals);
    std::cout << "\nThe secant from w_0 to w_1, the straight line through two successive points, has the slope\n  "
              << secant_line(walk, 0, walk_decimals) << ",\nbetween the slopes of the tangents at its two ends, " << fixed(walk[0].slope, walk_decimals)
              << " at w_0\nand " << fixed(walk[1].slope, walk_decimals)
              << " at w_1: the curve bends. The steps shrink as the slope flattens towards the lowest E.\n\n"
              << "With η = " << plain(overshooting_rate)
              << " the first step jumps past the lowest point, and E goes up and down:\n\n";
    const std::vector<DescentStep> overshoot =
        descend_one_weight(network, table, Loss::squared, walked, start, overshooting_rate, 4);
    print_descent(std::cout, overshoot, name, walk_decimals);
    std::cout << "\nThe rate sets how far a step goes, not where the minimum is: too large and the walk\n"
                 "overshoots and swings from side to side without settling.\n";

    std::vector<double> curve_w, curve_e;
    for (int k = 0; k <= 200; ++k) {
        curve_w.push_back(-3.5 + k * 4.5 / 200);
        curve_e.push_back(error_at(network, table, Loss::squared, walked, curve_w.back()));
    }
    const std::string path = figures + "/05_gradient_descent.svg";
    draw_gradient_descent(curve_w, curve_e, {walk, walking_rate}, {overshoot, overshooting_rate}, name, path);
    std::cout << "Figure: " << path << "\n";
}

// Part 4: the whole XOR table, with biases, from random weights, until every answer is right.
static void train_on_the_table(double rate, long seed, bool all, const std::string& figures) {
    std::cout << "\nPart 4. Learning the whole XOR table.\n\n"
                 "Biases first. Without them every line a neuron draws (z = 0) passes through (0, 0), and at\n"
                 "x = (0, 0) every hidden z is 0 and every hidden a is 0.5, whatever the weights. The article's\n"
                 "network, trained on the table without biases (η = "
              << plain(rate) << ", 2000 epochs):\n";
    Network without = article_network();
    for (int epoch = 0; epoch < 2000; ++epoch) {
        for (const Example& example : xor_examples()) {
            training_step(without, example, rate, Loss::squared);
        }
    }
    for (const Example& example : xor_examples()) {
        std::cout << "  (" << plain(example.inputs[0]) << ", " << plain(example.inputs[1]) << ") → y = "
                  << fixed(outputs(without, example.inputs)[0], 4) << "  (t = " << plain(example.targets[0]) << ")\n";
    }
    std::cout << "(0, 1) and (1, 1) are on the wrong side, and more epochs do not mend them: both only creep towards\n"
                 "0.5. So every neuron gets a bias b, learned like a weight whose input is always 1: Δb = η·δ.\n\n";

    Rng rng(static_cast<std::uint64_t>(seed));
    Network network = random_xor_network(rng);
    std::cout << "A 2 → 3 → 1 sigmoid network with biases, weights and biases drawn uniformly from [−1, 1) with\n"
                 "Rng(" << seed << "); rate η = " << plain(rate)
              << "; one epoch = one step on each example, in table order.\n\n";
    std::vector<double> epochs = {0}, errors = {table_error(network)};
    int epoch = 0;
    while (!all_right(network) && epoch < max_epochs) {
        training_steps(network, xor_examples(), rate, Loss::squared, xor_examples().size());
        ++epoch;
        epochs.push_back(epoch);
        errors.push_back(table_error(network));
    }
    // Every print_every-th epoch and the last, each once (the last may be one of them).
    for (int shown : shown_epochs(epoch, print_every, all)) {
        std::cout << error_line(shown, errors[static_cast<std::size_t>(shown)]);
        if (shown < epoch) std::cout << "\n";
    }
    std::cout << (all_right(network) ? "  ← every output on the right side of 0.5\n\n" : "  ← not learned (stopped)\n\n");

    std::vector<std::vector<std::string>> rows;
    for (const Example& example : xor_examples()) {
        const double y = outputs(network, example.inputs)[0];
        const std::string x = "(" + plain(example.inputs[0]) + ", " + plain(example.inputs[1]) + ")";
        rows.push_back({x, plain(example.targets[0]), fixed(y, 4), y > 0.5 ? "1" : "0"});
    }
    std::cout << "Truth table after " << epoch << " epochs:\n";
    print_table(std::cout, {"x = (x1, x2)", "t", "y", "answer"}, rows);

    const std::string path = figures + "/05_xor_backprop.svg";
    draw_xor_training(network, epochs, errors, path);
    std::cout << "\nFigure: " << path << "\n";
}

int main(int argc, char** argv) {
    return run_lesson(argc, argv, command, [](const LessonInput& input) {
        const double rate = input.options.number("--rate", default_rate, 0.01, 10);
        const long seed = input.options.whole("--seed", default_seed, 0, 1000000000);
        check_figure_folder(input.figures);  // refused before anything is printed: no half lesson
        std::cout << "Lesson 05: backpropagation, the delta formulas\n\n";
        worked_step(rate, input.figures);
        gradient_check(rate);
        descent_on_one_weight(input.figures);
        train_on_the_table(rate, seed, input.all, input.figures);
        return 0;
    });
}
