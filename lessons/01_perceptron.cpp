// Lesson 01 — one neuron draws a line. Run: make lesson-01 (or build/lessons/01_perceptron [data.csv]).
// Doc: docs/lessons/01-perceptron.md.
#include "cli/lesson_main.h"
#include "core/number_format.h"
#include "figure/perceptron_figure.h"
#include "figure/svg.h"
#include "io/cleaning.h"
#include "io/one_hot.h"
#include "lesson_data/holdout.h"
#include "lesson_data/ostriches.h"
#include "print/cleaning_text.h"
#include "print/evaluation_text.h"
#include "print/perceptron_text.h"
#include "scalar/perceptron.h"
#include "scalar/scaling.h"

#include <iostream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// What the lesson is about (--help prints it), the data file it reads and its options.
const LessonCommand command = {
    "01_perceptron",
    "Lesson 01 — one neuron draws a line. A perceptron learns to tell adult humans from ostriches by\n"
    "height and weight: z[1][1] = w·a[0] + b, a[1][1] = step(z[1][1]), and after each mistake\n"
    "Δw[1][1][i] = η·(t[1] − a[1][1])·a[0][i], Δb[1][1] = η·(t[1] − a[1][1]). It cleans the raw file\n"
    "first, holds out a test split, prints the first epoch, the learned line and the confusion matrix on\n"
    "the test split, and draws the line.\n",
    "data.csv", "data/ostriches_raw.csv", "CSV with height_m,weight_kg,ostrich (and perhaps place)",
    {{"--rate", "R", "the learning rate η (default 0.1)"},
     {"--ask", "H,W", "one more animal to ask about, height in m and weight in kg (such as 2.20,70)"}}};

// Enough epochs for the perceptron convergence theorem to finish on this data; a guard, not a goal.
const int max_epochs = 100;

