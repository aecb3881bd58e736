// Lesson 03 — why layers: XOR. Run: make lesson-03. Doc: docs/lessons/03-sequential-stack.md.
#include "cli/lesson_main.h"
#include "core/number_format.h"
#include "figure/keras_regions_figure.h"
#include "figure/network_figures.h"
#include "figure/svg.h"
#include "figure/xor_layers_figure.h"
#include "lesson_data/ostriches.h"
#include "lesson_data/stacked_networks.h"
#include "lesson_data/xor.h"
#include "print/perceptron_text.h"
#include "print/step_text.h"
#include "print/summary_text.h"
#include "print/table.h"
#include "scalar/backprop.h"
#include "scalar/gradient_check.h"
#include "scalar/perceptron.h"
#include "scalar/scaling.h"

#include <iostream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// What the lesson is about; --help prints it.
const LessonCommand command = {
    "03_sequential_stack",
    "Lesson 03 — why layers: XOR. One perceptron cannot say \"one or the other, not both\"; two layers of\n"
    "perceptrons, one feeding the next, can. Then the same shape as a Keras model:\n"
    "Dense(3, relu) → Dense(2, softmax), its parameter count, one forward pass, and its training on the\n"
    "humans and ostriches of lesson 01 (data/ostriches.csv) with cross-entropy, the first step worked\n"
    "out.\n"};

// The learning rate of lessons 01–02, and how long we let the single perceptron try.
const double rate = 0.1;
const int epochs_tried = 12;
// The perceptron's epochs printed in full without --all (the later ones repeat the last of these).
const int epochs_shown = 3;
// The humans and ostriches of lesson 01, which the Keras-shaped network learns to tell apart.
const std::string animals_file = "data/ostriches.csv";
// Its training: the rate η, the epochs (one step per animal, in file order), and the decimals shown.
const double keras_rate = 0.05;
const int keras_epochs = 20;
const int keras_decimals = 4;

// The XOR table as the perceptron rule reads it: inputs x (4 × 2) and labels t.
struct XorSamples {
    std::vector<std::vector<double>> x;
    std::vector<int> t;
};

static XorSamples xor_samples() {
    XorSamples samples;
    for (const Example& example : xor_examples()) {
        samples.x.push_back(example.inputs);
        samples.t.push_back(static_cast<int>(example.targets[0]));
    }
    return samples;
}

// One perceptron with the rule of lesson 01, for a bounded number of epochs: it never gets all four right.
static Perceptron one_perceptron_fails(bool all) {
    const XorSamples xor_table = xor_samples();
    Perceptron perceptron = zero_perceptron(2);
    std::cout << "\nOne perceptron, a = step(z), rule w ← w + η(t − a)x, b ← b + η(t − a), η = " << plain(rate)
              << ", for " << epochs_tried << " epochs:\n";
    for (int epoch = 1; epoch <= epochs_tried; ++epoch) {
        const int wrong = mistakes(train_epoch(perceptron, xor_table.x, xor_table.t, rate));
        if (all || epoch <= epochs_shown || epoch == epochs_tried) {
            std::cout << "  epoch " << right_aligned(std::to_string(epoch), 2) << ": " << wrong
                      << " mistakes, then z = " << perceptron_formula(perceptron) << "\n";
        }
        if (!all && epoch == epochs_shown) {
            std::cout << "  … epochs " << epochs_shown + 1 << " to " << epochs_tried - 1
                      << " end the same way (--all prints them)\n";
        }
    }
    std::cout << "After epoch " << epochs_tried << " its line still gets "
              << count_wrong(perceptron, xor_table.x, xor_table.t) << " of the 4 points wrong; from epoch 2 on\n"
              << "every epoch ends with the same weights: the rule goes round in a circle. It never reaches\n"
              << "0 mistakes, because no line can separate the two classes. A line w1·x1 + w2·x2 + b = 0\n"
              << "would need\n"
              << "  (0, 0) → 0:  b < 0\n"
              << "  (0, 1) → 1:  w2 + b ≥ 0\n"
              << "  (1, 0) → 1:  w1 + b ≥ 0\n"
              << "  (1, 1) → 0:  w1 + w2 + b < 0\n"
              << "Adding the middle two gives w1 + w2 + 2b ≥ 0, so w1 + w2 + b ≥ −b > 0: the last line is broken.\n";
    return perceptron;
}

