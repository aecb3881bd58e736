// Lesson 01 — one perceptron draws a line. The data come from the committed generator; the first steps of
// the perceptron rule are worked by hand; the rule converges and its line separates the data; the lesson
// binary prints those numbers; bad input files are refused with FILE:LINE and exit 2.
#include <doctest/doctest.h>

#include "io/csv.h"
#include "core/input_error.h"
#include "lesson_data/ostriches.h"
#include "output_text.h"
#include "run_program.h"
#include "scalar/perceptron.h"
#include "scalar/scaling.h"
#include "tolerances.h"

#include <cmath>
#include <fstream>
#include <sstream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

static const std::string lesson01 = NNWALK_BUILD "/lessons/01_perceptron";

// The means and standard deviations of data/ostriches.csv, worked from column sums of the file
// (computed outside this program, with a spreadsheet-style sum over the 100 rows):
//   Σ height = 208.87,  Σ height² = 452.0857  → mean 2.0887,  variance 4.520857 − 2.0887² = 0.15818931, sd 0.397730
//   Σ weight = 8774.0,  Σ weight² = 822382.98 → mean 87.74,   variance 8223.8298 − 87.74² = 525.5222,   sd 22.924271
// The hand values below divide by σ to 6 decimals (0.397730, 22.924271): hand_rounding (tolerances.h).

