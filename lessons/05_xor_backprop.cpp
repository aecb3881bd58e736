// Lesson 05 — the delta formulas. Run: make lesson-05 (or build/lessons/05_xor_backprop).
// Doc: docs/lessons/05-xor-backprop.md.
#include "cli/lesson_main.h"
#include "core/number_format.h"
#include "core/rng.h"
#include "figure/svg.h"
#include "figure/xor_training_figure.h"
#include "lesson_data/xor.h"
#include "print/formula_text.h"
#include "print/step_text.h"
#include "print/table.h"
#include "print/training_text.h"
#include "scalar/backprop.h"
#include "scalar/gradient_check.h"

#include <algorithm>
#include <cmath>
#include <iostream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// What the lesson is about; --help prints it.
const LessonCommand command = {
    "05_xor_backprop",
    "Lesson 05 — the delta formulas. One backpropagation step on the article's XOR network (lesson 04):\n"
    "output δ = y(1 − y)(t − y), hidden δ = a(1 − a)·Σ w·δ, Δw = η·δ·a; a check of every Δw against a\n"
    "numerical gradient; then training on the whole XOR table until every answer is right.\n"};

// The learning rate η, of the worked step and of the training: the article adds each change of its step
// whole (new w7 = 0.3 + Δw7), i.e. η = 1.
const double rate = 1;
// Decimals shown in the worked step: the hidden deltas are small (−0.00798), so 4 would hide a digit.
const int decimals = 5;
// The step h of the central differences: small enough that the h² error is far below the values shown.
const double h = 1e-5;
// The seed of the random starting weights for training on the whole table.
const std::uint64_t seed = 1;
// Training stops here if it has not found every answer by then; a guard, not a goal.
const int max_epochs = 5000;
// E is printed every this many epochs.
const int print_every = 50;

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

// Part 1: forward, error, backward, update on x = (1, 1), t = 0; then the forward pass again.
static void worked_step() {
    Network network = article_network();
    const Example example{{1, 1}, {0}};
    std::cout << "Part 1. One step on the article's example: x = (1, 1), target t = 0, rate η = " << plain(rate)
              << "\n(the article adds each change whole, which is η = 1; values shown to " << decimals << " decimals)\n\n";
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
              << fixed(again.value(key::E()), decimals) << " after (y from " << fixed(step.value(key::a(2, 1)), decimals)
              << " to " << fixed(again.value(key::a(2, 1)), decimals) << ", towards t = 0).\n"
              << "The article's δ = S′(1.235)·(−0.77) = −0.1344 differs from ours by its rounding (lesson 04). And it\n"
              << "divides where the chain rule multiplies: its Δw7 = −0.1344 / 0.7311 = −0.1838, here\n"
              << "  " << value_line(step, key::dw(2, 1, 1), decimals) << "\n"
              << "Part 2 checks which one is −η·∂E/∂w.\n";
}

// Part 2: each dw of the worked step against −η·∂E/∂w measured by central differences.
static void gradient_check() {
    const Network network = article_network();
    const Example example{{1, 1}, {0}};
    Network stepped = network;
    const Record step = training_step(stepped, example, rate, Loss::squared);
    std::cout << "\nPart 2. Gradient check: is each dw really −η·∂E/∂w? Measure ∂E/∂w without calculus, by\n"
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
    print_table(std::cout, {"weight", "dw (backprop)", "−η·∂E/∂w (numeric)", "|difference|"}, rows);
    std::cout << "\n  largest |difference| = " << scientific(largest_difference) << ", largest |dw| = " << fixed(largest_change, 5)
              << ": they agree, and the gradient is not all zeros.\n";
}

// Part 3: the whole XOR table, with biases, from random weights, until every answer is right.
static void train_on_the_table(const std::string& figures) {
    std::cout << "\nPart 3. Learning the whole XOR table.\n\n"
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
                 "0.5. So every neuron gets a bias b, learned like a weight whose input is always 1: db = η·δ.\n\n";

    Rng rng(seed);
    Network network = random_xor_network(rng);
    std::cout << "A 2 → 3 → 1 sigmoid network with biases, weights and biases drawn uniformly from [−1, 1) with\n"
                 "Rng(" << seed << "); rate η = " << plain(rate)
              << "; one epoch = one step on each example, in table order.\n\n";
    std::vector<double> epochs = {0}, errors = {table_error(network)};
    std::cout << error_line(0, errors.back()) << "\n";
    int epoch = 0;
    while (!all_right(network) && epoch < max_epochs) {
        training_steps(network, xor_examples(), rate, Loss::squared, xor_examples().size());
        ++epoch;
        epochs.push_back(epoch);
        errors.push_back(table_error(network));
        if (epoch % print_every == 0) std::cout << error_line(epoch, errors.back()) << "\n";
    }
    std::cout << error_line(epoch, errors.back())
              << (all_right(network) ? "  ← every output on the right side of 0.5\n\n" : "  ← not learned (stopped)\n\n");

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
        check_figure_folder(input.figures);  // refused before anything is printed: no half lesson
        std::cout << "Lesson 05: backpropagation, the delta formulas\n\n";
        worked_step();
        gradient_check();
        train_on_the_table(input.figures);
        return 0;
    });
}