// Two layers of step perceptrons, wired by hand: h1 = OR, h2 = NAND, y = AND(h1, h2). Returns the record
// of the forward pass of (1, 1), the row where NAND switches off.
static Record two_layers_work(const Network& wired, bool all) {
    std::cout << "\nTwo layers of step perceptrons, wired by hand (step(z) = 1 if z ≥ 0):\n"
              << "  h1 = a[1][1] = OR(x1, x2)   = step(1·x1 + 1·x2 − 0.5)\n"
              << "  h2 = a[1][2] = NAND(x1, x2) = step(−1·x1 − 1·x2 + 1.5)\n"
              << "  y  = a[2][1] = AND(h1, h2)  = step(1·h1 + 1·h2 − 1.5)\n";
    if (!all) std::cout << "The forward pass of the last row (--all prints all four):\n";
    std::vector<std::vector<std::string>> truth;
    Record last;
    for (const Example& example : xor_examples()) {
        // Every z and a of the forward pass, recorded by the scalar core and printed with their numbers.
        last = forward_pass(wired, example.inputs);
        const bool shown = all || (example.inputs[0] == 1 && example.inputs[1] == 1);
        if (shown) {
            std::cout << "\nx = (" << plain(example.inputs[0]) << ", " << plain(example.inputs[1]) << "):\n";
            print_stage(std::cout, last, Stage::forward, 4);
        }
        truth.push_back({plain(example.inputs[0]), plain(example.inputs[1]), plain(last.value(key::a(1, 1))),
                         plain(last.value(key::a(1, 2))), plain(last.value(key::a(2, 1))), plain(example.targets[0])});
    }
    std::cout << "\nThe network's truth table:\n";
    print_table(std::cout, {"x1", "x2", "h1 = OR", "h2 = NAND", "y = AND(h1, h2)", "XOR"}, truth);
    return last;
}

// The same idea as a Keras model: Dense(3, input_shape=(2,), activation='relu'), Dense(2, activation='softmax'),
// its parameter count and one forward pass with the given weights.
static void keras_forward(const Network& keras) {
    std::cout << "\nThe same idea in Keras: Sequential([Dense(3, input_shape=(2,), activation='relu'),\n"
              << "                                    Dense(2, activation='softmax')])\n"
              << "Each layer has n_l·n_(l−1) weights and n_l biases:\n";
    print_summary(std::cout, keras);

    // One animal: height 1.80 m, weight 80 kg (in units of 100 kg, so both inputs are near 1).
    const Record record = forward_pass(keras, {1.8, 0.8});
    std::cout << "\nOne forward pass, x = (1.8, 0.8): height 1.80 m, weight 80 kg written as 0.8 (hundreds of kg).\n"
              << "Given weights (see src/lesson_data/stacked_networks.h); relu(z) = max(0, z);\n"
              << "softmax a_j = e^z_j / Σ_k e^z_k:\n";
    print_stage(std::cout, record, Stage::forward, 4);
    const double p1 = record.value(key::a(2, 1)), p2 = record.value(key::a(2, 2));
    std::cout << "Probabilities: human " << fixed(p1, 4) << ", ostrich " << fixed(p2, 4) << "; sum " << fixed(p1, 4)
              << " + " << fixed(p2, 4) << " = " << fixed(p1 + p2, 4) << "\n";
}