// Writes `text` to a fresh file under the build folder and returns its path.
static std::string scratch_file(const std::string& name, const std::string& text) {
    const std::string path = NNWALK_BUILD "/tests/" + name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

// The InputError message that parsing `text` as CSV throws ("" when it does not throw).
static std::string csv_error(const std::string& text) {
    std::istringstream in(text);
    try {
        parse_csv(in, "animals.csv");
    } catch (const InputError& error) {
        return error.what();
    }
    return "";
}

TEST_SUITE("lesson01") {
    TEST_CASE("data/ostriches.csv is exactly what the seeded generator writes") {
        const std::string committed = read_text_file("data/ostriches.csv");
        REQUIRE(!committed.empty());
        CHECK(committed == generate_ostriches_csv(ostriches_seed, ostriches_humans, ostriches_birds));
    }

    TEST_CASE("the data keep to the stated ranges: 50 humans, 50 ostriches") {
        const Animals animals = read_animals("data/ostriches.csv");
        REQUIRE(animals.x.size() == 100);
        int birds = 0;
        for (std::size_t k = 0; k < animals.x.size(); ++k) {
            CAPTURE(k);
            const double height = animals.x[k][0], weight = animals.x[k][1];
            if (animals.t[k] == 1) {
                ++birds;
                CHECK((height >= 2.10 && height <= 2.80 && weight >= 63 && weight <= 145));
            } else {
                CHECK((height >= 1.50 && height <= 1.95 && weight >= 45 && weight <= 110));
            }
        }
        CHECK(birds == 50);
    }

    TEST_CASE("scaling worked by hand") {
        // Samples (1, 10) and (3, 30): means (2, 20); sd = √(((1−2)² + (3−2)²)/2) = 1 and √((10² + 10²)/2) = 10.
        const Scaling scaling = fit_scaling({{1, 10}, {3, 30}});
        CHECK(scaling.mean == std::vector<double>{2, 20});
        CHECK(scaling.sd == std::vector<double>{1, 10});
        CHECK(scaled(scaling, std::vector<double>{3, 30}) == std::vector<double>{1, 1});
        // The lesson's data: the sums in the comment at the top of this file.
        const Scaling lesson = fit_scaling(read_animals("data/ostriches.csv").x);
        CHECK(std::fabs(lesson.mean[0] - 2.0887) < double_rounding);  // 208.87/100, exact up to double rounding
        CHECK(std::fabs(lesson.mean[1] - 87.74) < double_rounding);   // 8774.0/100
        CHECK(std::fabs(lesson.sd[0] - 0.397730) < six_decimals);     // hand value given to 6 decimals
        CHECK(std::fabs(lesson.sd[1] - 22.924271) < six_decimals);
    }

    TEST_CASE("the perceptron rule worked by hand on two samples") {
        // w = (0, 0), b = 0, η = 0.5. Sample x = (1, 2), t = 0: z = 0·1 + 0·2 + 0 = 0, ŷ = step(0) = 1, a mistake:
        // Δw = 0.5·(0 − 1)·(1, 2) = (−0.5, −1), Δb = 0.5·(0 − 1) = −0.5 → w = (−0.5, −1), b = −0.5.
        Perceptron p = zero_perceptron(2);
        const PerceptronStep first = learn(p, {1, 2}, 0, 0.5);
        CHECK(first.z == 0);
        CHECK(first.y_hat == 1);
        CHECK(first.dw == std::vector<double>{-0.5, -1});
        CHECK(first.db == -0.5);
        CHECK(p.weights == std::vector<double>{-0.5, -1});
        CHECK(p.bias == -0.5);
        // Sample x = (−2, 0), t = 1: z = −0.5·(−2) + (−1)·0 − 0.5 = 0.5, ŷ = 1 = t: no change.
        const PerceptronStep second = learn(p, {-2, 0}, 1, 0.5);
        CHECK(second.z == 0.5);
        CHECK(second.dw == std::vector<double>{0, 0});
        CHECK(second.db == 0);
        CHECK(p.weights == std::vector<double>{-0.5, -1});
    }

    TEST_CASE("the lesson's first steps worked by hand (η = 0.1, w = b = 0 at the start)") {
        const Animals animals = read_animals("data/ostriches.csv");
        const std::vector<std::vector<double>> x = scaled(fit_scaling(animals.x), animals.x);
        Perceptron p = zero_perceptron(2);
        const std::vector<PerceptronStep> epoch = train_epoch(p, x, animals.t, 0.1);
        // Sample 1: ostrich 2.40 m, 68.6 kg, t = 1. x1 = (2.40 − 2.0887)/0.397730 = 0.3113/0.397730 = 0.782692,
        // x2 = (68.6 − 87.74)/22.924271 = −19.14/22.924271 = −0.834923. z = 0, ŷ = step(0) = 1 = t: no update.
        CHECK(std::fabs(epoch[0].x[0] - 0.782692) < hand_rounding);
        CHECK(std::fabs(epoch[0].x[1] - -0.834923) < hand_rounding);
        CHECK(epoch[0].z == 0);
        CHECK(epoch[0].y_hat == 1);
        CHECK(epoch[0].db == 0);
        // Sample 2: ostrich 2.76 m, 141.5 kg, t = 1: still w = b = 0, so z = 0, ŷ = 1 = t: no update.
        CHECK(epoch[1].z == 0);
        CHECK(epoch[1].dw == std::vector<double>{0, 0});
        // Sample 3: human 1.82 m, 82.2 kg, t = 0. x1 = (1.82 − 2.0887)/0.397730 = −0.2687/0.397730 = −0.675584,
        // x2 = (82.2 − 87.74)/22.924271 = −5.54/22.924271 = −0.241665. z = 0, ŷ = 1 ≠ t = 0: the first update.
        // Δw = 0.1·(0 − 1)·(−0.675584, −0.241665) = (0.067558, 0.024167), Δb = 0.1·(0 − 1) = −0.1.
        CHECK(epoch[2].y_hat == 1);
        CHECK(epoch[2].t == 0);
        CHECK(std::fabs(epoch[2].dw[0] - 0.067558) < hand_rounding);
        CHECK(std::fabs(epoch[2].dw[1] - 0.024167) < hand_rounding);
        CHECK(epoch[2].db == -0.1);
        CHECK(std::fabs(epoch[2].weights[0] - 0.067558) < hand_rounding);
        CHECK(epoch[2].bias == -0.1);
        // Sample 4: ostrich 2.60 m, 106.9 kg, t = 1. x = (0.5113/0.397730, 19.16/22.924271) = (1.285545, 0.835795);
        // z = 0.067558·1.285545 + 0.024167·0.835795 − 0.1 = 0.086849 + 0.020199 − 0.1 = 0.007048 ≥ 0: ŷ = 1, right.
        CHECK(std::fabs(epoch[3].z - 0.007048) < hand_rounding);
        CHECK(epoch[3].y_hat == 1);
        // Samples 5 and 6 are right (see the printed table). Sample 7: ostrich 2.45 m, 98.4 kg, t = 1.
        // x = (0.3613/0.397730, 10.66/22.924271) = (0.908405, 0.465009);
        // z = 0.067558·0.908405 + 0.024167·0.465009 − 0.1 = 0.061370 + 0.011238 − 0.1 = −0.027392 < 0: ŷ = 0 ≠ 1.
        // Second update: Δw = 0.1·(1 − 0)·x = (0.090841, 0.046501), Δb = 0.1 →
        // w = (0.067558 + 0.090841, 0.024167 + 0.046501) = (0.158399, 0.070668), b = −0.1 + 0.1 = 0.
        CHECK(std::fabs(epoch[6].z - -0.027392) < hand_rounding);
        CHECK(epoch[6].y_hat == 0);
        CHECK(std::fabs(epoch[6].weights[0] - 0.158399) < hand_rounding);
        CHECK(std::fabs(epoch[6].weights[1] - 0.070668) < hand_rounding);
        CHECK(std::fabs(epoch[6].bias) < 1e-15);  // −0.1 + 0.1 in double
        // The other samples of epoch 1 change nothing: two mistakes, two updates.
        CHECK(mistakes(epoch) == 2);
    }

    TEST_CASE("the rule converges: an epoch without mistakes comes, and its line separates the data") {
        const Animals animals = read_animals("data/ostriches.csv");
        const Scaling scaling = fit_scaling(animals.x);
        const std::vector<std::vector<double>> x = scaled(scaling, animals.x);
        Perceptron p = zero_perceptron(2);
        int epochs = 0, wrong = 1;
        while (wrong > 0 && epochs < 100) {
            wrong = mistakes(train_epoch(p, x, animals.t, 0.1));
            ++epochs;
        }
        CHECK(wrong == 0);
        CHECK(epochs == 2);
        // The line in metres and kilograms puts every ostrich on the side z ≥ 0 and every human on z < 0,
        // checked on the raw data, without the scaled copy.
        const Perceptron original = in_original_units(p, scaling);
        for (std::size_t k = 0; k < animals.x.size(); ++k) {
            CAPTURE(k);
            CHECK(original.output(animals.x[k]) == animals.t[k]);
        }
    }

    TEST_CASE("a perceptron trained on scaled inputs, written in original units, worked by hand") {
        // Scaling mean (2, 20), sd (1, 10); w = (1, 1), b = 0.5:
        // W = (1/1, 1/10) = (1, 0.1), B = 0.5 − 1·2/1 − 1·20/10 = 0.5 − 2 − 2 = −3.5.
        const Perceptron original = in_original_units(Perceptron{{1, 1}, 0.5}, Scaling{{2, 20}, {1, 10}});
        CHECK(original.weights == std::vector<double>{1, 0.1});
        CHECK(original.bias == -3.5);
    }

    TEST_CASE("the lesson prints the worked numbers") {
        const ProgramResult run = run_program(lesson01);
        REQUIRE(run.exit_code == 0);
        CHECK(run.err.empty());
        // The doc quotes how long the rule needs on raw units (the reason for scaling).
        CHECK(contains(run.out, "the rule needs 1540 epochs to make no mistakes"));
        // The scaling: x1 = (height − 2.0887)/0.3977, x2 = (weight − 87.7400)/22.9243.
        CHECK(numbers_in(line_with(run.out, "x1 = (height")) ==
              std::vector<double>{2.0887, 0.3977, 2.0887, 0.3977});
        CHECK(numbers_in(line_with(run.out, "x2 = (weight")) ==
              std::vector<double>{87.74, 22.9243, 87.74, 22.9243});
        // Row 3 of epoch 1: k, height, weight | x1 x2 | z ŷ t | Δw1 Δw2 Δb | w1 w2 b (values of the test above).
        const std::vector<double> row3 = numbers_in(line_with(run.out, "   3    1.82    82.2 |"));
        CHECK(row3 == std::vector<double>{3, 1.82, 82.2, -0.6756, -0.2417, 0, 1, 0, 0.0676, 0.0242, -0.1, 0.0676, 0.0242, -0.1});
        // Row 7: the second update brings w to (0.1584, 0.0707) and b back to 0 (x1 = 0.908405 → 0.9084).
        const std::vector<double> row7 = numbers_in(line_with(run.out, "   7    2.45    98.4 |"));
        CHECK(row7 == std::vector<double>{7, 2.45, 98.4, 0.9084, 0.465, -0.0274, 0, 1, 0.0908, 0.0465, 0.1, 0.1584, 0.0707, 0});
        CHECK(numbers_in(line_with(run.out, "epoch 1:")) == std::vector<double>{1, 2});
        CHECK(numbers_in(line_with(run.out, "epoch 2:")) == std::vector<double>{2, 0});
        CHECK(line_with(run.out, "epoch 3:").empty());
        // The line in original units: W1 = 0.158399/0.397730 = 0.3983, W2 = 0.070668/22.924271 = 0.0031,
        // B = 0 − 0.3983·2.0887 − 0.0031·87.74 = −0.8319 − 0.2705 = −1.1023 (with W2 = 0.0030826 unrounded);
        // height = −(W2/W1)·weight − B/W1 = −0.00774·weight + 2.7678.
        CHECK(numbers_in(line_with(run.out, "In original units:")) == std::vector<double>{0.3983, 0.0031, 1.1023, 0});
        CHECK(numbers_in(line_with(run.out, "that is  height =")) == std::vector<double>{-0.00774, 2.7678});
        CHECK(contains(run.out, "Samples on the wrong side of the line: 0 of 100"));
        // New animals: (1.85 m, 95 kg) → x = (−0.2387/0.3977, 7.26/22.9243) = (−0.6002, 0.3167),
        // z = 0.158399·(−0.6002) + 0.070667·0.3167 = −0.0951 + 0.0224 = −0.0727 → human;
        // (2.35 m, 90 kg) → x = (0.2613/0.3977, 2.26/22.9243) = (0.6570, 0.0986), z = 0.1041 + 0.0070 = 0.1110 → ostrich.
        CHECK(numbers_in(line_with(run.out, "new 1:")) == std::vector<double>{1, 1.85, 95, -0.6002, 0.3167, -0.0727, 0});
        CHECK(contains(line_with(run.out, "new 1:"), "human"));
        CHECK(numbers_in(line_with(run.out, "new 2:")) == std::vector<double>{2, 2.35, 90, 0.657, 0.0986, 0.111, 1});
        CHECK(contains(line_with(run.out, "new 2:"), "ostrich"));
        CHECK(contains(read_text_file("build/figures/01_perceptron.svg"), "</svg>"));
    }

    TEST_CASE("the doc's expected output still appears in the program's output") {
        const ProgramResult run = run_program(lesson01);
        check_expected_output("docs/lessons/01-perceptron.md", run.out);
    }

    TEST_CASE("bad CSV input: one line FILE:LINE: reason") {
        CHECK(csv_error("") == "animals.csv: empty file (expected a header line and rows of numbers)");
        CHECK(csv_error("height_m,weight_kg,ostrich\n") == "animals.csv: no data rows after the header (expected rows of numbers)");
        CHECK(csv_error("height_m,,ostrich\n1,2,3\n") ==
              "animals.csv:1: empty column name in the header (expected names such as height_m,weight_kg,ostrich)");
        CHECK(csv_error("height_m,weight_kg,ostrich\n1.7,60,0\n\n1.8,70\n") ==
              "animals.csv:4: 2 values (expected 3, one per header column)");
        CHECK(csv_error("height_m,weight_kg,ostrich\n1.7\n") == "animals.csv:2: 1 value (expected 3, one per header column)");
        CHECK(csv_error("height_m,weight_kg,ostrich\n1.7,sixty,0\n") ==
              "animals.csv:2: 'sixty' is not a number (expected the value of column 'weight_kg' as a decimal number such as 0.5)");
        CHECK(csv_error("height_m,weight_kg,ostrich\n1.7,nan,0\n").rfind("animals.csv:2: 'nan' is not a finite number", 0) == 0);
        // Spaces, CRLF line ends and blank lines are fine.
        CHECK(csv_error("height_m, weight_kg ,ostrich\r\n 1.7 ,60,0\r\n\r\n") == "");
    }

    TEST_CASE("bad animal files: missing column, wrong label, unreadable file") {
        auto animals_error = [](const std::string& path) -> std::string {
            try {
                read_animals(path);
            } catch (const InputError& error) {
                return error.what();
            }
            return "";
        };
        const std::string no_label = scratch_file("no_label.csv", "height_m,weight_kg\n1.7,60\n");
        CHECK(animals_error(no_label) == no_label + ":1: no column 'ostrich' in the header 'height_m,weight_kg' (expected a column named 'ostrich')");
        const std::string label_two = scratch_file("label_two.csv", "height_m,weight_kg,ostrich\n1.7,60,0\n2.4,100,2\n");
        CHECK(animals_error(label_two) == label_two + ":3: ostrich label '2' (expected 0 for a human or 1 for an ostrich)");
        CHECK(animals_error("no/such/file.csv") == "no/such/file.csv: cannot open the file (expected a readable CSV file)");
    }

    TEST_CASE("the lesson refuses a bad file: message on stderr, nothing on stdout, exit 2") {
        const std::string path = scratch_file("bad_animals.csv", "height_m,weight_kg,ostrich\n1.7,60,0\n1.8,x,0\n");
        const ProgramResult run = run_program(lesson01, {path});
        CHECK(run.exit_code == 2);
        CHECK(run.out.empty());
        CHECK(run.err == path + ":3: 'x' is not a number (expected the value of column 'weight_kg' as a decimal number such as 0.5)\n");
        const ProgramResult same = run_program(lesson01, {scratch_file("same_height.csv", "height_m,weight_kg,ostrich\n1.7,60,0\n1.7,70,1\n")});
        CHECK(same.exit_code == 2);
        CHECK(same.out.empty());
        CHECK(contains(same.err, "every height_m is the same"));
        const ProgramResult extra = run_program(lesson01, {"a.csv", "b.csv"});
        CHECK(extra.exit_code == 2);
        CHECK(extra.out.empty());
        CHECK(contains(extra.err, "usage: 01_perceptron"));
    }

    TEST_CASE("--help: the usage and what the lesson does on stdout, nothing on stderr, exit 0") {
        const ProgramResult run = run_program(lesson01, {"--help"});
        CHECK(run.exit_code == 0);
        CHECK(run.err.empty());
        CHECK(run.out.rfind("usage: 01_perceptron [data.csv] [--figures DIR] [--all]\n\nLesson 01 — one neuron draws a line.", 0) == 0);
        CHECK(contains(run.out, "\n  data.csv: the animals to learn from, a CSV file with the columns height_m,weight_kg,ostrich "
                                "(default data/ostriches.csv)\n"));
        CHECK(contains(run.out, "\n  --help: print this and stop\n"));
    }

    TEST_CASE("an unknown option: exactly one line on stderr, nothing on stdout, exit 2") {
        expect_program_error(lesson01, {"--colour", "red"}, "01_perceptron: unknown option '--colour' (expected --figures, --all, --help)");
    }

    TEST_CASE("a second file: one line naming it, with the usage") {
        const ProgramResult run = run_program(lesson01, {"a.csv", "b.csv"});
        CHECK(run.exit_code == 2);
        CHECK(run.out.empty());
        CHECK(run.err == "01_perceptron: unexpected argument 'b.csv' (usage: 01_perceptron [data.csv] [--figures DIR] [--all])\n");
    }
}