static int lesson(const LessonInput& input) {
    // The learning rate η. With weights starting at 0 it only scales w and b, never changes a decision.
    const double rate = input.options.number("--rate", 0.1, 0.001, 100);
    // Two animals the perceptron has never seen, and the one the student asks about.
    std::vector<std::vector<double>> new_animals = {{1.85, 95.0}, {2.35, 90.0}};
    if (input.options.has("--ask")) new_animals.push_back(animal_from_text(input.options.text("--ask", ""), command.program, "--ask"));

    // Preparing the data: drop what cannot be used, each step counted, before anything is printed.
    CsvCells table = read_csv_cells(input.file);
    check_animal_count(table);
    const std::size_t rows_read = table.rows.size();
    const std::vector<CleaningStep> steps = {
        drop_missing(table),  // an empty cell: a value nobody measured
        drop_impossible(table, "height_m", lowest_height_m, highest_height_m, "m"),  // 183 m: centimetres typed
        drop_impossible(table, "weight_kg", lowest_weight_kg, highest_weight_kg, "kg"),
        drop_duplicates(table)};  // the same animal entered twice would count twice
    // A column of names becomes one 0/1 column per name (not 1, 2, 3: a farm is not twice a zoo).
    const bool has_place = table.has("place");
    const OneHot places = has_place ? one_hot(table, "place") : OneHot{};
    // Hold out the last fifth for testing: the perceptron never sees them, not even for the scaling.
    const Animals clean = animals_from(table);
    const HoldOut split = hold_out_last(clean, clean.x.size() / 5);
    const Animals& animals = split.train;
    check_scalable(animals, input.file);
    check_figure_folder(input.figures);  // refused before anything is printed: no half lesson

    std::cout << "Lesson 01: one perceptron, humans and ostriches\n\nPreparing the data: " << input.file << " has "
              << rows_read << " rows.\n";
    for (std::size_t s = 0; s < steps.size(); ++s) print_cleaning_step(std::cout, static_cast<int>(s + 1), steps[s]);
    if (has_place) print_one_hot(std::cout, static_cast<int>(steps.size() + 1), places);
    if (has_place) std::cout << "       (the perceptron below reads only height and weight, the two axes of its figure)\n";
    int ostriches = 0;
    for (int t : animals.t) ostriches += t;
    std::cout << "\nHeld out for testing: the last fifth of the " << clean.x.size() << " clean rows, " << split.test.x.size()
              << " animals" << (split.test.x.empty() ? "" : " (file lines " + std::to_string(split.test.lines.front()) + "–" +
                                                             std::to_string(split.test.lines.back()) + ")")
              << ".\nTraining on the other " << animals.x.size() << ": " << animals.x.size() - ostriches << " humans, "
              << ostriches << " ostriches.\n\n";

    // Why scale: in z = w1·height + w2·weight + b the kilograms (around 90) swamp the metres (around 2),
    // so the rule's steps move the line almost only along the weight axis. The same rule on raw units:
    Perceptron raw = zero_perceptron(2);
    int raw_epochs = 0;
    int raw_mistakes = 1;
    for (; raw_mistakes > 0 && raw_epochs < 20000; ++raw_epochs) raw_mistakes = mistakes(train_epoch(raw, animals.x, animals.t, rate));
    std::cout << "Without scaling (raw metres and kilograms) the rule needs " << (raw_mistakes ? "more than " : "")
              << raw_epochs << " epochs to make no mistakes.\n\n";

    // Standardize each feature: a[0][i] = (x_i − mean_i)/sd_i, measured on the training animals only.
    const Scaling scaling = fit_scaling(animals.x);
    const std::vector<std::vector<double>> x = scaled(scaling, animals.x);
    std::cout << "Feature scaling (standardization, measured on the training animals):\n";
    print_scaling(std::cout, scaling, {"height", "weight"}, {"m", "kg"});

    // Epoch 1: z[1][1] = w[1][1][1]·a[0][1] + w[1][1][2]·a[0][2] + b[1][1], a[1][1] = step(z[1][1]);
    // a mistake (a[1][1] ≠ t[1]) changes the weights by Δw[1][1][i] = η·(t[1] − a[1][1])·a[0][i].
    Perceptron perceptron = zero_perceptron(2);
    std::cout << "\nEpoch 1, η = " << plain(rate) << ", from w[1][1][1] = w[1][1][2] = b[1][1] = 0 (step(0) = 1).\n"
              << "Each animal k: z[1][1] = w[1][1][1]·a[0][1] + w[1][1][2]·a[0][2] + b[1][1], a[1][1] = step(z[1][1]).\n"
              << (input.all ? "" : "The first rows and every mistake (--all prints every row):\n");
    const std::vector<PerceptronStep> first = train_epoch(perceptron, x, animals.t, rate);
    print_step_table(std::cout, animals.x, first, input.all);
    std::cout << "\nThe updates, at the mistakes only: Δw[1][1][i] = η·(t[1] − a[1][1])·a[0][i] and\n"
                 "Δb[1][1] = η·(t[1] − a[1][1]), then w[1][1][i] ← w[1][1][i] + Δw[1][1][i] and\n"
                 "b[1][1] ← b[1][1] + Δb[1][1]:\n";
    print_update_table(std::cout, first);

    // Then whole epochs, until one has no mistakes (the data can be separated by a line, so this ends).
    std::cout << "\nMistakes per epoch:\n  " << epoch_summary(1, first) << "\n";
    int epoch = 1;
    for (int wrong = mistakes(first); wrong > 0 && epoch < max_epochs;) {
        const std::vector<PerceptronStep> steps_of_epoch = train_epoch(perceptron, x, animals.t, rate);
        wrong = mistakes(steps_of_epoch);
        std::cout << "  " << epoch_summary(++epoch, steps_of_epoch) << "\n";
    }

    // The line z = 0, first in scaled features, then in metres and kilograms.
    const Perceptron original = in_original_units(perceptron, scaling);
    const double slope = -original.weights[1] / original.weights[0], intercept = -original.bias / original.weights[0];
    std::cout << "\nLearned line (scaled features): z[1][1] = " << perceptron_sum(perceptron) << " = 0\n"
              << "In original units: z[1][1] = " << fixed(original.weights[0], 4) << "·height "
              << signed_number(original.weights[1], 4) << "·weight " << signed_number(original.bias, 4) << " = 0\n"
              << "  that is  height = " << fixed(slope, 5) << "·weight " << signed_number(intercept, 4)
              << " (m, kg): taller than this line means ostrich\n"
              << "Training animals on the wrong side of the line: " << count_wrong(perceptron, x, animals.t) << " of "
              << x.size() << "\n";

    // Evaluating: the held-out animals, scaled with the training animals' mean and sd, never learned from.
    if (!split.test.x.empty()) {
        std::vector<int> answers;
        for (const std::vector<double>& animal : split.test.x) answers.push_back(perceptron.output(scaled(scaling, animal)));
        std::cout << "\nOn the " << split.test.x.size() << " held-out animals (positive = ostrich):\n";
        print_binary_evaluation(std::cout, binary_counts(split.test.t, answers), "ostrich", "human");
        for (std::size_t k = 0; k < answers.size(); ++k) {
            if (answers[k] == split.test.t[k]) continue;
            std::cout << "  wrong: line " << split.test.lines[k] << ", " << fixed(split.test.x[k][0], 2) << " m, "
                      << fixed(split.test.x[k][1], 1) << " kg, " << (split.test.t[k] ? "an ostrich called human" : "a human called ostrich")
                      << ", z[1][1] = " << fixed(perceptron.z(scaled(scaling, split.test.x[k])), 4) << "\n";
        }
    }

    std::cout << "\nNew animals:\n";
    for (std::size_t k = 0; k < new_animals.size(); ++k) {
        const std::vector<double> x_new = scaled(scaling, new_animals[k]);
        const int a = perceptron.output(x_new);
        std::cout << "  new " << k + 1 << ": " << fixed(new_animals[k][0], 2) << " m, " << fixed(new_animals[k][1], 1)
                  << " kg → a[0] = (" << fixed(x_new[0], 4) << ", " << fixed(x_new[1], 4) << "), z[1][1] = "
                  << fixed(perceptron.z(x_new), 4) << ", a[1][1] = " << a << ": " << (a ? "ostrich" : "human") << "\n";
    }

    const std::string path = input.figures + "/01_perceptron.svg";
    draw_perceptron_line(animals, original, new_animals, path);
    std::cout << "\nFigure: " << path << "\n";
    return 0;
}

int main(int argc, char** argv) { return run_lesson(argc, argv, command, lesson); }
