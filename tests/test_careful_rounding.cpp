// nnwalk check accepts every honest rounding: students who round f′ before multiplying, who work sigmoid
// out step by step (e^(−z), then 1 + e^(−z)), or who write every intermediate result to 4 decimals get full
// marks. Their answers are computed here with the test's own arithmetic, not with the library's formulas.
#include "cli/commands.h"
#include "io/netfile.h"
#include "run_program.h"
#include "test_files.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <map>
#include <string>

namespace {

// Rounds to 4 decimals, half away from zero, as a decimal calculator does: the number is first written to 10
// decimals (which removes the binary noise of −0.02405 = −0.024049999999999998…), then rounded as a decimal.
double r4(double x) {
    char text[64];
    std::snprintf(text, sizeof text, "%.10f", std::fabs(x));
    const std::string digits(text);
    const std::size_t point = digits.find('.');
    const long long tenths = std::stoll(digits.substr(0, point) + digits.substr(point + 1));  // |x|·10^10, exactly
    const long long rounded = (tenths + 500000) / 1000000;                                   // |x|·10^4, half up
    return (x < 0 ? -1.0 : 1.0) * static_cast<double>(rounded) / 1e4;
}

// How a student rounds along the way.
enum class Habit {
    derivative_first,  // every value rounded when computed, and f′ = y(1 − y) rounded before multiplying
    sigmoid_by_steps,  // every value rounded when computed, and sigmoid as r(1 / r(1 + r(e^(−z))))
    every_step,        // every intermediate result rounded: each product of a sum, each partial sum, f′, t − y, η·δ
};

// The student's sheet for one step of a 2-2-1 sigmoid network with biases: key → their answer, 4 decimals.
std::map<std::string, double> careful_answers(const NetFile& net, Habit habit) {
    const scalar::Network& n = net.network;
    const std::vector<double>& x = net.examples[0].inputs;
    const double t = net.examples[0].targets[0], eta = net.rate;
    const bool every = habit == Habit::every_step;
    auto sigmoid = [&](double z) {
        if (habit == Habit::derivative_first) return r4(1 / (1 + std::exp(-z)));
        return r4(1 / r4(1 + r4(std::exp(-z))));
    };
    // z = Σ a·w + b, with each product and each partial sum rounded by the every-step student
    auto weighted_sum = [&](const std::vector<double>& a, const scalar::Neuron& neuron) {
        double sum = 0;
        for (std::size_t i = 0; i < a.size(); ++i) sum = every ? r4(sum + r4(a[i] * neuron.weights[i])) : sum + a[i] * neuron.weights[i];
        return r4(sum + neuron.bias);
    };
    // f′ = a(1 − a), rounded before it is used by two of the habits
    auto slope = [&](double a) { return habit == Habit::sigmoid_by_steps ? a * (1 - a) : r4(a * r4(1 - a)); };
    std::map<std::string, double> v;
    std::vector<double> hidden;
    for (std::size_t j = 1; j <= 2; ++j) {
        v["z[1][" + std::to_string(j) + "]"] = weighted_sum(x, n.layers[0].neurons[j - 1]);
        hidden.push_back(v["a[1][" + std::to_string(j) + "]"] = sigmoid(v["z[1][" + std::to_string(j) + "]"]));
    }
    const double z = v["z[2][1]"] = weighted_sum(hidden, n.layers[1].neurons[0]);
    const double y = v["a[2][1]"] = sigmoid(z);
    const double miss = every ? r4(t - y) : t - y;
    v["E"] = r4(0.5 * (every ? r4(miss * miss) : miss * miss));
    const double delta_out = v["δ[2][1]"] = r4(slope(y) * miss);
    std::vector<double> delta_hidden;
    for (std::size_t j = 1; j <= 2; ++j) {
        const double back = every ? r4(n.layers[1].neurons[0].weights[j - 1] * delta_out) : n.layers[1].neurons[0].weights[j - 1] * delta_out;
        delta_hidden.push_back(v["δ[1][" + std::to_string(j) + "]"] = r4(slope(hidden[j - 1]) * back));
    }
    // Δw = η·δ·a and w + Δw; Δb = η·δ and b + Δb
    auto update = [&](std::size_t l, std::size_t j, double delta, const std::vector<double>& a, const scalar::Neuron& neuron) {
        const std::string lj = "[" + std::to_string(l) + "][" + std::to_string(j) + "]";
        const double eta_delta = every ? r4(eta * delta) : eta * delta;
        for (std::size_t i = 1; i <= a.size(); ++i) {
            const std::string lji = lj + "[" + std::to_string(i) + "]";
            const double dw = v["dw" + lji] = r4(eta_delta * a[i - 1]);
            v["new_w" + lji] = r4(neuron.weights[i - 1] + dw);
        }
        const double db = v["db" + lj] = r4(eta * delta);
        v["new_b" + lj] = r4(neuron.bias + db);
    };
    for (std::size_t j = 1; j <= 2; ++j) update(1, j, delta_hidden[j - 1], x, n.layers[0].neurons[j - 1]);
    update(2, 1, delta_out, hidden, n.layers[1].neurons[0]);
    return v;
}

// The sheet as key<TAB>value lines, each value to 4 decimals.
std::string sheet_of(const std::map<std::string, double>& answers) {
    std::string text;
    char number[32];
    for (const auto& [key, value] : answers) {
        std::snprintf(number, sizeof number, "%.4f", value);
        text += key + "\t" + number + "\n";
    }
    return text;
}

}  // namespace

