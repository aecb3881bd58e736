// Lesson 03 — why layers: XOR. The XOR truth table through the hand-wired step network (every z and a
// worked by hand), a single perceptron that never gets XOR right, the Keras-shaped forward pass and
// parameter counts worked by hand, its first training step on the humans and ostriches worked by hand and
// checked against a numerical gradient, and the lesson binary's printed numbers and figures.
#include <doctest/doctest.h>

#include "lesson_data/ostriches.h"
#include "lesson_data/stacked_networks.h"
#include "lesson_data/xor.h"
#include "output_text.h"
#include "print/summary_text.h"
#include "print/table.h"
#include "run_program.h"
#include "scalar/backprop.h"
#include "scalar/gradient_check.h"
#include "scalar/perceptron.h"
#include "scalar/scaling.h"
#include "test_files.h"
#include "tolerances.h"

#include <algorithm>
#include <filesystem>
#include <cmath>
#include <sstream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

static const std::string lesson03 = NNWALK_BUILD "/lessons/03_sequential_stack";


// The first training example of the Keras-shaped network: animal 1 of data/ostriches.csv, scaled and rounded.
static Example first_animal() {
    const Animals animals = read_animals("data/ostriches.csv");
    return keras_examples(animals, fit_scaling(animals.x))[0];
}

// Sums of one-decimal numbers in double: exact to a few ulps, so double_rounding (tolerances.h); the printed
// 4 decimals need four_decimals.

