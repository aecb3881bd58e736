// Lesson 05 — one backpropagation step on the article's XOR network, worked by hand; every Δw against a
// numerical gradient (which cannot pass with all-zero gradients); gradient descent on one weight (slope,
// steps, secant, overshoot); training on the XOR table converges for the lesson's seed and prints each epoch
// once; the lesson binary prints those numbers; exercise 1's file; the doc's excerpts still match; the figures.
#include <doctest/doctest.h>

#include "core/rng.h"
#include "lesson_data/xor.h"
#include "output_text.h"
#include "print/table.h"
#include "print/training_text.h"
#include "run_program.h"
#include "scalar/backprop.h"
#include "scalar/gradient_check.h"
#include "scalar/one_weight_descent.h"
#include "tolerances.h"

#include <cmath>
#include <sstream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

static const std::string lesson05 = NNWALK_BUILD "/lessons/05_xor_backprop";

// The part of `text` from the first `marker` on (so that a line search starts in the right section).
static std::string from(const std::string& text, const std::string& marker) {
    const std::size_t at = text.find(marker);
    REQUIRE_MESSAGE(at != std::string::npos, "no section: " << marker);
    return text.substr(at);
}

// The last number printed on the first line of `text` that contains `part` (the value after the last " = ").
static double value_on(const std::string& text, const std::string& part) {
    const std::vector<double> numbers = numbers_in(line_with(text, part));
    REQUIRE_MESSAGE(!numbers.empty(), "no number on a line with: " << part);
    return numbers.back();
}

// Whether every output of `network` is on the right side of 0.5 for the XOR table.
static bool xor_learned(const Network& network) {
    for (const Example& example : xor_examples()) {
        if ((outputs(network, example.inputs)[0] > 0.5) != (example.targets[0] == 1)) return false;
    }
    return true;
}

// One run of the lesson binary, shared by the output tests (the lesson is slow under the sanitizers).
static const ProgramResult& lesson_run() {
    static const ProgramResult run = run_program(lesson05);
    return run;
}

