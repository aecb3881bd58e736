// Lesson 02 — several perceptrons, one input. A forward pass with given weights worked by hand, neuron by
// neuron and as W·x + b; training together equals training alone; the lesson prints those numbers.
#include <doctest/doctest.h>

#include "lesson_data/animal_questions.h"
#include "lesson_data/ostriches.h"
#include "print/layer_text.h"
#include "output_text.h"
#include "run_program.h"
#include "scalar/perceptron_layer.h"
#include "scalar/scaling.h"
#include "tolerances.h"

#include <cmath>
#include <sstream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

static const std::string lesson02 = NNWALK_BUILD "/lessons/02_parallel_stack";

// The layer of the lesson's hand calculation: W = [[0.4, 0.3], [0.8, −0.2], [−0.1, 0.9]], b = (0.2, −0.2, 0.05).
static PerceptronLayer given_layer() {
    return PerceptronLayer{{Perceptron{{0.4, 0.3}, 0.2}, Perceptron{{0.8, -0.2}, -0.2}, Perceptron{{-0.1, 0.9}, 0.05}}};
}

// Sums of products of one-decimal numbers are exact only to a few ulps in double: double_rounding (tolerances.h).

TEST_SUITE("lesson02") {
    TEST_CASE("forward pass with given weights, worked by hand") {
        const PerceptronLayer layer = given_layer();
        const std::vector<double> x = {0.5, -1};
        const std::vector<double> z = z_by_neuron(layer, x);
        // z[1][1] = 0.5·0.4 + (−1)·0.3 + 0.2 = 0.2 − 0.3 + 0.2 = 0.1
        CHECK(std::fabs(z[0] - 0.1) < double_rounding);
        // z[1][2] = 0.5·0.8 + (−1)·(−0.2) + (−0.2) = 0.4 + 0.2 − 0.2 = 0.4
        CHECK(std::fabs(z[1] - 0.4) < double_rounding);
        // z[1][3] = 0.5·(−0.1) + (−1)·0.9 + 0.05 = −0.05 − 0.9 + 0.05 = −0.9
        CHECK(std::fabs(z[2] - -0.9) < double_rounding);
        // a = step(z) = (1, 1, 0)
        CHECK(outputs(layer, x) == std::vector<int>{1, 1, 0});
    }

    TEST_CASE("W·x + b worked by hand, and equal to neuron by neuron to the last bit") {
        const PerceptronLayer layer = given_layer();
        const std::vector<std::vector<double>> W = weight_matrix(layer);
        CHECK(W == std::vector<std::vector<double>>{{0.4, 0.3}, {0.8, -0.2}, {-0.1, 0.9}});
        CHECK(bias_vector(layer) == std::vector<double>{0.2, -0.2, 0.05});
        // W·x = (0.4·0.5 + 0.3·(−1), 0.8·0.5 + (−0.2)·(−1), −0.1·0.5 + 0.9·(−1)) = (−0.1, 0.6, −0.95), plus b.
        const std::vector<double> zero_bias = matrix_times_vector_plus(W, {0.5, -1}, {0, 0, 0});
        CHECK(std::fabs(zero_bias[0] - -0.1) < double_rounding);
        CHECK(std::fabs(zero_bias[1] - 0.6) < double_rounding);
        CHECK(std::fabs(zero_bias[2] - -0.95) < double_rounding);
        CHECK(matrix_times_vector_plus(W, {0.5, -1}, bias_vector(layer)) == z_by_neuron(layer, {0.5, -1}));
        // A 2 × 3 example with whole numbers: [[1, 2, 3], [4, 5, 6]]·(1, 0, −1) + (10, 20) = (−2 + 10, −2 + 20).
        CHECK(matrix_times_vector_plus({{1, 2, 3}, {4, 5, 6}}, {1, 0, -1}, {10, 20}) == std::vector<double>{8, 18});
    }

    TEST_CASE("training together gives exactly the weights of training alone") {
        const Animals animals = read_animals("data/ostriches.csv");
        const std::vector<std::vector<double>> x = scaled(fit_scaling(animals.x), animals.x);
        std::vector<std::vector<int>> t;
        for (std::size_t k = 0; k < x.size(); ++k)
            t.push_back({animals.t[k], animals.x[k][0] > 1.80 ? 1 : 0, animals.x[k][1] > 90 ? 1 : 0});
        PerceptronLayer together{{zero_perceptron(2), zero_perceptron(2), zero_perceptron(2)}};
        const int epochs = 5;  // mid-training, where the weights still change: a strict comparison
        for (int epoch = 0; epoch < epochs; ++epoch)
            for (std::size_t k = 0; k < x.size(); ++k) learn_together(together, x[k], t[k], 0.1);
        for (std::size_t j = 0; j < 3; ++j) {
            CAPTURE(j);
            Perceptron alone = zero_perceptron(2);
            std::vector<int> t_alone;
            for (const std::vector<int>& row : t) t_alone.push_back(row[j]);
            for (int epoch = 0; epoch < epochs; ++epoch) train_epoch(alone, x, t_alone, 0.1);
            CHECK(alone.weights == together.neurons[j].weights);
            CHECK(alone.bias == together.neurons[j].bias);
            CHECK(alone.weights != std::vector<double>{0, 0});  // not vacuous: they learned something
        }
    }

    TEST_CASE("the lesson prints the worked numbers") {
        const ProgramResult run = run_program(lesson02);
        REQUIRE(run.exit_code == 0);
        CHECK(run.err.empty());
        // Row j: the sum as given, then z by neuron, z by matrix, same?, a = step(z).
        CHECK(numbers_in(line_with(run.out, "  1  0.5·0.4")) == std::vector<double>{1, 0.5, 0.4, -1, 0.3, 0.2, 0.1, 0.1, 1});
        CHECK(numbers_in(line_with(run.out, "  2  0.5·0.8")) == std::vector<double>{2, 0.5, 0.8, -1, -0.2, -0.2, 0.4, 0.4, 1});
        CHECK(numbers_in(line_with(run.out, "  3  0.5·(-0.1)")) == std::vector<double>{3, 0.5, -0.1, -1, 0.9, 0.05, -0.9, -0.9, 0});
        CHECK(contains(line_with(run.out, "  1  0.5·0.4"), " yes "));
        // The epochs-to-convergence table ends in an all-zero row, and every neuron's weights agree.
        CHECK(contains(run.out, "The same 36 epochs for each"));
        CHECK(numbers_in(line_with(run.out, "     36  ")) == std::vector<double>{36, 0, 0, 0});
        // Neuron 1 has the question of lesson 01 and ends with lesson 01's weights (0.158399, 0.070668, 0).
        CHECK(numbers_in(line_with(run.out, "  1  ostrich?")) == std::vector<double>{1, 0.1584, 0.0707, 0});
        CHECK(contains(line_with(run.out, "  1  ostrich?"), "identical"));
        CHECK(contains(run.out, "Together = alone, bit for bit"));
        CHECK(contains(run.out, "not yet a neural network"));
        // Without --all: epochs 1–3, a "…" row, 35 and 36; with --all all 36.
        CHECK(line_with(run.out, "      4      ").empty());
        const ProgramResult all = run_program(lesson02, {"--all"});
        CHECK(numbers_in(line_with(all.out, "      4      ")).size() == 4);
        // The figure: one input layer of 2 feeding 3 perceptrons, each with its own output.
        const std::string svg = read_text_file("build/figures/02_network.svg");
        CHECK(contains(svg, ">a[1][3]<"));
        CHECK(!contains(svg, ">a[1][4]<"));
        CHECK(contains(svg, "layer 1: step"));
        CHECK(contains(svg, ">heavier than 90 kg?</text>"));  // each output named by its question
        CHECK(xml_problem(svg).empty());
    }

    TEST_CASE("a fourth question: four perceptrons in training, in the tables and in the figure's network") {
        // "lighter than 60 kg?" as the 4th question. Animal (1.70 m, 55 kg, human): targets ostrich? 0,
        // > 1.80 m? 0, > 90 kg? 0, < 60 kg? 1.
        std::vector<Question> questions = {
            {"ostrich?", [](double, double, int ostrich) { return ostrich; }},
            {"taller than 1.80 m?", [](double height_m, double, int) { return height_m > 1.80 ? 1 : 0; }},
            {"heavier than 90 kg?", [](double, double weight_kg, int) { return weight_kg > 90 ? 1 : 0; }},
            {"lighter than 60 kg?", [](double, double weight_kg, int) { return weight_kg < 60 ? 1 : 0; }}};
        Animals one;
        one.x = {{1.70, 55}};
        one.t = {0};
        one.lines = {2};
        CHECK(question_targets(one, questions) == std::vector<std::vector<int>>{{0, 0, 0, 1}});
        const Animals animals = read_animals("data/ostriches.csv");
        const std::vector<std::vector<double>> x = scaled(fit_scaling(animals.x), animals.x);
        const LayerTraining training = train_together(x, question_targets(animals, questions), 0.1, 1000);
        REQUIRE(training.layer.neurons.size() == 4);
        REQUIRE(!training.mistakes.empty());
        CHECK(training.mistakes[0].size() == 4);
        // Each question is answered by a line, so the last epoch has no mistake in any of the four columns.
        CHECK(training.mistakes.back() == std::vector<int>{0, 0, 0, 0});
        std::ostringstream table;
        print_mistakes_per_epoch(table, training.mistakes, true);
        CHECK(contains(table.str(), "  epoch  j = 1  j = 2  j = 3  j = 4\n"));
        std::ostringstream weights;
        print_layer_weights(weights, training.layer, {"ostrich?", "taller than 1.80 m?", "heavier than 90 kg?", "lighter than 60 kg?"},
                            training.layer.neurons);
        CHECK(contains(weights.str(), "\n  4  lighter than 60 kg?"));
        const Network network = as_network(training.layer, true);
        CHECK(network.inputs == 2);
        CHECK(network.size(1) == 4);
        CHECK(network.parameter_count() == 12);  // W is 4 × 2 and b has 4 entries: 8 + 4 = 12 numbers
    }

    TEST_CASE("the doc's expected output still appears in the program's output") {
        const ProgramResult run = run_program(lesson02);
        check_expected_output("docs/lessons/02-parallel-stack.md", run.out);
    }

    TEST_CASE("the lesson refuses a bad file: message on stderr, nothing on stdout, exit 2") {
        const ProgramResult run = run_program(lesson02, {"no/such/animals.csv"});
        CHECK(run.exit_code == 2);
        CHECK(run.out.empty());
        CHECK(run.err == "no/such/animals.csv: cannot open the file (expected a readable CSV file)\n");
    }

    TEST_CASE("--help: the usage and what the lesson does on stdout, nothing on stderr, exit 0") {
        const ProgramResult run = run_program(lesson02, {"--help"});
        CHECK(run.exit_code == 0);
        CHECK(run.err.empty());
        CHECK(run.out.rfind("usage: 02_parallel_stack [data.csv] [--figures DIR] [--all]\n\nLesson 02 — several perceptrons, one input.", 0) == 0);
        CHECK(contains(run.out, "(default data/ostriches.csv)\n"));
        CHECK(contains(run.out, "\n  --help: print this and stop\n"));
    }

    TEST_CASE("an unknown option: exactly one line on stderr, nothing on stdout, exit 2") {
        expect_program_error(lesson02, {"--colour", "red"}, "02_parallel_stack: unknown option '--colour' (expected --figures, --all, --help)");
    }

    TEST_CASE("a second file: one line naming it, with the usage") {
        const ProgramResult run = run_program(lesson02, {"data/ostriches.csv", "more.csv"});
        CHECK(run.exit_code == 2);
        CHECK(run.out.empty());
        CHECK(run.err == "02_parallel_stack: unexpected argument 'more.csv' (usage: 02_parallel_stack [data.csv] [--figures DIR] [--all])\n");
    }
}
