// Lesson 04 — the forward pass, number by number. Run: make lesson-04 (or build/lessons/04_xor_forward).
// Doc: docs/lessons/04-xor-forward.md.
#include "cli/lesson_main.h"
#include "core/number_format.h"
#include "figure/network_figures.h"
#include "figure/sigmoid_figure.h"
#include "figure/svg.h"
#include "lesson_data/xor.h"
#include "print/step_text.h"
#include "print/table.h"
#include "scalar/backprop.h"

#include <cmath>
#include <iostream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// What the lesson is about; --help prints it.
const LessonCommand command = {
    "04_xor_forward",
    "Lesson 04 — the forward pass, number by number: the XOR network of Steven Miller's article\n"
    "\"Mind: how to build a neural network\" (2 inputs, 3 sigmoid hidden neurons, 1 sigmoid output,\n"
    "no biases) on input (1, 1): z[l][j] = Σ_i a[l−1][i]·w[l][j][i], a[l][j] = sigmoid(z[l][j]) =\n"
    "1/(1 + e^−z), E = ½(t − y)²; then the article's rounded figures beside ours, and the untrained\n"
    "network on the whole XOR table.\n"};

// x with its digits after the `decimals`-th cut off (truncated towards zero), as the article writes them.
static double cut_to(double x, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::trunc(x * scale) / scale;
}

// The article's figures beside ours: its activations cut to 3 decimals, and its output sum, which it
// computed from the activations rounded to 2 decimals.
static void rounding_comparison(const Network& network, const Record& full) {
    std::cout << "\nThe article's figures beside ours. It says its figures are \"truncated to the thousandths place\":\n"
                 "digits after the third are cut off, not rounded.\n\n";
    std::vector<std::vector<std::string>> rows;
    for (std::size_t j = 1; j <= 3; ++j) {
        const double a = full.value(key::a(1, j));
        rows.push_back({text(key::a(1, j)), "sigmoid(" + plain(full.value(key::z(1, j))) + ")", fixed(a, 4),
                        fixed(cut_to(a, 3), 3), fixed(round_to(a, 3), 3), fixed(round_to(a, 2), 2)});
    }
    print_table(std::cout, {"value", "formula", "ours (4 dp)", "cut to 3 dp", "rounded to 3 dp", "rounded to 2 dp"}, rows);

    // The output sum from the 2-decimal activations, as the article computed it.
    const Record calculator = forward_pass(network, {1, 1}, 2);
    double z_article = 0, drift = 0;
    std::string sum, ours, drifts, terms;
    for (std::size_t j = 1; j <= 3; ++j) {
        const double a2 = calculator.value(key::a(1, j));
        const double a = full.value(key::a(1, j));
        const double w = full.value(key::w(2, 1, j));
        const std::string plus = j == 1 ? "" : " + ";
        z_article += a2 * w;
        drift += (a2 - a) * w;
        sum += plus + fixed(a2, 2) + "·" + plain(w);
        ours += plus + fixed(a, 4) + "·" + plain(w);
        drifts += plus + plain(w) + "·(" + fixed(a2, 2) + " − " + fixed(a, 4) + ")";
        terms += plus + parenthesized(fixed((a2 - a) * w, 4));
    }
    const double z = full.value(key::z(2, 1));
    std::cout << "\n  article:  z[2][1] = " << sum << " = " << fixed(z_article, 3) << ",  y = sigmoid(" << fixed(z_article, 3)
              << ") = " << fixed(activate(Activation::sigmoid, z_article), 4) << "\n"
              << "  ours:     z[2][1] = " << ours << " = " << fixed(z, 4) << ",  y = sigmoid(" << fixed(z, 4)
              << ") = " << fixed(full.value(key::a(2, 1)), 4) << "\n\n"
              << "Why they differ: each activation's rounding error, times the weight it is multiplied by:\n"
              << "  " << drifts << "\n  = " << terms << " = " << fixed(drift, 4) << " = " << fixed(z_article, 3)
              << " − " << fixed(z, 4) << " (to 4 dp)\n"
              << "0.79 is 0.0042 more than sigmoid(1.3) = 0.7858, and its weight 0.5 passes half of that on.\n"
              << "Lesson: keep 4 or more digits in the values you carry forward; round only what you write down.\n";

    std::cout << "\nThe same forward pass on a 2-decimal calculator (every value rounded to 2 dp as soon as it is\n"
                 "computed, and the rounded value used from then on; nnwalk trace --round 2 does the same):\n";
    print_stage(std::cout, calculator, Stage::forward, 2);
    std::cout << "  (the article kept 1.235 to three decimals; rounded to two it becomes 1.24)\n";
}