TEST_SUITE("lesson03") {
    TEST_CASE("the hand-wired network computes XOR: every z and a worked by hand") {
        const Network wired = xor_step_network();
        struct Row {
            double x1, x2, z11, z12, h1, h2, z21, y;
        };
        // z[1][1] = x1 + x2 − 0.5 (OR), z[1][2] = −x1 − x2 + 1.5 (NAND), z[2][1] = h1 + h2 − 1.5 (AND):
        //   (0, 0): z1 = −0.5 → h1 = 0; z2 = 1.5 → h2 = 1;  z = 0 + 1 − 1.5 = −0.5 → y = 0
        //   (0, 1): z1 = 0.5 → 1;       z2 = 0.5 → 1;       z = 1 + 1 − 1.5 = 0.5  → y = 1
        //   (1, 0): z1 = 0.5 → 1;       z2 = 0.5 → 1;       z = 0.5                → y = 1
        //   (1, 1): z1 = 1.5 → 1;       z2 = −0.5 → 0;      z = 1 + 0 − 1.5 = −0.5 → y = 0
        const Row rows[] = {{0, 0, -0.5, 1.5, 0, 1, -0.5, 0},
                            {0, 1, 0.5, 0.5, 1, 1, 0.5, 1},
                            {1, 0, 0.5, 0.5, 1, 1, 0.5, 1},
                            {1, 1, 1.5, -0.5, 1, 0, -0.5, 0}};
        for (const Row& row : rows) {
            CAPTURE(row.x1);
            CAPTURE(row.x2);
            const Record record = forward_pass(wired, {row.x1, row.x2});
            CHECK(record.value("z[1][1]") == row.z11);  // sums of halves and whole numbers: exact in double
            CHECK(record.value("z[1][2]") == row.z12);
            CHECK(record.value("a[1][1]") == row.h1);
            CHECK(record.value("a[1][2]") == row.h2);
            CHECK(record.value("z[2][1]") == row.z21);
            CHECK(record.value("a[2][1]") == row.y);
        }
        // And y is the XOR target of the shared truth table.
        for (const Example& example : xor_examples()) CHECK(outputs(wired, example.inputs) == example.targets);
    }

    TEST_CASE("one perceptron never gets all four XOR points right") {
        std::vector<std::vector<double>> x;
        std::vector<int> t;
        for (const Example& example : xor_examples()) {
            x.push_back(example.inputs);
            t.push_back(static_cast<int>(example.targets[0]));
        }
        // Training: the rule cycles; by hand from w = b = 0, η = 0.1, epoch 1:
        //   (0, 0): z = 0 → ŷ = 1, t = 0: b = −0.1.        (0, 1): z = −0.1 → 0, t = 1: w2 = 0.1, b = 0.
        //   (1, 0): z = 0 → ŷ = 1 = t: no change.          (1, 1): z = 0.1 → 1, t = 0: w = (−0.1, 0), b = −0.1.
        Perceptron p = zero_perceptron(2);
        const std::vector<PerceptronStep> first = train_epoch(p, x, t, 0.1);
        CHECK(mistakes(first) == 3);
        CHECK(std::fabs(p.weights[0] - -0.1) < double_rounding);
        CHECK(std::fabs(p.weights[1]) < double_rounding);
        CHECK(std::fabs(p.bias - -0.1) < double_rounding);
        for (int epoch = 2; epoch <= 50; ++epoch) {
            CAPTURE(epoch);
            CHECK(mistakes(train_epoch(p, x, t, 0.1)) > 0);
        }
        // No line at all: every (w1, w2, b) on a grid of steps of 0.25 in [−3, 3]³ misclassifies a point
        // (the proof in the lesson covers all real weights; the grid is a check that cannot pass vacuously,
        // since the same grid does contain lines for OR: w = (1, 1), b = −0.5).
        int xor_solved = 0, or_solved = 0;
        for (double w1 = -3; w1 <= 3; w1 += 0.25)
            for (double w2 = -3; w2 <= 3; w2 += 0.25)
                for (double b = -3; b <= 3; b += 0.25) {
                    const Perceptron candidate{{w1, w2}, b};
                    xor_solved += count_wrong(candidate, x, t) == 0;
                    or_solved += count_wrong(candidate, x, {0, 1, 1, 1}) == 0;
                }
        CHECK(xor_solved == 0);
        CHECK(or_solved > 0);
    }

    TEST_CASE("the Keras-shaped network: parameter counts by hand") {
        const Network keras = keras_shaped_network();
        CHECK(layer_parameters(keras, 1) == 2 * 3 + 3);  // 9
        CHECK(layer_parameters(keras, 2) == 3 * 2 + 2);  // 8
        CHECK(keras.parameter_count() == 17);            // 9 + 8
    }

    TEST_CASE("the Keras-shaped forward pass worked by hand") {
        const Record record = forward_pass(keras_shaped_network(), {1.8, 0.8});
        // z[1][1] = 1.8·1 + 0.8·(−1) − 0.5 = 0.5;  z[1][2] = 1.8·(−0.5) + 0.8·1 + 0.2 = 0.1;
        // z[1][3] = 1.8·0.5 + 0.8·0.5 − 1.5 = 0.9 + 0.4 − 1.5 = −0.2
        CHECK(std::fabs(record.value("z[1][1]") - 0.5) < double_rounding);
        CHECK(std::fabs(record.value("z[1][2]") - 0.1) < double_rounding);
        CHECK(std::fabs(record.value("z[1][3]") - -0.2) < double_rounding);
        // relu: a[1] = (0.5, 0.1, 0), the negative sum is cut to 0
        CHECK(std::fabs(record.value("a[1][1]") - 0.5) < double_rounding);
        CHECK(std::fabs(record.value("a[1][2]") - 0.1) < double_rounding);
        CHECK(record.value("a[1][3]") == 0);
        // z[2][1] = 0.5·1 + 0.1·(−1) + 0·0.5 + 0 = 0.4;  z[2][2] = 0.5·(−1) + 0.1·1 + 0·0.5 + 0.1 = −0.3
        CHECK(std::fabs(record.value("z[2][1]") - 0.4) < double_rounding);
        CHECK(std::fabs(record.value("z[2][2]") - -0.3) < double_rounding);
        // softmax: e^0.4 = 1.4918247, e^−0.3 = 0.7408182, sum 2.2326429;
        // a[2][1] = 1.4918247/2.2326429 = 0.6681878, a[2][2] = 0.7408182/2.2326429 = 0.3318122.
        // The hand values carry 7 decimals: |a − v| ≤ 0.00000005 plus the exponentials' rounding, so 1e-7.
        CHECK(std::fabs(record.value("a[2][1]") - 0.6681878) < 1e-7);
        CHECK(std::fabs(record.value("a[2][2]") - 0.3318122) < 1e-7);
        CHECK(std::fabs(record.value("a[2][1]") + record.value("a[2][2]") - 1) < double_rounding);
    }

    TEST_CASE("the lesson prints the worked numbers") {
        const ProgramResult run = run_program(lesson03);
        REQUIRE(run.exit_code == 0);
        CHECK(run.err.empty());
        // One perceptron: 3, 3, then 4 mistakes an epoch, never 0; still 2 of 4 wrong at the end.
        CHECK(numbers_in(line_with(run.out, "epoch  1:")) == std::vector<double>{1, 3, -0.1, 0, 0.1});
        // Without --all: epochs 1 to 3 and 12, and a line saying that 4 to 11 end the same way.
        for (int epoch : {1, 2, 3, 12}) {
            const std::string label = std::string(epoch < 10 ? "epoch  " : "epoch ") + std::to_string(epoch) + ":";
            CAPTURE(label);
            const std::vector<double> numbers = numbers_in(line_with(run.out, label));
            REQUIRE(numbers.size() >= 2);
            CHECK(numbers[1] > 0);
        }
        CHECK(line_with(run.out, "epoch  4:").empty());
        CHECK(contains(run.out, "  … epochs 4 to 11 end the same way (--all prints them)\n"));
        CHECK(contains(run.out, "still gets 2 of the 4 points wrong"));
        // Hand-wired network, input (1, 1): z[1][1] = 1.5, z[1][2] = −0.5, z[2][1] = −0.5, y = 0.
        const std::size_t at = run.out.find("x = (1, 1):");
        REQUIRE(at != std::string::npos);
        const std::string last = run.out.substr(at);
        CHECK(numbers_in(line_with(last, "z[1][1] =")) == std::vector<double>{1, 1, 1, 1, 1, 1, -0.5, 1.5});
        CHECK(numbers_in(line_with(last, "z[1][2] =")) == std::vector<double>{1, 2, 1, -1, 1, -1, 1.5, -0.5});
        CHECK(numbers_in(line_with(last, "a[2][1] =")) == std::vector<double>{2, 1, -0.5, 0});
        // The truth table rows: x1 x2 h1 h2 y XOR.
        CHECK(numbers_in(line_with(run.out, "   0   0        0")) == std::vector<double>{0, 0, 0, 1, 0, 0});
        CHECK(numbers_in(line_with(run.out, "   1   1        1")) == std::vector<double>{1, 1, 1, 0, 0, 0});
        // Summary: 2·3 + 3 = 9, 3·2 + 2 = 8, total 17.
        CHECK(contains(line_with(run.out, "dense (Dense, relu)"), "2·3 + 3 = 9"));
        CHECK(contains(line_with(run.out, "dense_1 (Dense, softmax)"), "3·2 + 2 = 8"));
        CHECK(contains(run.out, "Total params: 17"));
        // Forward pass: the values of the test above, to 4 decimals.
        CHECK(numbers_in(line_with(run.out, "a[1][3] = relu")) == std::vector<double>{1, 3, -0.2, 0});
        CHECK(numbers_in(line_with(run.out, "z[2][2] = 0.5000")).back() == -0.3);
        CHECK(numbers_in(line_with(run.out, "Probabilities:")) == std::vector<double>{0.6682, 0.3318, 0.6682, 0.3318, 1});
        // Every line fits in 100 characters.
        CHECK(lines_wider_than(run.out, 100) == "");
        // The figures: each a well-formed SVG document with what the doc says is in it.
        const std::string layers = read_text_file("build/figures/03_sequential_stack.svg");
        CHECK(xml_problem(layers).empty());
        CHECK(contains(layers, "h1 = OR: x1 + x2 = 0.5"));
        CHECK(contains(layers, "h2 = NAND: x1 + x2 = 1.5"));
        const std::string networks = read_text_file("build/figures/03_network.svg");
        CHECK(xml_problem(networks).empty());
        CHECK(contains(networks, "One layer: the perceptron after 12 epochs"));
        CHECK(contains(networks, "A sequential stack"));
        CHECK(contains(networks, "its first training step"));
        CHECK(contains(networks, "δ = -1.7886"));  // δ[1][1] of the first step, worked by hand below
        const std::string regions = read_text_file("build/figures/03_decision_regions.svg");
        CHECK(xml_problem(regions).empty());
        CHECK(contains(regions, "after 20 epochs"));
    }

    TEST_CASE("the first training step of the Keras-shaped network, worked by hand") {
        // Animal 1 of data/ostriches.csv: 2.40 m, 68.6 kg, an ostrich. Scaled with the means and standard
        // deviations of lesson 01 (2.0887, 0.397730; 87.74, 22.924271) and rounded to 4 decimals:
        //   (2.40 − 2.0887)/0.397730 = 0.3113/0.397730 = 0.78269 → 0.7827
        //   (68.6 − 87.74)/22.924271 = −19.14/22.924271 = −0.83492 → −0.8349
        const Example example = first_animal();
        CHECK(example.inputs == std::vector<double>{0.7827, -0.8349});  // given exactly, as rounded
        CHECK(example.targets == std::vector<double>{0, 1});           // an ostrich: class 2
        Network keras = keras_shaped_network();
        const Record step = training_step(keras, example, 0.05, Loss::cross_entropy);
        // z[1][1] = 0.7827·1 + (−0.8349)·(−1) − 0.5 = 1.1176
        // z[1][2] = 0.7827·(−0.5) + (−0.8349)·1 + 0.2 = −0.39135 − 0.8349 + 0.2 = −1.02625
        // z[1][3] = 0.7827·0.5 + (−0.8349)·0.5 − 1.5 = 0.39135 − 0.41745 − 1.5 = −1.5261
        CHECK(std::fabs(step.value("z[1][1]") - 1.1176) < double_rounding);
        CHECK(std::fabs(step.value("z[1][2]") - -1.02625) < double_rounding);
        CHECK(std::fabs(step.value("z[1][3]") - -1.5261) < double_rounding);
        // relu: a[1] = (1.1176, 0, 0); z[2][1] = 1.1176·1 + 0 = 1.1176, z[2][2] = 1.1176·(−1) + 0.1 = −1.0176
        CHECK(step.value("a[1][2]") == 0);
        CHECK(step.value("a[1][3]") == 0);
        CHECK(std::fabs(step.value("z[2][2]") - -1.0176) < double_rounding);
        // softmax: e^1.1176 = 3.057507, e^−1.0176 = 0.361461, sum 3.418969;
        //   a[2][1] = 3.057507/3.418969 = 0.894278, a[2][2] = 0.361461/3.418969 = 0.105722
        CHECK(std::fabs(step.value("a[2][1]") - 0.894278) <= six_dp_hand);
        CHECK(std::fabs(step.value("a[2][2]") - 0.105722) <= six_dp_hand);
        // E = −(0·ln 0.894278 + 1·ln 0.105722) = 2.246939
        CHECK(std::fabs(step.value("E") - 2.246939) <= six_dp_hand);
        // δ[2][j] = t_j − a[2][j] = −0.894278, 0.894278; δ[1][1] = 1·(1·(−0.894278) + (−1)·0.894278) = −1.788555;
        // δ[1][2] = δ[1][3] = 0 (relu′ of a negative z)
        CHECK(std::fabs(step.value("δ[2][1]") - -0.894278) <= six_dp_hand);
        CHECK(std::fabs(step.value("δ[2][2]") - 0.894278) <= six_dp_hand);
        CHECK(std::fabs(step.value("δ[1][1]") - -1.788555) <= six_dp_hand);
        CHECK(step.value("δ[1][2]") == 0);
        CHECK(step.value("δ[1][3]") == 0);
        // Δw[1][1][1] = 0.05·(−1.788555)·0.7827 = −0.069995, Δw[1][1][2] = 0.05·(−1.788555)·(−0.8349) = 0.074663,
        // Δb[1][1] = 0.05·(−1.788555) = −0.089428; Δw[2][1][1] = 0.05·(−0.894278)·1.1176 = −0.049972,
        // Δb[2][1] = −0.044714, Δw[2][2][1] = 0.049972, Δb[2][2] = 0.044714
        CHECK(std::fabs(step.value("Δw[1][1][1]") - -0.069995) <= six_dp_hand);
        CHECK(std::fabs(step.value("Δw[1][1][2]") - 0.074663) <= six_dp_hand);
        CHECK(std::fabs(step.value("Δb[1][1]") - -0.089428) <= six_dp_hand);
        CHECK(std::fabs(step.value("Δw[2][1][1]") - -0.049972) <= six_dp_hand);
        CHECK(std::fabs(step.value("Δb[2][1]") - -0.044714) <= six_dp_hand);
        CHECK(std::fabs(step.value("Δw[2][2][1]") - 0.049972) <= six_dp_hand);
        CHECK(std::fabs(step.value("Δb[2][2]") - 0.044714) <= six_dp_hand);
        // New values: 1 − 0.069995 = 0.930005, −1 + 0.074663 = −0.925337, −0.5 − 0.089428 = −0.589428,
        // 0.1 + 0.044714 = 0.144714; the neurons that were off keep theirs (w[1][2][1] = −0.5).
        CHECK(std::fabs(keras.weight(1, 1, 1) - 0.930005) <= six_dp_hand);
        CHECK(std::fabs(keras.weight(1, 1, 2) - -0.925337) <= six_dp_hand);
        CHECK(std::fabs(keras.bias(1, 1) - -0.589428) <= six_dp_hand);
        CHECK(std::fabs(keras.bias(2, 2) - 0.144714) <= six_dp_hand);
        CHECK(keras.weight(1, 2, 1) == -0.5);
        CHECK(keras.weight(2, 1, 2) == -1);
    }

    TEST_CASE("the first training step's Δw and Δb equal −η·∂E/∂w and −η·∂E/∂b by central differences") {
        const Example example = first_animal();
        const Network keras = keras_shaped_network();
        Network stepped = keras;
        const double rate = 0.05;
        const Record step = training_step(stepped, example, rate, Loss::cross_entropy);
        // h = 1e-5: the central difference errs by about h²·|E‴|/6 (E‴ of order 1 here: 2e-11) plus rounding
        // of about 1e-16·E/h = 2e-11, times η; every hidden z is at least 1.0 away from relu's kink at 0, far
        // more than h, so E is smooth in every weight on [w − h, w + h]. 1e-9 leaves room.
        const double h = 1e-5;
        double largest = 0;
        for (std::size_t l = 1; l <= 2; ++l) {
            for (std::size_t j = 1; j <= keras.size(l); ++j) {
                CAPTURE(l);
                CAPTURE(j);
                for (std::size_t i = 1; i <= keras.size(l - 1); ++i) {
                    CAPTURE(i);
                    const double numeric = numerical_weight_change(keras, example, rate, Loss::cross_entropy, l, j, i, h);
                    CHECK(std::fabs(step.value(key::dw(l, j, i)) - numeric) <= 1e-9);
                    largest = std::max(largest, std::fabs(numeric));
                }
                Network plus = keras, minus = keras;
                plus.bias(l, j) += h;
                minus.bias(l, j) -= h;
                const double numeric = -rate * (example_error(plus, example, Loss::cross_entropy) -
                                                example_error(minus, example, Loss::cross_entropy)) / (2 * h);
                CHECK(std::fabs(step.value(key::db(l, j)) - numeric) <= 1e-9);
            }
        }
        // Not vacuous: by hand the largest change is |Δw[1][1][2]| = 0.074663.
        CHECK(largest >= 0.0746);
    }

    TEST_CASE("training the Keras-shaped network: the loss table, and --all") {
        const ProgramResult run = run_program(lesson03, {"--all"});
        REQUIRE(run.exit_code == 0);
        CHECK(lines_wider_than(run.out, 100) == "");
        // --all: every epoch of the perceptron, every forward pass of the wired network, every Δ of the step.
        for (int epoch = 1; epoch <= 12; ++epoch) {
            CHECK(!line_with(run.out, std::string(epoch < 10 ? "epoch  " : "epoch ") + std::to_string(epoch) + ":").empty());
        }
        CHECK(contains(run.out, "x = (0, 0):"));
        CHECK(contains(run.out, "Δw[1][2][1] = η·δ·a = 0.05·0.0000·0.7827 = 0.0000"));
        // Epoch 0 is the given weights on the 100 animals: its mean E and right answers computed here, apart
        // from the lesson's loop, as E_k = −ln a[2][class of k]; then every epoch 1..20 is a row.
        const Animals animals = read_animals("data/ostriches.csv");
        const std::vector<Example> examples = keras_examples(animals, fit_scaling(animals.x));
        const Network given = keras_shaped_network();
        double total = 0;
        int right = 0;
        for (const Example& example : examples) {
            const std::vector<double> y = outputs(given, example.inputs);
            const std::size_t wanted = example.targets[1] == 1 ? 1 : 0;
            total += -std::log(y[wanted]);
            right += y[wanted] > y[1 - wanted];
        }
        const std::size_t at = run.out.find("  epoch  mean E  right answers");
        REQUIRE(at != std::string::npos);
        const std::string table = run.out.substr(at);
        const std::vector<double> row0 = numbers_in(line_with(table, "      0  "));
        REQUIRE(row0.size() == 4);
        CHECK(std::fabs(row0[1] - total / 100) <= four_decimals);
        CHECK(row0[2] == right);
        // Epochs 1..20 against a plain loop written here, apart from the library's training step: for each
        // animal in file order, z[1] = W1·x + b1, a[1] = relu(z[1]), z[2] = W2·a[1] + b2, y = softmax(z[2]);
        // δ[2] = t − y, δ[1] = relu′(z[1])·(W2ᵀ·δ[2]) (relu′(0) = 0) with W2 as it was; then every
        // w += η·δ·a and b += η·δ. After each epoch, mean E = (1/m)·Σ −ln y[class] and the right answers.
        double w1[3][2], b1[3], w2[2][3], b2[2];
        for (int j = 0; j < 3; ++j) {
            for (int i = 0; i < 2; ++i) w1[j][i] = given.layers[0].neurons[j].weights[i];
            b1[j] = given.layers[0].neurons[j].bias;
        }
        for (int k = 0; k < 2; ++k) {
            for (int j = 0; j < 3; ++j) w2[k][j] = given.layers[1].neurons[k].weights[j];
            b2[k] = given.layers[1].neurons[k].bias;
        }
        const double eta = 0.05;
        auto forward = [&](const std::vector<double>& x, double z1[3], double a1[3], double y[2]) {
            for (int j = 0; j < 3; ++j) {
                z1[j] = w1[j][0] * x[0] + w1[j][1] * x[1] + b1[j];
                a1[j] = z1[j] > 0 ? z1[j] : 0;
            }
            double z2[2];
            for (int k = 0; k < 2; ++k) z2[k] = w2[k][0] * a1[0] + w2[k][1] * a1[1] + w2[k][2] * a1[2] + b2[k];
            const double top = std::max(z2[0], z2[1]), sum = std::exp(z2[0] - top) + std::exp(z2[1] - top);
            for (int k = 0; k < 2; ++k) y[k] = std::exp(z2[k] - top) / sum;
        };
        double previous = row0[1];
        for (int epoch = 1; epoch <= 20; ++epoch) {
            CAPTURE(epoch);
            for (const Example& example : examples) {
                double z1[3], a1[3], y[2], d2[2], d1[3];
                forward(example.inputs, z1, a1, y);
                for (int k = 0; k < 2; ++k) d2[k] = example.targets[k] - y[k];
                for (int j = 0; j < 3; ++j) d1[j] = (z1[j] > 0 ? 1.0 : 0.0) * (w2[0][j] * d2[0] + w2[1][j] * d2[1]);
                for (int k = 0; k < 2; ++k) {
                    for (int j = 0; j < 3; ++j) w2[k][j] += eta * d2[k] * a1[j];
                    b2[k] += eta * d2[k];
                }
                for (int j = 0; j < 3; ++j) {
                    for (int i = 0; i < 2; ++i) w1[j][i] += eta * d1[j] * example.inputs[i];
                    b1[j] += eta * d1[j];
                }
            }
            double loss = 0;
            int correct = 0;
            for (const Example& example : examples) {
                double z1[3], a1[3], y[2];
                forward(example.inputs, z1, a1, y);
                const int wanted = example.targets[1] == 1 ? 1 : 0;
                loss += -std::log(y[wanted]);
                correct += y[wanted] > y[1 - wanted];
            }
            const std::vector<double> row = numbers_in(line_with(table, right_aligned(std::to_string(epoch), 7) + "  "));
            REQUIRE(row.size() == 4);
            CHECK(std::fabs(row[1] - loss / 100) <= four_decimals);
            CHECK(row[2] == correct);
            CHECK(row[1] < previous);  // the loss falls every epoch
            previous = row[1];
            if (epoch >= 3) CHECK(row[2] == 100);  // every animal answered right from epoch 3 on
        }
    }

    TEST_CASE("the doc's expected output still appears in the program's output") {
        const ProgramResult run = run_program(lesson03);
        check_expected_output("docs/lessons/03-sequential-stack.md", run.out);
    }

    TEST_CASE("--help: the usage and what the lesson does on stdout, nothing on stderr, exit 0") {
        const ProgramResult run = run_program(lesson03, {"--help"});
        CHECK(run.exit_code == 0);
        CHECK(run.err.empty());
        CHECK(run.out.rfind("usage: 03_sequential_stack [--figures DIR] [--all]\n\nLesson 03 — why layers: XOR.", 0) == 0);
        CHECK(contains(run.out, "\n  --help: print this and stop\n"));
    }

    TEST_CASE("an unknown option: exactly one line on stderr, nothing on stdout, exit 2") {
        expect_program_error(lesson03, {"--colour", "red"}, "03_sequential_stack: unknown option '--colour' (expected --figures, --all, --help)");
    }

    TEST_CASE("run where data/ostriches.csv is missing: one line on stderr, nothing on stdout, exit 2") {
        // The animals are read before anything is printed, so no half lesson comes out.
        const std::string folder = test_path("lesson03-elsewhere");
        std::filesystem::create_directories(folder);
        const std::string program = std::filesystem::absolute(lesson03).string();
        const ProgramResult run = run_program_in(folder, program, {"--figures", folder + "/figures"});
        CHECK(run.exit_code == 2);
        CHECK(run.out.empty());
        CHECK(run.err == "data/ostriches.csv: cannot open the file (expected a readable CSV file)\n");
    }

    TEST_CASE("the lesson takes no arguments: an extra word is refused") {
        const ProgramResult run = run_program(lesson03, {"extra"});
        CHECK(run.exit_code == 2);
        CHECK(run.out.empty());
        CHECK(run.err == "03_sequential_stack: unexpected argument 'extra' (the lesson takes no arguments)\n");
    }
}