// The mean cross-entropy (1/m)·Σ_k E_k over the examples, and how many the network answers right (the
// larger a[2][j] is the class whose t_j is 1).
static std::pair<double, int> keras_score(const Network& network, const std::vector<Example>& examples) {
    double total = 0;
    int right = 0;
    for (const Example& example : examples) {
        total += example_error(network, example, Loss::cross_entropy);
        const std::vector<double> y = outputs(network, example.inputs);
        right += (y[1] > y[0]) == (example.targets[1] == 1);
    }
    return {total / static_cast<double>(examples.size()), right};
}

// Training the Keras-shaped network on the animals: the first step worked out, then the loss per epoch.
// Returns the record of the first step (its weights before the step are the given ones).
static Record keras_training(Network& keras, const Animals& animals, const Scaling& scaling, bool all) {
    const std::vector<Example> examples = keras_examples(animals, scaling);
    std::cout << "\nTraining it: model.compile(loss='categorical_crossentropy', optimizer=SGD(" << plain(keras_rate)
              << ")),\nmodel.fit(x, t, epochs=" << keras_epochs << ", batch_size=1), on the " << examples.size()
              << " humans and ostriches of lesson 01\n(" << animals_file << "), "
              << "each feature scaled as there, x' = (x − mean)/sd, and rounded to " << keras_input_decimals
              << " decimals:\n"
              << "  height: mean " << fixed(scaling.mean[0], 4) << " m, sd " << fixed(scaling.sd[0], 6)
              << " m;  weight: mean " << fixed(scaling.mean[1], 2) << " kg, sd " << fixed(scaling.sd[1], 6) << " kg\n"
              << "Target t = (1, 0) for a human, (0, 1) for an ostrich; E = −Σ_j t_j·ln a[2][j] (cross-entropy);\n"
              << "η = " << plain(keras_rate) << ", one step per animal in file order, from the weights above.\n";
    const std::vector<double>& first = animals.x[0];
    const Example& example = examples[0];
    std::cout << "\nThe first step: animal 1, " << fixed(first[0], 2) << " m and " << fixed(first[1], 1) << " kg, "
              << (animals.t[0] == 1 ? "an ostrich" : "a human") << ":\n  x = ((" << fixed(first[0], 2) << " − "
              << fixed(scaling.mean[0], 4) << ")/" << fixed(scaling.sd[0], 6) << ", (" << fixed(first[1], 1) << " − "
              << fixed(scaling.mean[1], 2) << ")/" << fixed(scaling.sd[1], 6) << ") = (" << plain(example.inputs[0])
              << ", " << plain(example.inputs[1]) << "),  t = (" << plain(example.targets[0]) << ", "
              << plain(example.targets[1]) << ")\n";
    const Network before = keras;
    const Record step = training_step(keras, example, keras_rate, Loss::cross_entropy);
    std::cout << "forward pass\n";
    print_stage(std::cout, step, Stage::forward, keras_decimals);
    std::cout << "error\n";
    print_stage(std::cout, step, Stage::error, keras_decimals);
    std::cout << "backward pass: with softmax and cross-entropy δ[2][j] = t_j − a[2][j]; relu′(z) is 1 for z > 0,\n"
                 "else 0, so a hidden neuron that was off passes nothing back\n";
    print_stage(std::cout, step, Stage::backward, keras_decimals);
    std::cout << "update: Δw[l][j][i] = η·δ[l][j]·a[l−1][i], Δb[l][j] = η·δ[l][j]"
              << (all ? "\n" : "; the changes that are not 0:\n");
    if (all) {
        print_stage(std::cout, step, Stage::update, keras_decimals);
    } else {
        const std::size_t unchanged = print_changes(std::cout, step, keras_decimals);
        std::cout << "  (" << unchanged << " more Δ are exactly 0: from the neurons that were off, δ = 0, or\n"
                  << "  out of them, a = 0; --all prints them)\n";
    }

    // The loss and the right answers before training (epoch 0) and after each epoch: the rest of epoch 1
    // (animals 2 to m), then whole epochs.
    std::vector<std::vector<std::string>> rows;
    auto row = [&](int epoch, const Network& network) {
        const std::pair<double, int> score = keras_score(network, examples);
        rows.push_back({std::to_string(epoch), fixed(score.first, 4),
                        std::to_string(score.second) + " of " + std::to_string(examples.size())});
    };
    row(0, before);
    training_steps(keras, std::vector<Example>(examples.begin() + 1, examples.end()), keras_rate, Loss::cross_entropy,
                   examples.size() - 1);
    for (int epoch = 1; epoch <= keras_epochs; ++epoch) {
        if (epoch > 1) training_steps(keras, examples, keras_rate, Loss::cross_entropy, examples.size());
        if (all || epoch <= 3 || epoch % 5 == 0) row(epoch, keras);
    }
    std::cout << "\nThe loss after each epoch, mean E = (1/m)·Σ_k E_k over the " << examples.size() << " animals"
              << (all ? "" : " (--all prints every epoch)") << ":\n";
    print_table(std::cout, {"epoch", "mean E", "right answers"}, rows);
    return step;
}

