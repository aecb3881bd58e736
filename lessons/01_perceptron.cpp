// Lesson 01 — one neuron draws a line. Run: make lesson-01 (or build/lessons/01_perceptron [data.csv]).
// Doc: docs/lessons/01-perceptron.md.
#include "cli/lesson_main.h"
#include "core/number_format.h"
#include "figure/perceptron_figure.h"
#include "figure/svg.h"
#include "lesson_data/ostriches.h"
#include "print/perceptron_text.h"
#include "scalar/perceptron.h"
#include "scalar/scaling.h"

#include <iostream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// What the lesson is about (--help prints it) and the data file it reads.
const LessonCommand command = {
    "01_perceptron",
    "Lesson 01 — one neuron draws a line. A perceptron learns to tell adult humans from ostriches by height\n"
    "and weight: z = w·x + b, ŷ = step(z), and after each mistake w ← w + η(t − ŷ)x, b ← b + η(t − ŷ).\n"
    "It prints every step of the first epoch, the mistakes per epoch, the learned line, and draws it.\n",
    "data.csv", "data/ostriches.csv", "the animals to learn from, a CSV file with the columns height_m,weight_kg,ostrich"};

// The learning rate η. With weights starting at 0 it only scales w and b, never changes a decision.
const double rate = 0.1;
// Enough epochs for the perceptron convergence theorem to finish on this data; a guard, not a goal.
const int max_epochs = 100;

static int lesson(const LessonInput& input) {
    // The data: x = (height in m, weight in kg), t = 1 for an ostrich, 0 for a human.
    const std::string& data_file = input.file;
    const Animals animals = read_animals(data_file);
    check_figure_folder(input.figures);  // refused before anything is printed: no half lesson
    // Standardize each feature: x' = (x − mean)/sd, measured on the training data.
    const Scaling scaling = fit_scaling(animals.x);
    int ostriches = 0;
    for (int t : animals.t) ostriches += t;
    std::cout << "Lesson 01: one perceptron, humans and ostriches\n\n"
              << data_file << ": " << animals.x.size() << " animals (" << animals.x.size() - ostriches << " humans, "
              << ostriches << " ostriches)\n\n";

    // Why scale: in z = w1·height + w2·weight + b the kilograms (around 90) swamp the metres (around 2),
    // so the rule's steps move the line almost only along the weight axis. The same rule on raw units:
    Perceptron raw = zero_perceptron(2);
    int raw_epochs = 0;
    int raw_mistakes = 1;
    for (; raw_mistakes > 0 && raw_epochs < 20000; ++raw_epochs) raw_mistakes = mistakes(train_epoch(raw, animals.x, animals.t, rate));
    std::cout << "Without scaling (raw metres and kilograms) the rule needs " << (raw_mistakes ? "more than " : "")
              << raw_epochs << " epochs to make no mistakes.\n\n";

    const std::vector<std::vector<double>> x = scaled(scaling, animals.x);
    std::cout << "Feature scaling used (standardization, x' = (x − mean)/sd):\n";
    print_scaling(std::cout, scaling, {"height", "weight"}, {"m", "kg"});

    // Epoch 1, every sample: z = w1·x1 + w2·x2 + b, ŷ = step(z), Δw = η(t − ŷ)x, Δb = η(t − ŷ).
    Perceptron perceptron = zero_perceptron(2);
    std::cout << "\nEpoch 1, rate η = " << plain(rate) << ", starting from w1 = w2 = b = 0 (step(0) = 1):\n";
    const std::vector<PerceptronStep> first = train_epoch(perceptron, x, animals.t, rate);
    print_step_table(std::cout, animals.x, first);

    // Then whole epochs, until one has no mistakes (the data can be separated by a line, so this ends).
    std::cout << "\nMistakes per epoch:\n  epoch 1: " << mistakes(first) << " mistakes\n";
    int epoch = 1;
    for (int wrong = mistakes(first); wrong > 0 && epoch < max_epochs;) {
        wrong = mistakes(train_epoch(perceptron, x, animals.t, rate));
        std::cout << "  epoch " << ++epoch << ": " << wrong << " mistakes\n";
    }

    // The line z = 0, first in scaled features, then in metres and kilograms.
    const Perceptron original = in_original_units(perceptron, scaling);
    const double slope = -original.weights[1] / original.weights[0], intercept = -original.bias / original.weights[0];
    std::cout << "\nLearned line (scaled features): z = " << perceptron_formula(perceptron) << " = 0\n"
              << "In original units: z = " << fixed(original.weights[0], 4) << "·height + " << fixed(original.weights[1], 4)
              << "·weight " << signed_number(original.bias, 4) << " = 0\n"
              << "  that is  height = " << fixed(slope, 5) << "·weight " << signed_number(intercept, 4)
              << "  (metres, kilograms): taller than this line means ostrich\n"
              << "Samples on the wrong side of the line: " << count_wrong(perceptron, x, animals.t) << " of "
              << x.size() << "\n";

    // Two animals the perceptron has never seen.
    const std::vector<std::vector<double>> new_animals = {{1.85, 95.0}, {2.35, 90.0}};
    std::cout << "\nTwo new animals:\n";
    for (std::size_t k = 0; k < new_animals.size(); ++k) {
        const std::vector<double> x_new = scaled(scaling, new_animals[k]);
        const int y_hat = perceptron.output(x_new);
        std::cout << "  new " << k + 1 << ": height " << fixed(new_animals[k][0], 2) << " m, weight "
                  << fixed(new_animals[k][1], 1) << " kg -> x = (" << fixed(x_new[0], 4) << ", " << fixed(x_new[1], 4)
                  << "), z = " << fixed(perceptron.z(x_new), 4) << ", ŷ = " << y_hat << ": "
                  << (y_hat ? "ostrich" : "human") << "\n";
    }

    const std::string path = input.figures + "/01_perceptron.svg";
    draw_perceptron_line(animals, original, new_animals, path);
    std::cout << "\nFigure: " << path << "\n";
    return 0;
}

int main(int argc, char** argv) { return run_lesson(argc, argv, command, lesson); }