// The untrained network on all four rows of the XOR table: y, whether it is on the right side of 0.5, and E.
static void untrained_on_xor(const Network& network) {
    std::cout << "\nThe untrained network on the whole XOR table (y > 0.5 counts as answering 1):\n\n";
    std::vector<std::vector<std::string>> rows;
    double total = 0;
    int right = 0;
    for (const Example& example : xor_examples()) {
        const double y = outputs(network, example.inputs)[0], t = example.targets[0];
        const double error = 0.5 * (t - y) * (t - y);
        const bool correct = (y > 0.5) == (t == 1);
        total += error;
        right += correct;
        const std::string x = "(" + plain(example.inputs[0]) + ", " + plain(example.inputs[1]) + ")";
        rows.push_back({x, plain(t), fixed(y, 4), y > 0.5 ? "1" : "0", correct ? "yes" : "no", fixed(error, 4)});
    }
    print_table(std::cout, {"x = (x1, x2)", "t", "y", "answer", "right?", "E = ½(t − y)²"}, rows);
    std::cout << "\n  total E = " << fixed(total, 4) << ", right answers: " << right << " of 4\n"
              << "Every weight is positive, so every output is above 0.5: the untrained network says 1 to everything.\n"
                 "Lesson 05 changes the weights to bring E down.\n";
}

static int lesson(const LessonInput& input) {
    check_figure_folder(input.figures);  // refused before anything is printed: no half lesson
    const Network network = article_network();
    std::cout << "Lesson 04: the forward pass, number by number\n\n"
              << "The network of the article (no biases, so z = Σ a·w):\n"
              << network.describe() << "\n"
              << "  w[1][j][1] (from x1) = 0.8, 0.4, 0.3    w[1][j][2] (from x2) = 0.2, 0.9, 0.5\n"
              << "  w[2][1][j] (hidden to output) = 0.3, 0.5, 0.9\n";

    // One forward pass of (1, 1), every value kept in full precision and shown to 4 decimals.
    Record record = forward_pass(network, {1, 1});
    std::cout << "\nForward pass of x = (1, 1): z = Σ a·w, a = sigmoid(z) = 1/(1 + e^−z)\n";
    print_stage(std::cout, record, Stage::forward, 4);

    // The error against the XOR target t = 0.
    record_error(network, {0}, Loss::squared, record);
    std::cout << "\nError against the XOR target t = 0 (y is " << fixed(record.value(key::a(2, 1)), 4) << " too high):\n";
    print_stage(std::cout, record, Stage::error, 4);

    rounding_comparison(network, record);
    untrained_on_xor(network);

    const std::string path = input.figures + "/04_xor_forward.svg";
    draw_forward_pass_on_sigmoid(record, path);
    // The network as the article draws it: first with its weights, then with every z and a of this pass.
    const std::string drawing = input.figures + "/04_network.svg";
    save_diagrams({network_diagram(network, "The article's network: a weight on every connection"),
                   network_diagram(network, "The forward pass of x = (1, 1): z and a on every node", &record)},
                  drawing);
    std::cout << "\nFigure: " << path << "\nFigure: " << drawing << "\n";
    return 0;
}

int main(int argc, char** argv) { return run_lesson(argc, argv, command, lesson); }
