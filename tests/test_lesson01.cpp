// Lesson 01 — one perceptron draws a line. The data come from the committed generator; the first steps of
// the perceptron rule are worked by hand; the rule converges and its line separates the data; the lesson
// binary prints those numbers; the raw file's cleaning and the test split's confusion matrix are counted by
// hand; bad input files are refused with FILE:LINE and exit 2.
#include <doctest/doctest.h>

#include "core/input_error.h"
#include "figure/svg.h"
#include "io/cleaning.h"
#include "io/csv.h"
#include "io/one_hot.h"
#include "lesson_data/holdout.h"
#include "lesson_data/ostriches.h"
#include "print/evaluation_text.h"
#include "print/table.h"
#include "output_text.h"
#include "run_program.h"
#include "scalar/perceptron.h"
#include "scalar/scaling.h"
#include "tolerances.h"

#include <cmath>
#include <cctype>
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
        // The doc quotes how long the rule needs on raw units (the reason for scaling), counted here with a plain
        // loop: the 100 training animals in metres and kilograms, η = 0.1 from w = b = 0, z = w1·h + w2·m + b,
        // a = step(z), and at each mistake w += η(t − a)x, b += η(t − a), until an epoch without mistakes.
        const Animals animals = read_animals("data/ostriches.csv");
        double w1 = 0, w2 = 0, b = 0;
        int epochs = 0, wrong = 1;
        for (; wrong > 0 && epochs < 20000; ++epochs) {
            wrong = 0;
            for (std::size_t k = 0; k < animals.x.size(); ++k) {
                const double z = w1 * animals.x[k][0] + w2 * animals.x[k][1] + b;
                const int a = z >= 0 ? 1 : 0, error = animals.t[k] - a;
                if (error == 0) continue;
                ++wrong;
                w1 += 0.1 * error * animals.x[k][0];
                w2 += 0.1 * error * animals.x[k][1];
                b += 0.1 * error;
            }
        }
        CHECK(wrong == 0);
        CHECK(contains(run.out, "the rule needs " + std::to_string(epochs) + " epochs to make no mistakes"));
        CHECK(epochs > 1000);  // so slow that scaling is worth a lesson
        // The scaling: a[0][1] = (height − 2.0887)/0.3977, a[0][2] = (weight − 87.7400)/22.9243.
        CHECK(contains(run.out, "  a[0][1] = (height − 2.0887)/0.3977   height: mean 2.0887 m, sd 0.3977 m\n"));
        CHECK(contains(run.out, "  a[0][2] = (weight − 87.7400)/22.9243   weight: mean 87.7400 kg, sd 22.9243 kg\n"));
        // Row 3 of epoch 1: k, height, weight | a[0][1] a[0][2] | z[1][1] a[1][1] t[1] (values of the test above).
        CHECK(numbers_in(line_with(run.out, "   3    1.82    82.2 |")) == std::vector<double>{3, 1.82, 82.2, -0.6756, -0.2417, 0, 1, 0});
        CHECK(contains(line_with(run.out, "   3    1.82    82.2 |"), "← mistake"));
        CHECK(numbers_in(line_with(run.out, "   7    2.45    98.4 |")) == std::vector<double>{7, 2.45, 98.4, 0.9084, 0.465, -0.0274, 0, 1});
        // The updates: k | Δw[1][1][1] Δw[1][1][2] Δb[1][1] | w[1][1][1] w[1][1][2] b[1][1]: the second update brings w to
        // (0.1584, 0.0707) and b back to 0.
        CHECK(numbers_in(line_with(run.out, "   3 |")) == std::vector<double>{3, 0.0676, 0.0242, -0.1, 0.0676, 0.0242, -0.1});
        CHECK(numbers_in(line_with(run.out, "   7 |")) == std::vector<double>{7, 0.0908, 0.0465, 0.1, 0.1584, 0.0707, 0});
        CHECK(contains(run.out, "  epoch 1: 2 mistakes (k = 3, 7)\n  epoch 2: 0 mistakes\n"));
        CHECK(line_with(run.out, "epoch 3:").empty());
        // The line in original units: W1 = 0.158399/0.397730 = 0.3983, W2 = 0.070668/22.924271 = 0.0031,
        // B = 0 − 0.3983·2.0887 − 0.0031·87.74 = −0.8319 − 0.2705 = −1.1023 (with W2 = 0.0030826 unrounded);
        // height = −(W2/W1)·weight − B/W1 = −0.00774·weight + 2.7678.
        CHECK(contains(run.out, "In original units: z[1][1] = 0.3983·height + 0.0031·weight - 1.1023 = 0\n"));
        CHECK(numbers_in(line_with(run.out, "that is  height =")) == std::vector<double>{-0.00774, 2.7678});
        CHECK(contains(run.out, "Training animals on the wrong side of the line: 0 of 100"));
        // New animals: (1.85 m, 95 kg) → a[0] = (−0.2387/0.3977, 7.26/22.9243) = (−0.6002, 0.3167),
        // z = 0.158399·(−0.6002) + 0.070667·0.3167 = −0.0951 + 0.0224 = −0.0727 → human;
        // (2.35 m, 90 kg) → a[0] = (0.2613/0.3977, 2.26/22.9243) = (0.6570, 0.0986), z = 0.1041 + 0.0070 = 0.1110 → ostrich.
        CHECK(contains(run.out, "  new 1: 1.85 m, 95.0 kg → a[0] = (-0.6002, 0.3167), z[1][1] = -0.0727, a[1][1] = 0: human\n"));
        CHECK(contains(run.out, "  new 2: 2.35 m, 90.0 kg → a[0] = (0.6570, 0.0986), z[1][1] = 0.1110, a[1][1] = 1: ostrich\n"));
        CHECK(contains(read_text_file("build/figures/01_perceptron.svg"), "</svg>"));
    }

    TEST_CASE("without --all: the first rows and every mistake; with --all every row; no line over 100 characters") {
        const ProgramResult short_run = run_program(lesson01);
        const ProgramResult full = run_program(lesson01, {"--all"});
        REQUIRE(short_run.exit_code == 0);
        REQUIRE(full.exit_code == 0);
        // Rows shown without --all: k = 1..4, then the mistakes 3 and 7 (3 is among the first four): 5 rows.
        // A row of the epoch table: "   3    1.82    82.2 | …", k in the first 4 characters, " |" after 20.
        auto table_rows = [](const std::string& out) {
            int rows = 0;
            std::istringstream lines(out);
            for (std::string line; std::getline(lines, line);)
                rows += line.size() > 22 && std::isdigit(static_cast<unsigned char>(line[3])) && line.compare(20, 2, " |") == 0;
            return rows;
        };
        CHECK(table_rows(short_run.out) == 5);
        CHECK(table_rows(full.out) == 100);
        for (const std::string& out : {short_run.out, full.out}) CHECK(lines_wider_than(out, 100) == "");
    }

    TEST_CASE("the cleaning steps on a small table worked by hand") {
        std::istringstream text("height_m,weight_kg,place,ostrich\n1.70,70,zoo,0\n1.80,,farm,0\n2.40,100,,1\n"
                                "170,70,zoo,0\n2.4,100.0,park,1\n2.40,100,park,1\n1.7,400,farm,0\n");
        CsvCells table = parse_csv_cells(text, "t.csv");
        // Lines 2–8. Missing: line 3 (no weight_kg), line 4 (no place) → 7 − 2 = 5 rows.
        const CleaningStep missing = drop_missing(table);
        CHECK(missing.rows_in == 7);
        CHECK(missing.rows_out() == 5);
        REQUIRE(missing.dropped.size() == 2);
        CHECK(missing.dropped[0].line == 3);
        CHECK(missing.dropped[0].why == "no weight_kg");
        CHECK(missing.dropped[1].line == 4);
        CHECK(missing.dropped[1].why == "no place");
        // Heights outside 0.5–3 m: line 5 (170, centimetres) → 4 rows; weights outside 20–300 kg: line 8 (400) → 3 rows.
        const CleaningStep heights = drop_impossible(table, "height_m", 0.5, 3, "m");
        REQUIRE(heights.dropped.size() == 1);
        CHECK(heights.dropped[0].line == 5);
        CHECK(heights.dropped[0].why == "height_m 170 (expected 0.5–3 m)");
        CHECK(heights.rows_out() == 4);
        const CleaningStep weights = drop_impossible(table, "weight_kg", 20, 300, "kg");
        REQUIRE(weights.dropped.size() == 1);
        CHECK(weights.dropped[0].line == 8);
        // Duplicates: line 7 "2.40,100,park,1" is line 6 "2.4,100.0,park,1" as numbers → 2 rows left, lines 2 and 6.
        const CleaningStep twice = drop_duplicates(table);
        REQUIRE(twice.dropped.size() == 1);
        CHECK(twice.dropped[0].line == 7);
        CHECK(twice.dropped[0].why == "the same as line 6");
        CHECK(table.lines == std::vector<int>{2, 6});
        // One-hot: places zoo (line 2) and park (line 6): categories in alphabetical order park, zoo.
        const OneHot places = one_hot(table, "place");
        CHECK(places.categories == std::vector<std::string>{"park", "zoo"});
        CHECK(places.codes == std::vector<std::vector<int>>{{0, 1}, {1, 0}});
        CHECK(places.names() == std::vector<std::string>{"place=park", "place=zoo"});
        CHECK(places.count(0) == 1);
        // A height that is no number is an error naming its line, not a row dropped in silence.
        std::istringstream bad("height_m,weight_kg,ostrich\n1.7,70,0\ntall,70,0\n");
        CsvCells bad_table = parse_csv_cells(bad, "b.csv");
        CHECK_THROWS_WITH(drop_impossible(bad_table, "height_m", 0.5, 3, "m"),
                          "b.csv:3: 'tall' is not a number (expected the value of column 'height_m' as a decimal number such as 0.5)");
    }

    TEST_CASE("data/ostriches_raw.csv cleaned: the counts and the rows worked by hand") {
        // The raw file has 129 rows (lines 2–130). By hand (grep): line 12 "1.76,,park,0" has no weight, line 37
        // "2.31,101.2,,1" no place; line 52 "183,79.5,zoo,0" is a height in centimetres; line 77 repeats line 63
        // "2.19,98.2,zoo,1". So 129 − 2 = 127, 127 − 1 = 126, no weight outside 20–300 kg, 126 − 1 = 125.
        CsvCells table = read_csv_cells("data/ostriches_raw.csv");
        CHECK(table.rows.size() == 129);
        const CleaningStep missing = drop_missing(table);
        CHECK(missing.rows_out() == 127);
        REQUIRE(missing.dropped.size() == 2);
        CHECK(missing.dropped[0].line == 12);
        CHECK(missing.dropped[1].line == 37);
        const CleaningStep heights = drop_impossible(table, "height_m", lowest_height_m, highest_height_m, "m");
        REQUIRE(heights.dropped.size() == 1);
        CHECK(heights.dropped[0].line == 52);
        CHECK(drop_impossible(table, "weight_kg", lowest_weight_kg, highest_weight_kg, "kg").dropped.empty());
        const CleaningStep twice = drop_duplicates(table);
        REQUIRE(twice.dropped.size() == 1);
        CHECK(twice.dropped[0].line == 77);
        CHECK(twice.dropped[0].why == "the same as line 63");
        CHECK(table.rows.size() == 125);
        // The clean rows are the 100 animals of data/ostriches.csv, then the 25 test animals of the generator.
        const Animals clean = animals_from(table);
        const Animals train = read_animals("data/ostriches.csv");
        std::istringstream generated(generate_ostriches_csv(test_animals_seed, test_animals_humans, test_animals_birds));
        const CsvTable test = parse_csv(generated, "generated");
        REQUIRE(clean.x.size() == 125);
        for (std::size_t k = 0; k < 100; ++k) {
            CAPTURE(k);
            CHECK(clean.x[k] == train.x[k]);
            CHECK(clean.t[k] == train.t[k]);
        }
        for (std::size_t k = 0; k < 25; ++k) {
            CAPTURE(k);
            CHECK(clean.x[100 + k] == std::vector<double>{test.rows[k][0], test.rows[k][1]});
            CHECK(clean.t[100 + k] == static_cast<int>(test.rows[k][2]));
        }
        // One-hot of place: the raw file has 39 ",farm,", 39 ",park," and 50 ",zoo," rows; the dropped rows are
        // park (12), zoo (52) and zoo (77), so 39, 38 and 48 clean rows.
        const std::string raw = read_text_file("data/ostriches_raw.csv");
        auto occurrences = [&](const std::string& part) {
            std::size_t n = 0;
            for (std::size_t at = raw.find(part); at != std::string::npos; at = raw.find(part, at + 1)) ++n;
            return n;
        };
        CHECK(occurrences(",farm,") == 39);
        CHECK(occurrences(",park,") == 39);
        CHECK(occurrences(",zoo,") == 50);
        const OneHot places = one_hot(table, "place");
        CHECK(places.categories == std::vector<std::string>{"farm", "park", "zoo"});
        CHECK(places.count(0) == 39);
        CHECK(places.count(1) == 38);
        CHECK(places.count(2) == 48);
        // The last fifth held out: 125/5 = 25 animals, file lines 106–130 (no dropped row among them).
        const HoldOut split = hold_out_last(clean, clean.x.size() / 5);
        CHECK(split.train.x.size() == 100);
        CHECK(split.test.x.size() == 25);
        CHECK(split.test.lines.front() == 106);
        CHECK(split.test.lines.back() == 130);
    }

    TEST_CASE("the confusion matrix and its three ratios worked by hand") {
        // t = 1 1 1 0 0, a = 1 0 1 1 0: TP = 2 (k 1, 3), FN = 1 (k 2), FP = 1 (k 4), TN = 1 (k 5).
        const BinaryCounts counts = binary_counts({1, 1, 1, 0, 0}, {1, 0, 1, 1, 0});
        CHECK(counts.tp == 2);
        CHECK(counts.fn == 1);
        CHECK(counts.fp == 1);
        CHECK(counts.tn == 1);
        std::ostringstream out;
        print_binary_evaluation(out, counts, "ostrich", "human");
        // precision 2/(2 + 1) = 0.6667, recall 2/(2 + 1) = 0.6667, accuracy (2 + 1)/5 = 0.6000
        CHECK(contains(out.str(), "  precision = TP/(TP + FP) = 2/(2 + 1) = 0.6667"));
        CHECK(contains(out.str(), "  recall = TP/(TP + FN) = 2/(2 + 1) = 0.6667"));
        CHECK(contains(out.str(), "  accuracy = (TP + TN)/n = (2 + 1)/5 = 0.6000"));
        // Nothing called ostrich: precision 0/0 is undefined, and says so.
        std::ostringstream none;
        print_binary_evaluation(none, binary_counts({1, 0}, {0, 0}), "ostrich", "human");
        CHECK(contains(none.str(), "precision = TP/(TP + FP) = 0/(0 + 0): undefined (nothing was called ostrich)"));
    }

    TEST_CASE("the lesson's confusion matrix on the held-out animals, counted independently") {
        // The test split is lines 106–130 of the raw file. Each is classified here by the learned line in original
        // units, z = 0.3983·height + 0.0030827·weight − 1.1023 (the line of the test above, before rounding:
        // W1 = 0.158399/0.397730 = 0.398258, W2 = 0.070668/22.924271 = 0.0030827,
        // B = −0.398258·2.0887 − 0.0030827·87.74 = −0.831841 − 0.270476 = −1.102317).
        CsvCells table = read_csv_cells("data/ostriches_raw.csv");
        std::size_t tp = 0, fp = 0, fn = 0, tn = 0;
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            if (table.lines[r] < 106) continue;
            const double height = std::stod(table.rows[r][0]), weight = std::stod(table.rows[r][1]);
            const int t = std::stoi(table.rows[r][3]);
            const int a = 0.398258 * height + 0.0030827 * weight - 1.102317 >= 0 ? 1 : 0;
            if (t == 1) ++(a == 1 ? tp : fn);
            else ++(a == 1 ? fp : tn);
        }
        CHECK(tp + fp + fn + tn == 25);
        const ProgramResult run = run_program(lesson01);
        REQUIRE(run.exit_code == 0);
        CHECK(contains(run.out, "is ostrich  TP = " + std::to_string(tp)));
        CHECK(contains(run.out, "FN = " + std::to_string(fn) + "\n"));
        CHECK(contains(run.out, "is human    FP = " + std::to_string(fp)));
        CHECK(contains(run.out, "TN = " + std::to_string(tn) + "\n"));
        // The formulas' numbers add up: precision TP/(TP + FP), recall TP/(TP + FN), accuracy (TP + TN)/25.
        const std::vector<double> precision = numbers_in(line_with(run.out, "precision ="));
        REQUIRE(precision.size() == 4);  // TP/(TP + FP) written with its numbers, then the value
        CHECK(precision[0] == tp);
        CHECK(precision[1] == tp);
        CHECK(precision[2] == fp);
        CHECK(std::fabs(precision[3] - static_cast<double>(tp) / static_cast<double>(tp + fp)) <= four_decimals);
        const std::vector<double> recall = numbers_in(line_with(run.out, "recall ="));
        REQUIRE(recall.size() == 4);
        CHECK(recall[2] == fn);
        CHECK(std::fabs(recall[3] - static_cast<double>(tp) / static_cast<double>(tp + fn)) <= four_decimals);
        const std::vector<double> accuracy = numbers_in(line_with(run.out, "accuracy ="));
        REQUIRE(accuracy.size() == 4);
        CHECK(accuracy[0] == tp);
        CHECK(accuracy[1] == tn);
        CHECK(accuracy[2] == 25);
        CHECK(std::fabs(accuracy[3] - static_cast<double>(tp + tn) / 25.0) <= four_decimals);
        // The one mistake named: line 124, an ostrich 2.23 m, 67.2 kg: z = 0.398258·2.23 + 0.0030827·67.2 − 1.102317
        // = 0.888115 + 0.207157 − 1.102317 = −0.007045 < 0, called human.
        CHECK(fn == 1);
        CHECK(contains(run.out, "  wrong: line 124, 2.23 m, 67.2 kg, an ostrich called human, z[1][1] = -0.0070\n"));
    }

    TEST_CASE("--rate 1 makes the weights ten times larger and changes no decision; --ask adds an animal") {
        // From w = b = 0 every update is η·(±1)·x, so the weights are η times those of η = 1: ×10 against η = 0.1.
        const ProgramResult run = run_program(lesson01, {"--rate", "1", "--ask", "2.20,70"});
        REQUIRE(run.exit_code == 0);
        CHECK(numbers_in(line_with(run.out, "   7 |")) == std::vector<double>{7, 0.9084, 0.465, 1, 1.584, 0.7067, 0});
        CHECK(contains(run.out, "  epoch 1: 2 mistakes (k = 3, 7)\n  epoch 2: 0 mistakes\n"));
        CHECK(numbers_in(line_with(run.out, "that is  height =")) == std::vector<double>{-0.00774, 2.7678});
        // 2.20 m, 70 kg: a[0] = (0.1113/0.397730, −17.74/22.924271) = (0.2798, −0.7739);
        // w = (0.675584 + 0.908405, 0.241665 + 0.465009) = (1.583989, 0.706674) after step 7 (ten times those of η = 0.1);
        // z = 1.583989·0.279838 + 0.706674·(−0.773852) = 0.443260 − 0.546861 = −0.103601 → human.
        CHECK(contains(run.out, "  new 3: 2.20 m, 70.0 kg → a[0] = (0.2798, -0.7739), z[1][1] = -0.1036, a[1][1] = 0: human\n"));
        expect_program_error(lesson01, {"--ask", "2.2"}, "01_perceptron: --ask '2.2' is not one height and one weight "
                                                         "(expected HEIGHT,WEIGHT in metres and kilograms, such as 2.20,70)");
        expect_program_error(lesson01, {"--ask", "220,70"},
                             "01_perceptron: --ask '220,70' is no animal's height and weight (expected 0.5–3 m and 20–300 kg)");
        expect_program_error(lesson01, {"--ask", "2.2,x"},
                             "01_perceptron: 'x' is not a number (expected the weight of --ask in kilograms as a decimal number such as 0.5)");
        expect_program_error(lesson01, {"--rate", "0"}, "01_perceptron: --rate must be between 0.001 and 100 (got 0)");
    }

    TEST_CASE("cleaning that leaves nothing, and a file without dirt or a place column") {
        // Line 2: a height of 170 m (dropped as impossible), line 3: no weight (dropped as missing): nothing left.
        const std::string empty = scratch_file("all_dropped.csv", "height_m,weight_kg,ostrich\n170,70,0\n1.8,,0\n");
        expect_program_error(lesson01, {empty},
                             empty + ": no animals left to learn from (expected rows with a height, a weight and a label)");
        // data/ostriches.csv has no dirt and no place: four steps that drop nothing, no one-hot step, and
        // the last fifth, 100/5 = 20 animals (file lines 82–101), held out.
        const ProgramResult clean = run_program(lesson01, {"data/ostriches.csv", "--figures", NNWALK_BUILD "/tests/figures-clean"});
        REQUIRE(clean.exit_code == 0);
        CHECK(contains(clean.out, "  4. duplicated rows: 100 rows in − 0 dropped = 100 rows out\n\n"));
        CHECK(!contains(clean.out, "one-hot"));
        CHECK(contains(clean.out, "the last fifth of the 100 clean rows, 20 animals (file lines 82–101)"));
    }

    TEST_CASE("a point label covers no marker: the first free place of eight around its point") {
        Figure figure(0, 10, 0, 10);
        // A marker right above-right of the labelled point, where the label would go first: it moves on.
        figure.points({5, 5.4}, {5, 5.3}, palette::red);
        figure.points({5}, {5}, palette::black, "", Marker::cross);
        figure.point_label(5, 5, "new 2");
        REQUIRE(figure.point_label_areas().size() == 1);
        const Box label = figure.point_label_areas()[0];
        for (const Box& marker : figure.marker_areas()) {
            const bool apart = label.x >= marker.x + marker.width || marker.x >= label.x + label.width ||
                               label.y >= marker.y + marker.height || marker.y >= label.y + label.height;
            CHECK(apart);
        }
        CHECK(label.x > figure.page_x(5));  // the second place, right below: still to the right of the point
        CHECK(label.y > figure.page_y(5));
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
        CHECK(run.out.rfind("usage: 01_perceptron [data.csv] [--rate R] [--ask H,W] [--figures DIR] [--all]\n\n"
                            "Lesson 01 — one neuron draws a line.", 0) == 0);
        CHECK(contains(run.out, "\n  data.csv: CSV with height_m,weight_kg,ostrich (and perhaps place) "
                                "(default data/ostriches_raw.csv)\n"));
        CHECK(lines_wider_than(run.out, 100) == "");  // every line of the help fits in 100 characters
        CHECK(contains(run.out, "\n  --help: print this and stop\n"));
    }

    TEST_CASE("an unknown option: exactly one line on stderr, nothing on stdout, exit 2") {
        expect_program_error(lesson01, {"--colour", "red"}, "01_perceptron: unknown option '--colour' (expected --ask, --figures, --rate, --all, --help)");
    }

    TEST_CASE("a second file: one line naming it, with the usage") {
        const ProgramResult run = run_program(lesson01, {"a.csv", "b.csv"});
        CHECK(run.exit_code == 2);
        CHECK(run.out.empty());
        CHECK(run.err == "01_perceptron: unexpected argument 'b.csv' (usage: 01_perceptron [data.csv] [--rate R] [--ask H,W] [--figures DIR] [--all])\n");
    }
}
