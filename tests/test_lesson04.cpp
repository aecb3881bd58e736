// Lesson 04 — the forward pass of the article's XOR network, number by number: every value against the
// article's published figures or a hand calculation; the 2-decimal calculator; the untrained network on
// the four XOR inputs; the lesson binary prints those numbers; the doc's excerpts still match.
#include <doctest/doctest.h>

#include "lesson_data/xor.h"
#include "output_text.h"
#include "print/formula_text.h"
#include "print/step_text.h"
#include "print/table.h"
#include "run_program.h"
#include "scalar/backprop.h"
#include "tolerances.h"

#include <cmath>
#include <sstream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

static const std::string lesson04 = NNWALK_BUILD "/lessons/04_xor_forward";

// The article prints S(1.0) = 0.73105857863 etc. with the digits after the 11th decimal cut off (S(0.8) =
// 0.689974481127… is printed 0.68997448112), so the true value v lies in [printed, printed + 1e-11).
static bool article_cut_to_11_dp(double v, double printed) { return v >= printed && v < printed + 1e-11; }

// The last number printed on the first line of `text` that contains `part` (the value after the last " = ").
static double value_on(const std::string& text, const std::string& part) {
    const std::vector<double> numbers = numbers_in(line_with(text, part));
    REQUIRE_MESSAGE(!numbers.empty(), "no number on a line with: " << part);
    return numbers.back();
}

// The part of `text` from the first `marker` on (so that a line search starts in the right section).
static std::string from(const std::string& text, const std::string& marker) {
    const std::size_t at = text.find(marker);
    REQUIRE_MESSAGE(at != std::string::npos, "no section: " << marker);
    return text.substr(at);
}

// One run of the lesson binary, shared by the output tests (the lesson is slow under the sanitizers).
static const ProgramResult& lesson_run() {
    static const ProgramResult run = run_program(lesson04);
    return run;
}