TEST_SUITE("classroom") {

TEST_CASE("check: careful rounders get full marks, on 200 quizzes and three habits of rounding") {
    int sheets = 0;
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        const std::string dir = test_path("careful-" + std::to_string(seed));
        REQUIRE(nnwalk_here({"quiz", "--seed", std::to_string(seed), "--shape", "2-2-1", "--bias", "--out", dir}).exit_code == 0);
        const std::string problem = dir + "/quiz-" + std::to_string(seed) + ".net";
        const NetFile net = load_netfile(problem);
        for (Habit habit : {Habit::derivative_first, Habit::sigmoid_by_steps, Habit::every_step}) {
            const std::map<std::string, double> answers = careful_answers(net, habit);
            REQUIRE(answers.size() == 28);  // 6 forward, E, 3 δ, Δw and new w for 6 weights, Δb and new b for 3 biases
            const ProgramResult run = nnwalk_here({"check", problem, test_file("careful.tsv", sheet_of(answers))});
            CAPTURE(seed);
            CAPTURE(static_cast<int>(habit));
            CAPTURE(run.out);
            CHECK(run.exit_code == 0);
            ++sheets;
        }
    }
    CHECK(sheets == 600);
}

TEST_CASE("check: the issue's careful rounder of quiz 6, f′ rounded before multiplying, and the range explained") {
    const std::string dir = test_path("quiz-6");
    REQUIRE(nnwalk_here({"quiz", "--seed", "6", "--shape", "2-2-1", "--bias", "--out", dir}).exit_code == 0);
    const std::string problem = dir + "/quiz-6.net";
    std::map<std::string, double> answers = careful_answers(load_netfile(problem), Habit::derivative_first);
    CHECK(nnwalk_here({"check", problem, test_file("q6.tsv", sheet_of(answers))}).exit_code == 0);
    // Two units off in the last decimal is still wrong, and the explanation says which answers would do.
    answers["δ[2][1]"] += 0.0002;
    const ProgramResult wrong = nnwalk_here({"check", problem, test_file("q6-wrong.tsv", sheet_of(answers))});
    CAPTURE(wrong.out);
    CHECK(wrong.exit_code == 1);
    CHECK(wrong.out.find("  δ[2][1]: you wrote ") != std::string::npos);
}

}  // TEST_SUITE