static int lesson(const LessonInput& input) {
    check_figure_folder(input.figures);  // refused before anything is printed: no half lesson
    const Animals animals = read_animals(animals_file);
    // The XOR truth table: 1 when exactly one input is 1.
    std::vector<std::vector<std::string>> rows;
    for (const Example& example : xor_examples()) {
        rows.push_back({plain(example.inputs[0]), plain(example.inputs[1]), plain(example.targets[0])});
    }
    std::cout << "Lesson 03: why layers — XOR\n\nThe XOR table:\n"
              << table_text({{"x1"}, {"x2"}, {"XOR", false, 0, " | "}}, rows, {"   ", false});

    // One layer cannot do XOR; two layers, one reading the other's outputs, can.
    const Perceptron perceptron = one_perceptron_fails(input.all);
    const Network wired = xor_step_network();
    const Record wired_pass = two_layers_work(wired, input.all);
    // The same shape in Keras, run forwards, then trained with cross-entropy on lesson 01's animals.
    Network keras = keras_shaped_network();
    keras_forward(keras);
    const Network given = keras;
    const Scaling scaling = fit_scaling(animals.x);  // standardization, as in lesson 01
    const Record first_step = keras_training(keras, animals, scaling, input.all);

    const std::string layers = input.figures + "/03_sequential_stack.svg";
    draw_xor_layers(perceptron, epochs_tried, wired, layers);
    const std::string regions = input.figures + "/03_decision_regions.svg";
    draw_keras_regions(keras, scaling, animals, keras_epochs, regions);
    // The three networks of the lesson: one layer, two layers wired for XOR, the Keras-shaped one.
    Network one_layer;
    one_layer.inputs = 2;
    one_layer.layers.push_back({Activation::step, {Neuron{perceptron.weights, perceptron.bias}}, true});
    const std::string drawing = input.figures + "/03_network.svg";
    save_diagrams({network_diagram(one_layer, "One layer: the perceptron after " + std::to_string(epochs_tried) +
                                                  " epochs, which cannot do XOR"),
                   network_diagram(wired, "A sequential stack: layer 2 reads layer 1's outputs (XOR, x = (1, 1))",
                                   &wired_pass, 1, {{}, {}, {"XOR(x1, x2)"}}),
                   network_diagram(given, "The Keras-shaped 2-3-2 network, its first training step", &first_step,
                                   keras_decimals, {{}, {}, {"human", "ostrich"}})},
                  drawing);
    std::cout << "\nFigure: " << layers << "\nFigure: " << regions << "\nFigure: " << drawing << "\n";
    return 0;
}

int main(int argc, char** argv) { return run_lesson(argc, argv, command, lesson); }