TEST_SUITE("lesson04") {
    TEST_CASE("the article's network: 2 → 3 → 1, sigmoid, weights as in the article, no biases") {
        Network network = article_network();
        REQUIRE(network.inputs == 2);
        REQUIRE(network.layers.size() == 2);
        CHECK(network.size(1) == 3);
        CHECK(network.size(2) == 1);
        // x1 → hidden: 0.8, 0.4, 0.3; x2 → hidden: 0.2, 0.9, 0.5; hidden → output: 0.3, 0.5, 0.9.
        CHECK(network.weight(1, 1, 1) == 0.8);
        CHECK(network.weight(1, 2, 1) == 0.4);
        CHECK(network.weight(1, 3, 1) == 0.3);
        CHECK(network.weight(1, 1, 2) == 0.2);
        CHECK(network.weight(1, 2, 2) == 0.9);
        CHECK(network.weight(1, 3, 2) == 0.5);
        CHECK(network.weight(2, 1, 1) == 0.3);
        CHECK(network.weight(2, 1, 2) == 0.5);
        CHECK(network.weight(2, 1, 3) == 0.9);
        // The article's network has no biases at all.
        CHECK(!network.layers[0].biased);
        CHECK(!network.layers[1].biased);
        // Hand count: 2·3 weights + 3·1 weights = 9 parameters.
        CHECK(network.parameter_count() == 9);
    }

    TEST_CASE("forward pass of (1, 1) against the article and the hand calculation") {
        Record r = forward_pass(article_network(), {1, 1});
        // The article: 1·0.8 + 1·0.2 = 1;  1·0.4 + 1·0.9 = 1.3;  1·0.3 + 1·0.5 = 0.8 (sums of two 1-decimal numbers).
        CHECK(std::fabs(r.value("z[1][1]") - 1.0) <= 1e-15);
        CHECK(std::fabs(r.value("z[1][2]") - 1.3) <= 1e-15);
        CHECK(std::fabs(r.value("z[1][3]") - 0.8) <= 1e-15);
        // The article: S(1.0) = 0.73105857863, S(1.3) = 0.78583498304, S(0.8) = 0.68997448112.
        CHECK(article_cut_to_11_dp(r.value("a[1][1]"), 0.73105857863));
        CHECK(article_cut_to_11_dp(r.value("a[1][2]"), 0.78583498304));
        CHECK(article_cut_to_11_dp(r.value("a[1][3]"), 0.68997448112));
        // Output sum from the article's 11-decimal activations:
        // 0.73105857863·0.3 + 0.78583498304·0.5 + 0.68997448112·0.9
        //   = 0.219317573589 + 0.392917491520 + 0.620977033008 = 1.233212098117  → 1.2332
        CHECK(std::fabs(r.value("z[2][1]") - 1.2332121) <= 0.0000001);
        // y = 1/(1 + e^−1.2332121) = 1/(1 + 0.2913552) = 1/1.2913552 = 0.774380  → 0.7744
        CHECK(std::fabs(r.value("a[2][1]") - 0.774380) <= six_dp_hand);
        // E against the XOR target 0: ½·(0 − 0.774380)² = ½·0.599665 = 0.299832  → 0.2998
        record_error(article_network(), {0}, Loss::squared, r);
        CHECK(std::fabs(r.value("E") - 0.299832) <= six_dp_hand);
    }

    TEST_CASE("the article's rounded figures and the 2-decimal calculator") {
        // The article's output sum, from activations rounded to 2 decimals:
        // 0.73·0.3 + 0.79·0.5 + 0.69·0.9 = 0.219 + 0.395 + 0.621 = 1.235, and it prints S(1.235) = 0.7746924929149283.
        CHECK(std::fabs(activate(Activation::sigmoid, 1.235) - 0.7746924929149283) <= 1e-15);
        // Cutting digits off is not rounding: S(1.3) = 0.785834… is 0.785 cut, 0.786 rounded; S(0.8) = 0.689974…
        // is 0.689 cut, 0.690 rounded. The calculator rounds, half away from zero:
        CHECK(round_to(0.78583498304, 3) == 0.786);
        CHECK(round_to(0.68997448112, 3) == 0.690);
        // Record(2): every value rounded to 2 dp as it is computed, and the rounded value used later:
        // a = 0.73, 0.79, 0.69; z[2][1] = 0.73·0.3 + 0.79·0.5 + 0.69·0.9 = 1.235 → 1.24 (half away from zero);
        // y = sigmoid(1.24) = 1/(1 + 0.289384) = 0.775564 → 0.78.
        const Record calculator = forward_pass(article_network(), {1, 1}, 2);
        CHECK(calculator.value("a[1][1]") == 0.73);
        CHECK(calculator.value("a[1][2]") == 0.79);
        CHECK(calculator.value("a[1][3]") == 0.69);
        CHECK(calculator.value("z[2][1]") == 1.24);
        CHECK(calculator.value("a[2][1]") == 0.78);
    }

    TEST_CASE("the untrained network on the four XOR inputs, worked by hand") {
        const Network network = article_network();
        // (0, 0): every hidden z = 0, a = 0.5; z = 0.5·(0.3 + 0.5 + 0.9) = 0.85; y = 1/(1 + e^−0.85) = 1/1.427415 = 0.700567
        CHECK(std::fabs(outputs(network, {0, 0})[0] - 0.700567) <= six_dp_hand);
        // (0, 1): z = 0.2, 0.9, 0.5 → a = 0.549834, 0.710950, 0.622459;
        //   z = 0.164950 + 0.355475 + 0.560213 = 1.080638; y = 1/(1 + 0.339399) = 0.746615
        CHECK(std::fabs(outputs(network, {0, 1})[0] - 0.746615) <= six_dp_hand);
        // (1, 0): z = 0.8, 0.4, 0.3 → a = 0.689974, 0.598688, 0.574443;
        //   z = 0.206992 + 0.299344 + 0.516998 = 1.023334; y = 1/(1 + 0.359397) = 0.735622
        CHECK(std::fabs(outputs(network, {1, 0})[0] - 0.735622) <= six_dp_hand);
        // (1, 1): 0.774380, as above. Every output is above 0.5: the untrained network answers 1 to everything.
        CHECK(std::fabs(outputs(network, {1, 1})[0] - 0.774380) <= six_dp_hand);
    }

    TEST_CASE("value_line writes a recorded value as on paper; print_table aligns by characters") {
        const Record r = forward_pass(article_network(), {1, 1});
        CHECK(value_line(r, key::z(1, 2), 4) == "z[1][2] = 1·0.4 + 1·0.9 = 1.3000");
        CHECK(value_line(r, key::a(1, 2), 4) == "a[1][2] = sigmoid(1.3000) = 0.7858");
        // A given value is written as given, every digit of it.
        Network changed = article_network();
        changed.weight(1, 1, 1) = 0.7920197451579396;
        CHECK(value_line(forward_pass(changed, {1, 1}), key::z(1, 1), 5) == "z[1][1] = 1·0.7920197451579396 + 1·0.2 = 0.99202");
        // A weight that a training step computed is written to the shown decimals. One step with η = 1 on
        // t = 0 (lesson 05): δ[1][1] = 0.731059·0.268941·0.3·(−0.135297) = −0.0079803, so w[1][1][1] becomes
        // 0.8 − 0.0079803 = 0.7920197 and w[1][1][2] 0.2 − 0.0079803 = 0.1920197; z[1][1] = 1 + 2·δ = 0.9840394.
        Network stepped = article_network();
        training_step(stepped, {{1, 1}, {0}}, 1, Loss::squared);
        CHECK(value_line(forward_pass(stepped, {1, 1}), key::z(1, 1), 5) == "z[1][1] = 1·0.79202 + 1·0.19202 = 0.98404");
        std::ostringstream out;
        print_table(out, {"Δw", "value"}, {{"a", "1"}, {"bb", "-0.5"}}, "");
        CHECK(out.str() == "Δw  value\n─────────\n a      1\nbb   -0.5\n");
    }

    TEST_CASE("the lesson prints the worked numbers") {
        const ProgramResult& run = lesson_run();
        REQUIRE(run.exit_code == 0);
        CHECK(run.err.empty());
        // Hidden sums with their arithmetic, the sigmoids, the output sum and output (values of the tests above).
        CHECK(numbers_in(line_with(run.out, "  z[1][1] = ")) == std::vector<double>{1, 1, 1, 0.8, 1, 0.2, 1.0});
        CHECK(value_on(run.out, "  z[1][2] = 1·0.4 + 1·0.9") == 1.3);
        CHECK(value_on(run.out, "  z[1][3] = 1·0.3 + 1·0.5") == 0.8);
        CHECK(value_on(run.out, "  a[1][1] = sigmoid(") == 0.7311);
        CHECK(value_on(run.out, "  a[1][2] = sigmoid(") == 0.7858);
        CHECK(value_on(run.out, "  a[1][3] = sigmoid(") == 0.6900);
        CHECK(value_on(run.out, "  z[2][1] = 0.7311·0.3 + 0.7858·0.5 + 0.6900·0.9") == 1.2332);
        CHECK(value_on(run.out, "  a[2][1] = sigmoid(1.2332)") == 0.7744);
        CHECK(value_on(run.out, "  E = ") == 0.2998);
        // The comparison table: ours, cut to 3 dp (the article), rounded to 3 dp, rounded to 2 dp.
        CHECK(numbers_in(line_with(run.out, "sigmoid(1.3) ")) == std::vector<double>{1, 2, 1.3, 0.7858, 0.785, 0.786, 0.79});
        CHECK(numbers_in(line_with(run.out, "sigmoid(0.8) ")) == std::vector<double>{1, 3, 0.8, 0.69, 0.689, 0.69, 0.69});
        // The article's output sum 1.235 and its output S(1.235) = 0.7747 (article: 0.7746924929…).
        CHECK(numbers_in(line_with(run.out, "article:  z[2][1]")) ==
              std::vector<double>{2, 1, 0.73, 0.3, 0.79, 0.5, 0.69, 0.9, 1.235, 1.235, 0.7747});
        // The drift: 0.3·(−0.0011) + 0.5·0.0042 + 0.9·0.0000 = 0.0018 = 1.235 − 1.2332.
        CHECK(numbers_in(line_with(run.out, "  = (-0.0003)")) == std::vector<double>{-0.0003, 0.0021, 0, 0.0018, 1.235, 1.2332, 4});
        // The 2-decimal calculator's output sum: 1.235 → 1.24, y = 0.78.
        const std::string calculator = from(run.out, "2-decimal calculator");
        CHECK(value_on(calculator, "  z[2][1] = 0.73·0.3 + 0.79·0.5 + 0.69·0.9") == 1.24);
        CHECK(value_on(calculator, "  a[2][1] = sigmoid(1.24)") == 0.78);
        // The four XOR inputs: x, t, y, answer, E = ½(t − y)² (y from the hand calculation above, to 4 dp).
        const std::string table = from(run.out, "The untrained network on the whole XOR table");
        CHECK(numbers_in(line_with(table, "(0, 0)")) == std::vector<double>{0, 0, 0, 0.7006, 1, 0.2454});
        CHECK(numbers_in(line_with(table, "(0, 1)")) == std::vector<double>{0, 1, 1, 0.7466, 1, 0.0321});
        CHECK(numbers_in(line_with(table, "(1, 0)")) == std::vector<double>{1, 0, 1, 0.7356, 1, 0.0349});
        CHECK(numbers_in(line_with(table, "(1, 1)")) == std::vector<double>{1, 1, 0, 0.7744, 1, 0.2998});
        // Total E = 0.245397 + 0.032102 + 0.034948 + 0.299832 = 0.612279 → 0.6123; right: (0, 1) and (1, 0).
        CHECK(numbers_in(line_with(run.out, "total E =")) == std::vector<double>{0.6123, 2, 4});
        const std::string figure = read_text_file("build/figures/04_xor_forward.svg");
        CHECK(contains(figure, "y = sigmoid(1.2332) = 0.7744"));
        CHECK(xml_problem(figure).empty());
        // Both outputs in the zoomed panel, each named: ours (z = 1.2332) and the article's (z = 1.235).
        CHECK(contains(figure, "ours: z = 1.2332, y = 0.7744"));
        CHECK(contains(figure, "article: z = 1.235, y = 0.7747"));
        // The network drawn twice: with its weights, then with z and a of the pass worked above.
        const std::string network = read_text_file("build/figures/04_network.svg");
        CHECK(xml_problem(network).empty());
        CHECK(contains(network, "a weight on every connection"));
        CHECK(contains(network, "z = 1.2332"));
        CHECK(contains(network, "a = 0.7744"));
        // Every line of the lesson fits in 100 characters.
        CHECK(lines_wider_than(run.out, 100) == "");
    }

    TEST_CASE("the doc's expected output still appears in the program's output") {
        const ProgramResult& run = lesson_run();
        check_expected_output("docs/lessons/04-xor-forward.md", run.out);
    }

    TEST_CASE("an argument is refused: one line on stderr, nothing on stdout, exit 2") {
        const ProgramResult run = run_program(lesson04, {"extra"});
        CHECK(run.exit_code == 2);
        CHECK(run.out.empty());
        CHECK(run.err == "04_xor_forward: unexpected argument 'extra' (the lesson takes no arguments)\n");
    }

    TEST_CASE("--help: the usage and what the lesson does on stdout, nothing on stderr, exit 0") {
        const ProgramResult run = run_program(lesson04, {"--help"});
        CHECK(run.exit_code == 0);
        CHECK(run.err.empty());
        CHECK(run.out.rfind("usage: 04_xor_forward [--figures DIR] [--all]\n\nLesson 04 — the forward pass, number by number", 0) == 0);
        CHECK(contains(run.out, "\n  --help: print this and stop\n"));
    }

    TEST_CASE("an unknown option: exactly one line on stderr, nothing on stdout, exit 2") {
        expect_program_error(lesson04, {"--colour", "red"}, "04_xor_forward: unknown option '--colour' (expected --figures, --all, --help)");
    }
}
