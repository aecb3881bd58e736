// Lesson 02 — several perceptrons, one input. Run: make lesson-02. Doc: docs/lessons/02-parallel-stack.md.
#include "cli/lesson_main.h"
#include "core/number_format.h"
#include "figure/network_diagram.h"
#include "figure/svg.h"
#include "lesson_data/animal_questions.h"
#include "lesson_data/ostriches.h"
#include "print/layer_text.h"
#include "print/perceptron_text.h"
#include "scalar/perceptron_layer.h"
#include "scalar/scaling.h"

#include <iostream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// What the lesson is about (--help prints it) and the data file it reads.
const LessonCommand command = {
    "02_parallel_stack",
    "Lesson 02 — several perceptrons, one input. One perceptron per question reads the same\n"
    "(height, weight), each with its own weights, bias and target. Written neuron by neuron or as\n"
    "W·x + b, it is the same arithmetic; trained together or one at a time, it gives the same weights.\n"
    "Draws the layer.\n",
    "data.csv", "data/ostriches.csv", "the animals, CSV: height_m,weight_kg,ostrich"};

// The learning rate η of lesson 01.
const double rate = 0.1;
// A guard: every question here is answered by a line, so training ends long before this.
const int max_epochs = 1000;

// The questions, one perceptron each: what it asks and its answer for an animal (height m, weight kg, label).
// Add a question here and the layer gets one more perceptron, in training, in the tables and in the figure.
static const std::vector<Question> questions = {
    {"ostrich?", [](double, double, int ostrich) { return ostrich; }},
    {"taller than 1.80 m?", [](double height_m, double, int) { return height_m > 1.80 ? 1 : 0; }},
    {"heavier than 90 kg?", [](double, double weight_kg, int) { return weight_kg > 90 ? 1 : 0; }},
};

static int lesson(const LessonInput& input) {
    // The data of lesson 01, scaled as there; each animal gets one target per question.
    const Animals animals = read_animals(input.file);
    check_figure_folder(input.figures);  // refused before anything is printed: no half lesson
    const Scaling scaling = fit_scaling(animals.x);
    const std::vector<std::vector<double>> x = scaled(scaling, animals.x);
    const std::vector<std::vector<int>> t = question_targets(animals, questions);  // m samples × n questions
    const std::size_t n = questions.size();

    std::cout << "Lesson 02: " << n << " perceptrons, one input\n\n"
              << "Every perceptron reads the same a[0] = (a[0][1], a[0][2]), the scaled height and weight of\n"
              << "lesson 01, and answers its own question:\n";
    for (std::size_t j = 0; j < n; ++j) std::cout << "  j = " << j + 1 << ": " << questions[j].text << "\n";

    // A forward pass with given weights: neuron j computes z[1][j] = a[0][1]·w[1][j][1] + a[0][2]·w[1][j][2] + b[1][j]
    // on its own.
    const PerceptronLayer given{{Perceptron{{0.4, 0.3}, 0.2}, Perceptron{{0.8, -0.2}, -0.2}, Perceptron{{-0.1, 0.9}, 0.05}}};
    const std::vector<double> example = {0.5, -1};
    std::cout << "\nFirst the arithmetic, with three perceptrons and weights given for it, for a[0] = (0.5, -1): an\n"
              << "animal half a standard deviation taller and one lighter than the average.\n\n"
              << "Neuron by neuron, and as one matrix-vector product W·x + b:\n";
    print_side_by_side(std::cout, given, example);
    // The same numbers as one product: row j of W holds the weights of neuron j.
    std::cout << "\n  W·x + b:\n";
    print_matrix_form(std::cout, weight_matrix(given), example, bias_vector(given),
                      matrix_times_vector_plus(weight_matrix(given), example, bias_vector(given)));

    // Training together: each sample, every neuron j applies the rule w ← w + η(t_j − a_j)x to its own
    // weights. Nothing one neuron does enters another's formula.
    const LayerTraining together = train_together(x, t, rate, max_epochs);
    const int epochs = static_cast<int>(together.mistakes.size());
    std::cout << "\nTraining the " << n << " together (η = " << plain(rate) << ", w = b = 0 at the start), mistakes per epoch of\n"
              << "neuron j" << (input.all ? "" : " (the first and last epochs; --all prints every one)") << ":\n";
    print_mistakes_per_epoch(std::cout, together.mistakes, input.all);

    // Training alone: perceptron j by itself, on its own targets, for the same number of epochs.
    std::vector<Perceptron> alone;
    for (std::size_t j = 0; j < n; ++j) {
        alone.push_back(zero_perceptron(2));
        std::vector<int> t_alone;
        for (const std::vector<int>& row : t) t_alone.push_back(row[j]);
        for (int epoch = 0; epoch < epochs; ++epoch) train_epoch(alone[j], x, t_alone, rate);
    }
    std::vector<std::string> texts;
    for (const Question& question : questions) texts.push_back(question.text);
    std::cout << "\nThe layer learned W (" << n << " × 2) and b (" << n << "): " << 3 * n << " numbers. The same " << epochs
              << " epochs for each\nperceptron alone give:\n";
    print_layer_weights(std::cout, together.layer, texts, alone);
    bool all_same = true;
    for (std::size_t j = 0; j < n; ++j) all_same = all_same && alone[j].weights == together.layer.neurons[j].weights &&
                                                   alone[j].bias == together.layer.neurons[j].bias;
    std::cout << (all_same ? "Together = alone, bit for bit: a layer of perceptrons is just perceptrons side by side.\n"
                           : "Together and alone differ.\n");

    // The layer drawn: one input layer feeding n independent perceptrons, each with its own output.
    const std::string path = input.figures + "/02_network.svg";
    write_figure_file(path, network_diagram(as_network(together.layer, true),
                                            "Lesson 02: " + std::to_string(n) + " perceptrons side by side", nullptr, 4, {{}, {}, texts}).svg);

    std::cout << "\nWhy this is not yet a neural network: no neuron reads another neuron's output. Each of the\n"
              << n << " still draws one straight line in the (height, weight) plane and can answer only questions\n"
              << "a single line answers. Stacking them side by side adds questions, not power; lesson 03 stacks\n"
              << "them one after another.\n\nFigure: " << path << "\n";
    return 0;
}

int main(int argc, char** argv) { return run_lesson(argc, argv, command, lesson); }
