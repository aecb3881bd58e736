// Lesson 02 — several perceptrons, one input. Run: make lesson-02. Doc: docs/lessons/02-parallel-stack.md.
#include "cli/lesson_main.h"
#include "core/number_format.h"
#include "lesson_data/ostriches.h"
#include "print/layer_text.h"
#include "print/perceptron_text.h"
#include "print/table.h"
#include "scalar/perceptron_layer.h"
#include "scalar/scaling.h"

#include <iostream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// What the lesson is about (--help prints it) and the data file it reads.
const LessonCommand command = {
    "02_parallel_stack",
    "Lesson 02 — several perceptrons, one input. Three perceptrons read the same (height, weight), each with\n"
    "its own weights, bias and question. Written neuron by neuron or as W·x + b, it is the same arithmetic;\n"
    "trained together or one at a time, it gives the same weights.\n",
    "data.csv", "data/ostriches.csv", "the animals to learn from, a CSV file with the columns height_m,weight_kg,ostrich"};

// The learning rate η of lesson 01.
const double rate = 0.1;
// A guard: every question here is answered by a line, so training ends long before this.
const int max_epochs = 1000;

// The three questions, one per perceptron, and the targets they give for an animal (height m, weight kg).
static const std::vector<std::string> questions = {"ostrich?", "taller than 1.80 m?", "heavier than 90 kg?"};
static std::vector<int> targets(const std::vector<double>& animal, int is_ostrich) {
    return {is_ostrich, animal[0] > 1.80 ? 1 : 0, animal[1] > 90 ? 1 : 0};
}

static int lesson(const LessonInput& input) {
    // The data of lesson 01, scaled as there; each animal gets three targets, one per question.
    const Animals animals = read_animals(input.file);
    const Scaling scaling = fit_scaling(animals.x);
    const std::vector<std::vector<double>> x = scaled(scaling, animals.x);
    std::vector<std::vector<int>> t;  // m samples × 3 targets
    for (std::size_t k = 0; k < x.size(); ++k) t.push_back(targets(animals.x[k], animals.t[k]));

    std::cout << "Lesson 02: three perceptrons, one input\n\n"
              << "Every perceptron reads the same x = (x1, x2), the scaled height and weight of lesson 01,\n"
              << "and answers its own question: 1 = " << questions[0] << " 2 = " << questions[1] << " 3 = "
              << questions[2] << "\n\n";

    // A forward pass with given weights: neuron j computes z[1][j] = x1·w[j][1] + x2·w[j][2] + b[j] on its own.
    PerceptronLayer given{{Perceptron{{0.4, 0.3}, 0.2}, Perceptron{{0.8, -0.2}, -0.2}, Perceptron{{-0.1, 0.9}, 0.05}}};
    const std::vector<double> example = {0.5, -1};
    std::cout << "A forward pass with given weights, for x = (0.5, -1): half a standard deviation taller and one\n"
              << "lighter than the average animal.\n\nNeuron by neuron, and as one matrix-vector product W·x + b:\n";
    print_side_by_side(std::cout, given, example, questions);
    // The same numbers as one product: row j of W holds the weights of neuron j.
    std::cout << "\n  W·x + b:\n";
    print_matrix_form(std::cout, weight_matrix(given), example, bias_vector(given),
                      matrix_times_vector_plus(weight_matrix(given), example, bias_vector(given)));

    // Training together: each sample, all three neurons apply the rule w ← w + η(t_j − ŷ_j)x to their own
    // weights. Nothing one neuron does enters another's formula.
    PerceptronLayer together{{zero_perceptron(2), zero_perceptron(2), zero_perceptron(2)}};
    std::vector<std::vector<std::string>> mistakes_per_epoch;
    int epochs = 0;
    for (bool any_mistake = true; any_mistake && epochs < max_epochs;) {
        std::vector<int> wrong(3, 0);
        for (std::size_t k = 0; k < x.size(); ++k) {
            const std::vector<PerceptronStep> steps = learn_together(together, x[k], t[k], rate);
            for (std::size_t j = 0; j < 3; ++j) wrong[j] += steps[j].y_hat != steps[j].t;
        }
        ++epochs;
        mistakes_per_epoch.push_back({std::to_string(epochs), std::to_string(wrong[0]), std::to_string(wrong[1]),
                                      std::to_string(wrong[2])});
        any_mistake = wrong[0] + wrong[1] + wrong[2] > 0;
    }
    std::cout << "\nTraining the three together (η = " << plain(rate) << ", w = b = 0 at the start), mistakes per epoch:\n"
              << table_text({{"epoch"}, {"ostrich?"}, {">1.80 m?"}, {">90 kg?"}}, mistakes_per_epoch, {"  ", false});

    // Training alone: perceptron j by itself, on its own targets, for the same number of epochs.
    std::cout << "\nThe same " << epochs << " epochs for each perceptron alone, compared with the layer's weights:\n";
    bool all_same = true;
    for (std::size_t j = 0; j < 3; ++j) {
        Perceptron alone = zero_perceptron(2);
        std::vector<int> t_alone;
        for (const std::vector<int>& row : t) t_alone.push_back(row[j]);
        for (int epoch = 0; epoch < epochs; ++epoch) train_epoch(alone, x, t_alone, rate);
        const Perceptron& in_layer = together.neurons[j];
        const bool same = alone.weights == in_layer.weights && alone.bias == in_layer.bias;
        all_same = all_same && same;
        std::cout << "  " << j + 1 << " " << questions[j] << "  together: " << perceptron_formula(in_layer)
                  << "   alone: " << perceptron_formula(alone) << "   " << (same ? "identical" : "DIFFERENT") << "\n";
    }
    std::cout << (all_same ? "Together = alone, bit for bit: a layer of perceptrons is just perceptrons side by side.\n"
                           : "Together and alone differ.\n");

    std::cout << "\nWhy this is not yet a neural network: no neuron reads another neuron's output. Each of the\n"
              << "three still draws one straight line in the (height, weight) plane and can answer only questions\n"
              << "a single line answers. Stacking them side by side adds questions, not power; lesson 03 stacks\n"
              << "them one after another.\n";
    return 0;
}

int main(int argc, char** argv) { return run_lesson(argc, argv, command, lesson); }
