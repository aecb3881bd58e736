// Lesson 03 — why layers: XOR. Run: make lesson-03. Doc: docs/lessons/03-sequential-stack.md.
#include "cli/lesson_main.h"
#include "core/number_format.h"
#include "figure/svg.h"
#include "figure/xor_layers_figure.h"
#include "lesson_data/stacked_networks.h"
#include "lesson_data/xor.h"
#include "print/perceptron_text.h"
#include "print/step_text.h"
#include "print/summary_text.h"
#include "print/table.h"
#include "scalar/backprop.h"
#include "scalar/perceptron.h"

#include <iostream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// What the lesson is about; --help prints it.
const LessonCommand command = {
    "03_sequential_stack",
    "Lesson 03 — why layers: XOR. One perceptron cannot say \"one or the other, not both\"; two layers of\n"
    "perceptrons, one feeding the next, can. Then the same shape as a Keras model: Dense(3, relu) → Dense(2,\n"
    "softmax), its parameter count and one forward pass.\n"};

// The learning rate of lessons 01–02, and how long we let the single perceptron try.
const double rate = 0.1;
const int epochs_tried = 12;

static int lesson(const LessonInput& input) {
    check_figure_folder(input.figures);  // refused before anything is printed: no half lesson
    // The XOR truth table: 1 when exactly one input is 1.
    const std::vector<Example> table = xor_examples();
    std::vector<std::vector<double>> x;
    std::vector<int> t;
    std::vector<std::vector<std::string>> rows;
    for (const Example& example : table) {
        x.push_back(example.inputs);
        t.push_back(static_cast<int>(example.targets[0]));
        rows.push_back({plain(example.inputs[0]), plain(example.inputs[1]), plain(example.targets[0])});
    }
    std::cout << "Lesson 03: why layers — XOR\n\nThe XOR table:\n"
              << table_text({{"x1"}, {"x2"}, {"XOR", false, 0, " | "}}, rows, {"   ", false});

    // One perceptron with the rule of lesson 01, for a bounded number of epochs: it never gets all four right.
    Perceptron perceptron = zero_perceptron(2);
    std::cout << "\nOne perceptron, rule w ← w + η(t − ŷ)x, b ← b + η(t − ŷ), η = " << plain(rate)
              << ", for " << epochs_tried << " epochs:\n";
    for (int epoch = 1; epoch <= epochs_tried; ++epoch) {
        const int wrong = mistakes(train_epoch(perceptron, x, t, rate));
        std::cout << "  epoch " << right_aligned(std::to_string(epoch), 2) << ": " << wrong
                  << " mistakes, then z = " << perceptron_formula(perceptron) << "\n";
    }
    std::cout << "After epoch " << epochs_tried << " its line still gets " << count_wrong(perceptron, x, t)
              << " of the 4 points wrong; from epoch 2 on every epoch ends with the same weights: the rule goes\n"
              << "round in a circle. It never reaches 0 mistakes, because no line can separate the two classes. A line\n"
              << "w1·x1 + w2·x2 + b = 0 would need\n"
              << "  (0, 0) → 0:  b < 0\n"
              << "  (0, 1) → 1:  w2 + b ≥ 0\n"
              << "  (1, 0) → 1:  w1 + b ≥ 0\n"
              << "  (1, 1) → 0:  w1 + w2 + b < 0\n"
              << "Adding the middle two gives w1 + w2 + 2b ≥ 0, so w1 + w2 + b ≥ −b > 0: the last line is broken.\n";

    // Two layers of step perceptrons, wired by hand: h1 = OR, h2 = NAND, y = AND(h1, h2).
    const Network wired = xor_step_network();
    std::cout << "\nTwo layers of step perceptrons, wired by hand (step(z) = 1 if z ≥ 0):\n"
              << "  h1 = a[1][1] = OR(x1, x2)   = step(1·x1 + 1·x2 − 0.5)\n"
              << "  h2 = a[1][2] = NAND(x1, x2) = step(−1·x1 − 1·x2 + 1.5)\n"
              << "  y  = a[2][1] = AND(h1, h2)  = step(1·h1 + 1·h2 − 1.5)\n";
    std::vector<std::vector<std::string>> truth;
    for (const Example& example : table) {
        // Every z and a of the forward pass, recorded by the scalar core and printed with their numbers.
        const Record record = forward_pass(wired, example.inputs);
        std::cout << "\nx = (" << plain(example.inputs[0]) << ", " << plain(example.inputs[1]) << "):\n";
        print_stage(std::cout, record, Stage::forward, 4);
        truth.push_back({plain(example.inputs[0]), plain(example.inputs[1]), plain(record.value(key::a(1, 1))),
                         plain(record.value(key::a(1, 2))), plain(record.value(key::a(2, 1))), plain(example.targets[0])});
    }
    std::cout << "\nThe network's truth table:\n";
    print_table(std::cout, {"x1", "x2", "h1 = OR", "h2 = NAND", "y = AND(h1, h2)", "XOR"}, truth);

    // The same idea as a Keras model: Dense(3, input_shape=(2,), activation='relu'), Dense(2, activation='softmax').
    const Network keras = keras_shaped_network();
    std::cout << "\nThe same idea in Keras: Sequential([Dense(3, input_shape=(2,), activation='relu'),\n"
              << "                                    Dense(2, activation='softmax')])\n"
              << "Each layer has n_l·n_(l−1) weights and n_l biases:\n";
    print_summary(std::cout, keras);

    // One forward pass of an animal: height 1.80 m, weight 80 kg (in units of 100 kg, so both inputs are near 1).
    const std::vector<double> animal = {1.8, 0.8};
    const Record record = forward_pass(keras, animal);
    std::cout << "\nOne forward pass, x = (1.8, 0.8): height 1.80 m, weight 80 kg written as 0.8 (hundreds of kg).\n"
              << "Given weights (see src/lesson_data/stacked_networks.h); relu(z) = max(0, z); softmax a_j = e^z_j / Σ_k e^z_k:\n";
    print_stage(std::cout, record, Stage::forward, 4);
    const double p1 = record.value(key::a(2, 1)), p2 = record.value(key::a(2, 2));
    std::cout << "Probabilities: human " << fixed(p1, 4) << ", ostrich " << fixed(p2, 4) << "; sum " << fixed(p1, 4)
              << " + " << fixed(p2, 4) << " = " << fixed(p1 + p2, 4) << "\n";

    const std::string path = input.figures + "/03_sequential_stack.svg";
    draw_xor_layers(perceptron, epochs_tried, wired, path);
    std::cout << "\nFigure: " << path << "\n";
    return 0;
}

int main(int argc, char** argv) { return run_lesson(argc, argv, command, lesson); }