TEST_SUITE("lesson05") {
    TEST_CASE("one step on x = (1, 1), t = 0, η = 1, worked by hand") {
        Network network = article_network();
        const Record step = training_step(network, Example{{1, 1}, {0}}, 1.0, Loss::squared);
        // Forward (lesson 04): a[1] = 0.731059, 0.785835, 0.689974; y = a[2][1] = 0.774380.
        // Output: δ = y(1 − y)(t − y) = 0.774380·0.225620·(0 − 0.774380) = 0.174715·(−0.774380) = −0.135296
        CHECK(std::fabs(step.value("δ[2][1]") - (-0.135296)) <= six_dp_hand);
        // Hidden, with the weights before the update (0.3, 0.5, 0.9), a(1 − a) = 0.196612, 0.168298, 0.213910:
        //   δ[1][1] = 0.196612·0.3·(−0.135296) = −0.007980
        //   δ[1][2] = 0.168298·0.5·(−0.135296) = −0.011385
        //   δ[1][3] = 0.213910·0.9·(−0.135296) = −0.026047
        CHECK(std::fabs(step.value("δ[1][1]") - (-0.00798)) <= five_decimals);
        CHECK(std::fabs(step.value("δ[1][2]") - (-0.01139)) <= five_decimals);
        CHECK(std::fabs(step.value("δ[1][3]") - (-0.02605)) <= five_decimals);
        CHECK(std::fabs(step.value("δ[1][1]") - (-0.007980)) <= six_dp_hand);
        CHECK(std::fabs(step.value("δ[1][2]") - (-0.011385)) <= six_dp_hand);
        CHECK(std::fabs(step.value("δ[1][3]") - (-0.026047)) <= six_dp_hand);
        // Δw = η·δ·a with η = 1. Hidden to output: −0.135296·0.731059 = −0.098909, −0.135296·0.785835 = −0.106320,
        // −0.135296·0.689974 = −0.093351; new w = 0.3 − 0.098909 = 0.201091, 0.5 − 0.106320 = 0.393680,
        // 0.9 − 0.093351 = 0.806649.
        CHECK(std::fabs(step.value("Δw[2][1][1]") - (-0.098909)) <= six_dp_hand);
        CHECK(std::fabs(step.value("Δw[2][1][2]") - (-0.106320)) <= six_dp_hand);
        CHECK(std::fabs(step.value("Δw[2][1][3]") - (-0.093351)) <= six_dp_hand);
        CHECK(std::fabs(network.weight(2, 1, 1) - 0.201091) <= six_dp_hand);
        CHECK(std::fabs(network.weight(2, 1, 2) - 0.393680) <= six_dp_hand);
        CHECK(std::fabs(network.weight(2, 1, 3) - 0.806649) <= six_dp_hand);
        // Input to hidden: the inputs are 1, so Δw[1][j][i] = δ[1][j]: 0.8 − 0.007980 = 0.792020,
        // 0.2 − 0.007980 = 0.192020, 0.4 − 0.011385 = 0.388615, 0.9 − 0.011385 = 0.888615,
        // 0.3 − 0.026047 = 0.273953, 0.5 − 0.026047 = 0.473953.
        CHECK(std::fabs(network.weight(1, 1, 1) - 0.792020) <= six_dp_hand);
        CHECK(std::fabs(network.weight(1, 1, 2) - 0.192020) <= six_dp_hand);
        CHECK(std::fabs(network.weight(1, 2, 1) - 0.388615) <= six_dp_hand);
        CHECK(std::fabs(network.weight(1, 2, 2) - 0.888615) <= six_dp_hand);
        CHECK(std::fabs(network.weight(1, 3, 1) - 0.273953) <= six_dp_hand);
        CHECK(std::fabs(network.weight(1, 3, 2) - 0.473953) <= six_dp_hand);
    }

    TEST_CASE("the forward pass again, with the new weights and no biases: the error went down") {
        Network network = article_network();
        CHECK(network.parameter_count() == 9);  // 6 + 3 weights: the article's network has no biases at all
        training_step(network, Example{{1, 1}, {0}}, 1.0, Loss::squared);
        // z[1] = 0.792020 + 0.192020 = 0.984039 (0.7920197 + 0.1920197), 0.388615 + 0.888615 = 1.277230, 0.273953 + 0.473953 = 0.747906
        // a[1] = 0.727909, 0.781978, 0.678722
        // z[2][1] = 0.727909·0.201091 + 0.781978·0.393680 + 0.678722·0.806649
        //         = 0.146376 + 0.307849 + 0.547490 = 1.001715;  y = 1/(1 + e^−1.001715) = 1/(1 + 0.367249) = 0.731396
        // E = ½·0.731396² = 0.267470, less than E = 0.299832 before the step.
        Record again = forward_pass(network, {1, 1});
        record_error(network, {0}, Loss::squared, again);
        CHECK(std::fabs(again.value("a[2][1]") - 0.731396) <= six_dp_hand);
        CHECK(std::fabs(again.value("E") - 0.267470) <= six_dp_hand);
        CHECK(again.value("E") < 0.299832);
    }

    TEST_CASE("the numerical weight change of a network whose slope is known exactly") {
        // One linear neuron, y = w·x with w = 0.5, x = 2, t = 3: E = ½(t − wx)², ∂E/∂w = −(t − wx)·x = −(3 − 1)·2 = −4.
        // With η = 0.5: −η·∂E/∂w = 2. E is quadratic in w, so the central difference is exact up to rounding.
        Network line;
        line.inputs = 1;
        Layer layer;
        layer.activation = Activation::linear;
        layer.neurons.push_back(Neuron{{0.5}, 0});
        line.layers.push_back(layer);
        CHECK(std::fabs(numerical_weight_change(line, Example{{2}, {3}}, 0.5, Loss::squared, 1, 1, 1, 1e-3) - 2) <= 1e-9);
    }

    TEST_CASE("gradient check: every Δw of the worked step equals −η·∂E/∂w by central differences") {
        const Network network = article_network();
        const Example example{{1, 1}, {0}};
        for (double rate : {1.0, 0.5}) {
            Network stepped = network;
            const Record step = training_step(stepped, example, rate, Loss::squared);
            double largest = 0;
            for (std::size_t l = 1; l <= 2; ++l) {
                for (std::size_t j = 1; j <= network.size(l); ++j) {
                    for (std::size_t i = 1; i <= network.size(l - 1); ++i) {
                        // h = 1e-5: the central difference errs by about h²·|∂³E/∂w³|/6, near 1e-11 for a third
                        // derivative of order 1, and rounding adds about 1e-16·E/h ≈ 3e-12; 1e-9 leaves room.
                        const double numeric = numerical_weight_change(network, example, rate, Loss::squared, l, j, i, 1e-5);
                        const double dw = step.value(key::dw(l, j, i));
                        CAPTURE(rate);
                        CAPTURE(l);
                        CAPTURE(j);
                        CAPTURE(i);
                        CHECK(std::fabs(dw - numeric) <= 1e-9);
                        largest = std::max(largest, std::fabs(dw));
                    }
                }
            }
            // Not vacuous: by hand the largest change is |Δw[2][1][2]| = η·0.106320.
            CHECK(largest >= rate * 0.1063);
        }
    }

    TEST_CASE("without biases the article's network is still wrong on two XOR inputs after 2000 epochs") {
        Network network = article_network();
        CHECK(network.parameter_count() == 9);  // 6 + 3 weights, no biases: none is computed, read or learned
        for (int epoch = 0; epoch < 2000; ++epoch) {
            for (const Example& example : xor_examples()) training_step(network, example, 1.0, Loss::squared);
        }
        // (0, 0) is right; (0, 1) stays just below 0.5 and (1, 1) just above it.
        CHECK(outputs(network, {0, 0})[0] < 0.5);
        CHECK(outputs(network, {0, 1})[0] < 0.5);
        CHECK(outputs(network, {1, 0})[0] > 0.5);
        CHECK(outputs(network, {1, 1})[0] > 0.5);
    }

    TEST_CASE("with biases, training from the lesson's seed learns XOR within the lesson's 5000 epochs") {
        Rng rng(1);
        Network network = random_xor_network(rng);
        // 9 weights + 4 biases, each drawn from [−1, 1).
        CHECK(network.parameter_count() == 13);
        for (std::size_t l = 1; l <= 2; ++l) {
            for (std::size_t j = 1; j <= network.size(l); ++j) {
                CHECK(std::fabs(network.bias(l, j)) <= 1);
                for (std::size_t i = 1; i <= network.size(l - 1); ++i) CHECK(std::fabs(network.weight(l, j, i)) <= 1);
            }
        }
        CHECK_FALSE(xor_learned(network));
        double first_error = 0;
        for (const Example& example : xor_examples()) first_error += example_error(network, example, Loss::squared);
        int epoch = 0;
        while (!xor_learned(network) && epoch < 5000) {
            training_steps(network, xor_examples(), 1.0, Loss::squared, 4);
            ++epoch;
        }
        CAPTURE(epoch);
        CHECK(xor_learned(network));
        double last_error = 0;
        for (const Example& example : xor_examples()) last_error += example_error(network, example, Loss::squared);
        CHECK(last_error < first_error);
        // Every output on the right side of 0.5 means each ½(t − y)² < ½·0.5² = 0.125, so E < 4·0.125 = 0.5.
        CHECK(last_error < 0.5);
    }

    TEST_CASE("the lesson prints the worked numbers") {
        const ProgramResult& run = lesson_run();
        REQUIRE(run.exit_code == 0);
        CHECK(run.err.empty());
        // Part 1, to 5 decimals (values of the tests above).
        CHECK(value_on(run.out, "  δ[2][1] = y(1 − y)·(t − y) = 0.77438·(1 − 0.77438)·(0 − 0.77438)") == -0.1353);
        CHECK(value_on(run.out, "  δ[1][1] = a(1 − a)·Σ w·δ = 0.73106·(1 − 0.73106)·(0.3·(-0.13530))") == -0.00798);
        CHECK(value_on(run.out, "  δ[1][2] = a(1 − a)·Σ w·δ = 0.78583·(1 − 0.78583)·(0.5·(-0.13530))") == -0.01139);
        CHECK(value_on(run.out, "  δ[1][3] = a(1 − a)·Σ w·δ = 0.68997·(1 − 0.68997)·(0.9·(-0.13530))") == -0.02605);
        CHECK(value_on(run.out, "  Δw[2][1][1] = η·δ·a = 1·(-0.13530)·0.73106") == -0.09891);
        CHECK(value_on(run.out, "  Δw[2][1][2] = η·δ·a = 1·(-0.13530)·0.78583") == -0.10632);
        CHECK(value_on(run.out, "  Δw[2][1][3] = η·δ·a = 1·(-0.13530)·0.68997") == -0.09335);
        CHECK(value_on(run.out, "  new_w[2][1][1] = w + Δw = 0.3 + (-0.09891)") == 0.20109);
        CHECK(value_on(run.out, "  new_w[2][1][2] = w + Δw = 0.5 + (-0.10632)") == 0.39368);
        CHECK(value_on(run.out, "  new_w[2][1][3] = w + Δw = 0.9 + (-0.09335)") == 0.80665);
        CHECK(value_on(run.out, "  new_w[1][1][1] = w + Δw = 0.8 + (-0.00798)") == 0.79202);
        CHECK(value_on(run.out, "  new_w[1][3][2] = w + Δw = 0.5 + (-0.02605)") == 0.47395);
        CHECK_FALSE(contains(from(run.out, "Part 1"), "new_b["));  // the article's network has no biases
        // The forward pass again: y = 0.731396 → 0.73140, E = 0.267470 → 0.26747, down from 0.29983.
        const std::string again = from(run.out, "forward pass again");
        CHECK(value_on(again, "  a[2][1] = sigmoid(") == 0.7314);
        CHECK(value_on(again, "  E = ") == 0.26747);
        CHECK(numbers_in(line_with(run.out, "The error went down")) == std::vector<double>{0.29983, 0.26747});
        CHECK(numbers_in(line_with(run.out, "(y from ")) == std::vector<double>{0.77438, 0.7314, 0});
        // Part 2: nine weights checked, differences far below the 8 decimals shown.
        const std::string check = from(run.out, "Part 2");
        // Row w[2][1][2]: l, j, i, dw, −η·∂E/∂w, |difference|; by hand dw = −0.135296·0.785835 = −0.106320.
        const std::vector<double> row = numbers_in(line_with(check, "w[2][1][2] "));
        REQUIRE(row.size() == 6);
        CHECK(std::fabs(row[3] - (-0.106320)) <= six_dp_hand);
        CHECK(std::fabs(row[4] - (-0.106320)) <= six_dp_hand);
        CHECK(row[5] < 1e-9);
        CHECK(contains(check, "they agree, and the gradient is not all zeros"));
        // Part 3: the truth table ends with every answer right.
        const std::string table = from(run.out, "Truth table after");
        CHECK(contains(run.out, "← every output on the right side of 0.5"));
        CHECK(numbers_in(line_with(table, "(0, 0)")).back() == 0);
        CHECK(numbers_in(line_with(table, "(0, 1)")).back() == 1);
        CHECK(numbers_in(line_with(table, "(1, 0)")).back() == 1);
        CHECK(numbers_in(line_with(table, "(1, 1)")).back() == 0);
        const std::string figure = read_text_file("build/figures/05_xor_backprop.svg");
        CHECK(contains(figure, "Error while learning XOR"));
        CHECK(contains(figure, "What the trained network answers"));
        CHECK(contains(figure, "</svg>"));
    }

    TEST_CASE("gradient descent on w[2][1][1]: the slope from backpropagation, worked by hand and measured") {
        const Network network = article_network();
        const std::vector<Example> table = xor_examples();
        const WeightAt w211 = {2, 1, 1};
        // ∂E/∂w[2][1][1] = Σ_k (y_k − t_k)·y_k(1 − y_k)·a[1][1]_k with the values of lesson 04's table:
        //   (0, 0): (0.700567 − 0)·0.209773·0.5      =  0.073480
        //   (0, 1): (0.746615 − 1)·0.189181·0.549834 = −0.026357
        //   (1, 0): (0.735622 − 1)·0.194482·0.689974 = −0.035476
        //   (1, 1): (0.774380 − 0)·0.174715·0.731059 =  0.098909      sum 0.110556
        CHECK(std::fabs(slope_at(network, table, Loss::squared, w211, 0.3) - 0.110556) <= six_dp_hand);
        // E(0.3) is lesson 04's total over the table: 0.2454 + 0.0321 + 0.0349 + 0.2998 = 0.6122 (4 dp each)
        CHECK(std::fabs(error_at(network, table, Loss::squared, w211, 0.3) - 0.6122) <= 4 * four_decimals);
        // The slope is the numerical derivative of E at every point of a walk, including past the minimum:
        // central differences with h = 1e-5 err by about h²·|E‴|/6 < 1e-10 here.
        for (double w : {0.3, -0.252782, -1.0, -3.0}) {
            CAPTURE(w);
            const double h = 1e-5;
            const double numeric = (error_at(network, table, Loss::squared, w211, w + h) -
                                    error_at(network, table, Loss::squared, w211, w - h)) / (2 * h);
            CHECK(std::fabs(slope_at(network, table, Loss::squared, w211, w) - numeric) <= 1e-9);
        }
        // Each step goes against the slope, η times as far: w_(k+1) = w_k − η·∂E/∂w(w_k).
        const std::vector<DescentStep> walk = descend_one_weight(network, table, Loss::squared, w211, 0.3, 5, 3);
        REQUIRE(walk.size() == 4);
        for (std::size_t k = 0; k + 1 < walk.size(); ++k) {
            CHECK(std::fabs(walk[k + 1].w - (walk[k].w - 5 * slope_at(network, table, Loss::squared, w211, walk[k].w))) <= 1e-15);
            CHECK(walk[k + 1].error < walk[k].error);  // downhill
        }
    }

    TEST_CASE("the lesson's walk: each printed step and the secant add up, and η = 30 overshoots") {
        const ProgramResult& run = lesson_run();
        REQUIRE(run.exit_code == 0);
        // The rows of a walk's table: k, w_k, E(w_k), slope, step (6 decimals each).
        auto rows_after = [&](const std::string& marker, std::size_t count) {
            std::vector<std::vector<double>> rows;
            std::istringstream lines(from(from(run.out, marker), "  ───"));
            std::string line;
            std::getline(lines, line);
            for (std::size_t k = 0; k < count && std::getline(lines, line); ++k) rows.push_back(numbers_in(line));
            return rows;
        };
        const std::vector<std::vector<double>> walk = rows_after("From w_0 = 0.3 with η = 5", 9);
        REQUIRE(walk.size() == 9);
        for (std::size_t k = 0; k < walk.size(); ++k) {
            CAPTURE(k);
            REQUIRE(walk[k].size() == 5);
            CHECK(walk[k][0] == k);
            // step = −η·slope: both printed to 6 dp, so |step + 5·slope| ≤ ½·10^−6 + 5·½·10^−6.
            CHECK(std::fabs(walk[k][4] + 5 * walk[k][3]) <= 6 * six_decimals);
            // w_(k+1) = w_k + step, all three printed to 6 dp: off by at most 3·½·10^−6.
            if (k + 1 < walk.size()) CHECK(std::fabs(walk[k + 1][1] - (walk[k][1] + walk[k][4])) <= 3 * six_decimals);
            if (k > 0) CHECK(walk[k][2] < walk[k - 1][2]);  // E falls at every step
        }
        CHECK(walk[0][3] == 0.110556);  // the slope worked by hand in the test above
        // The secant from w_0 to w_1, from the printed numbers: (E_1 − E_0)/(w_1 − w_0).
        const std::vector<double> secant = numbers_in(line_with(run.out, "(E_1 − E_0)/(w_1 − w_0) = "));
        REQUIRE(!secant.empty());
        const double by_hand = (walk[1][2] - walk[0][2]) / (walk[1][1] - walk[0][1]);
        CHECK(std::fabs(secant.back() - by_hand) <= six_decimals);
        // It lies between the tangent slopes at its two ends (the curve bends).
        CHECK(secant.back() < walk[0][3]);
        CHECK(secant.back() > walk[1][3]);
        // η = 30: the first step jumps past the minimum (the slope changes sign, so the lowest point of E lies
        // between w_0 and w_1), and E rises again at the second step.
        const std::vector<std::vector<double>> over = rows_after("With η = 30", 5);
        REQUIRE(over.size() == 5);
        for (std::size_t k = 0; k < over.size(); ++k) {
            CAPTURE(k);
            REQUIRE(over[k].size() == 5);
            // step = −30·slope, |step + 30·slope| ≤ ½·10^−6 + 30·½·10^−6; w_(k+1) = w_k + step as above.
            CHECK(std::fabs(over[k][4] + 30 * over[k][3]) <= 31 * six_decimals);
            if (k + 1 < over.size()) CHECK(std::fabs(over[k + 1][1] - (over[k][1] + over[k][4])) <= 3 * six_decimals);
        }
        CHECK(over[0][3] > 0);
        CHECK(over[1][3] < 0);
        CHECK(over[1][1] < -1.37);  // beyond the lowest point, found by sampling in the figure: w ≈ −1.38
        CHECK(over[2][2] > over[1][2]);
        const std::string figure = read_text_file("build/figures/05_gradient_descent.svg");
        CHECK(xml_problem(figure).empty());
        CHECK(contains(figure, "tangent at w_0, slope 0.1106"));
        CHECK(contains(figure, "the steps overshoot"));
        const std::string network = read_text_file("build/figures/05_network.svg");
        CHECK(xml_problem(network).empty());
        CHECK(contains(network, "δ = -0.13530"));
        CHECK(contains(network, "0.3 → 0.20109"));
    }

    TEST_CASE("which epochs get an error line: each once, the last always, about 10 without --all") {
        CHECK(shown_epochs(405, 50, false) == std::vector<int>{0, 50, 100, 150, 200, 250, 300, 350, 400, 405});
        CHECK(shown_epochs(400, 50, false) == std::vector<int>{0, 50, 100, 150, 200, 250, 300, 350, 400});
        // 5000 epochs: every 500th (50 would give 100 lines), and 5000 once.
        CHECK(shown_epochs(5000, 50, false) ==
              std::vector<int>{0, 500, 1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500, 5000});
        CHECK(shown_epochs(934, 50, false).size() == 11);  // 0, 100, …, 900, 934
        CHECK(shown_epochs(3, 50, true) == std::vector<int>{0, 1, 2, 3});
    }

    TEST_CASE("--seed 6 stops at the 5000-epoch guard and prints epoch 5000 once") {
        const ProgramResult run = run_program(lesson05, {"--seed", "6"});
        REQUIRE(run.exit_code == 0);
        std::size_t lines = 0;
        for (std::size_t at = run.out.find("epoch  5000:"); at != std::string::npos; at = run.out.find("epoch  5000:", at + 1)) ++lines;
        CHECK(lines == 1);
        CHECK(contains(run.out, "  epoch  5000: E = 0.2537  ← not learned (stopped)\n"));
        CHECK(numbers_in(line_with(from(run.out, "Truth table after 5000"), "(0, 1)")) == std::vector<double>{0, 1, 1, 0.4484, 0});
    }

    TEST_CASE("exercise 1: the step with biases gives Δb and new_b lines, and the same Δw as without") {
        const ProgramResult with = nnwalk_here({"trace", "data/exercises/05-xor-step-biases.net"});
        const ProgramResult without = nnwalk_here({"trace", "data/exercises/05-xor-step.net"});
        REQUIRE(with.exit_code == 0);
        REQUIRE(without.exit_code == 0);
        // Δb[2][1] = η·δ[2][1] = 0.5·(−0.135296) = −0.067648 → −0.0676; new_b = 0 + Δb.
        CHECK(numbers_in(line_with(with.out, "  Δb[2][1] = ")).back() == -0.0676);
        CHECK(numbers_in(line_with(with.out, "  new_b[2][1] = ")).back() == -0.0676);
        CHECK(line_with(without.out, "Δb[").empty());
        // A bias of 0 adds nothing to z: every Δw line carries the same numbers.
        for (const char* dw : {"  Δw[1][1][1] = ", "  Δw[2][1][1] = ", "  Δw[2][1][3] = "}) {
            CAPTURE(dw);
            CHECK(line_with(with.out, dw) == line_with(without.out, dw));
        }
    }

    TEST_CASE("every printed line fits in 100 characters") {
        CHECK(lines_wider_than(lesson_run().out, 100) == "");
    }

    TEST_CASE("the doc's expected output still appears in the program's output") {
        const ProgramResult& run = lesson_run();
        check_expected_output("docs/lessons/05-xor-backprop.md", run.out);
    }

    TEST_CASE("an argument is refused: one line on stderr, nothing on stdout, exit 2") {
        const ProgramResult run = run_program(lesson05, {"extra"});
        CHECK(run.exit_code == 2);
        CHECK(run.out.empty());
        CHECK(run.err == "05_xor_backprop: unexpected word 'extra' (expected only --options)\n");
    }

    TEST_CASE("--help: the usage and what the lesson does on stdout, nothing on stderr, exit 0") {
        const ProgramResult run = run_program(lesson05, {"--help"});
        CHECK(run.exit_code == 0);
        CHECK(run.err.empty());
        CHECK(run.out.rfind("usage: 05_xor_backprop [--seed N] [--rate RATE] [--figures DIR] [--all]\n\nLesson 05 — the delta formulas.", 0) == 0);
        CHECK(contains(run.out, "\n  --help: print this and stop\n"));
    }

    TEST_CASE("--rate and --seed out of range or not numbers: one line on stderr, nothing on stdout, exit 2") {
        expect_program_error(lesson05, {"--rate", "100"}, "05_xor_backprop: --rate must be between 0.01 and 10 (got 100)");
        expect_program_error(lesson05, {"--seed", "x"},
                             "05_xor_backprop: --seed needs a whole number from 0 to 1000000000 (got 'x')");
    }

    TEST_CASE("an unknown option: exactly one line on stderr, nothing on stdout, exit 2") {
        expect_program_error(lesson05, {"--colour", "red"}, "05_xor_backprop: unknown option '--colour' (expected --figures, --rate, --seed, --all, --help)");
    }
}
