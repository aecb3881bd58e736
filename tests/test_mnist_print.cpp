// Tests of lesson 06's console helpers (ASCII images, probability bars, confusion matrix) on tiny inputs
// whose output is worked out by hand in the comments.
#include <doctest/doctest.h>

#include <cstdint>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "figure/mnist_figures.h"
#include "print/ascii_image.h"
#include "print/confusion.h"
#include "print/mnist_text.h"
#include "print/summary_text.h"
#include "run_program.h"

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

TEST_SUITE("mnist_print") {

TEST_CASE("pixel shades: five bands of the bytes 0..255, shade = pixel·5/256 rounded down") {
    // The band k starts at the first pixel with pixel·5 ≥ 256·k: 256/5 = 51.2 → 52, 102.4 → 103,
    // 153.6 → 154, 204.8 → 205.
    CHECK(pixel_shade(0) == ' ');
    CHECK(pixel_shade(51) == ' ');   // 51·5 = 255 < 256
    CHECK(pixel_shade(52) == '.');   // 52·5 = 260 ≥ 256
    CHECK(pixel_shade(102) == '.');  // 510 < 512
    CHECK(pixel_shade(103) == '+');  // 515 ≥ 512
    CHECK(pixel_shade(153) == '+');  // 765 < 768
    CHECK(pixel_shade(154) == '#');  // 770 ≥ 768
    CHECK(pixel_shade(204) == '#');  // 1020 < 1024
    CHECK(pixel_shade(205) == '@');  // 1025 ≥ 1024
    CHECK(pixel_shade(255) == '@');
}

TEST_CASE("an image of 2 rows × 3 columns in its frame, each pixel drawn twice") {
    // Row 0: 0, 128, 255 → ' ', '+' (640/256 = 2), '@'; row 1: 60, 180, 0 → '.' (300/256 = 1), '#' (900/256 = 3), ' '.
    const std::uint8_t pixels[] = {0, 128, 255, 60, 180, 0};
    CHECK(ascii_image(pixels, 2, 3) ==
          "+------+\n"
          "|  ++@@|\n"
          "|..##  |\n"
          "+------+\n");
}

TEST_CASE("probability bars: round(p·width) characters") {
    // 0.25·20 = 5, 0.7·20 = 14, 0.05·20 = 1 (as floats: 14.0000002 and 1.0000000149, which round the same).
    const float p[] = {0.25f, 0.7f, 0.05f};
    CHECK(probability_bars(p, 3, 20) ==
          "0  0.2500  #####\n"
          "1  0.7000  ##############\n"
          "2  0.0500  #\n");
    // Values outside [0, 1] (they should not happen) draw no bar or a full one, never a crash.
    const float odd[] = {-0.5f, 1.5f};
    CHECK(probability_bars(odd, 2, 4) == "0  -0.5000\n1  1.5000  ####\n");  // no bar, no trailing spaces
}

TEST_CASE("side by side: the left block padded to its widest line, then the gap") {
    // The widest left line "ab" has 2 characters; with a gap of 2 the right text starts at column 4.
    CHECK(side_by_side("ab\nc\n", "1\n2\n3\n", 2) ==
          "ab  1\n"
          "c   2\n"
          "    3\n");
    CHECK(side_by_side("ab\nc\nd\n", "1\n", 1) == "ab 1\nc\nd\n");
}

// 9 examples of 3 classes: true 0 0 0 1 1 2 2 2 2, predicted 0 0 1 1 2 2 1 1 0, so the rows of counts are
// true 0: [2 1 0] (3 examples), true 1: [0 1 1] (2), true 2: [1 2 1] (4).
static ConfusionMatrix small_example() {
    return confusion_matrix({0, 0, 0, 1, 1, 2, 2, 2, 2}, {0, 0, 1, 1, 2, 2, 1, 1, 0}, 3);
}

TEST_CASE("confusion matrix counts and accuracies") {
    const ConfusionMatrix m = small_example();
    CHECK(m.counts == std::vector<std::size_t>{2, 1, 0, 0, 1, 1, 1, 2, 1});
    CHECK(m.count(2, 1) == 2);
    CHECK(m.examples_of(0) == 3);
    CHECK(m.examples_of(2) == 4);
    CHECK(m.correct() == 4);  // diagonal 2 + 1 + 1
    CHECK(m.total() == 9);
    CHECK(m.accuracy() == doctest::Approx(4.0 / 9.0).epsilon(1e-15));  // the same division, exact to rounding
    CHECK(m.accuracy_of(0) == doctest::Approx(2.0 / 3.0).epsilon(1e-15));
    CHECK(m.accuracy_of(1) == 0.5);   // 1 of 2, exact in binary
    CHECK(m.accuracy_of(2) == 0.25);  // 1 of 4
}

TEST_CASE("confusion matrix: a class with no examples has accuracy 0, not a division by zero") {
    const ConfusionMatrix m = confusion_matrix({0, 0}, {0, 1}, 3);
    CHECK(m.examples_of(2) == 0);
    CHECK(m.accuracy_of(2) == 0.0);
}

TEST_CASE("confusion matrix refuses mismatched or out-of-range input") {
    CHECK_THROWS_AS(confusion_matrix({0, 1}, {0}, 3), std::invalid_argument);
    CHECK_THROWS_AS(confusion_matrix({3}, {0}, 3), std::invalid_argument);
    CHECK_THROWS_AS(confusion_matrix({0}, {-1}, 3), std::invalid_argument);
    CHECK_THROWS_AS(confusion_matrix({0}, {3}, 3), std::invalid_argument);
}

TEST_CASE("most confused: the largest cells off the diagonal, ties in (true, predicted) order") {
    // Off the diagonal: (0,1) = 1, (1,2) = 1, (2,0) = 1, (2,1) = 2.
    const std::vector<Confusion> top = most_confused(small_example(), 3);
    REQUIRE(top.size() == 3);
    CHECK((top[0].truth == 2 && top[0].predicted == 1 && top[0].count == 2));
    CHECK((top[1].truth == 0 && top[1].predicted == 1 && top[1].count == 1));
    CHECK((top[2].truth == 1 && top[2].predicted == 2 && top[2].count == 1));
    // Only 4 cells are non-zero, so asking for 10 gives 4; a perfect classifier gives none.
    CHECK(most_confused(small_example(), 10).size() == 4);
    CHECK(most_confused(confusion_matrix({0, 1}, {0, 1}, 2), 5).empty());
}

TEST_CASE("the confusion table") {
    // Accuracies: 2/3 = 66.67%, 1/2 = 50.00%, 1/4 = 25.00%, all 4/9 = 44.44%.
    CHECK(confusion_table(small_example()) ==
          "        predicted\n"
          "  true     0     1     2  examples  accuracy\n"
          "     0     2     1     .         3    66.67%\n"
          "     1     .     1     1         2    50.00%\n"
          "     2     1     2     1         4    25.00%\n"
          "   all                           9    44.44%\n");
}

TEST_CASE("the most confused pairs in words") {
    // 2 of the 4 examples of class 2 = 50.00%; 1 of the 3 examples of class 0 = 33.33%.
    CHECK(most_confused_text(small_example(), 2) ==
          "2 taken for 1: 2 times (50.00% of the 4 examples of 2)\n"
          "0 taken for 1: 1 time (33.33% of the 3 examples of 0)\n");
}

TEST_CASE("a prediction panel: the image, the verdict and the bars side by side") {
    // A 2×2 image (6 characters wide with its frame); p = (0.1, 0.7, 0.2), so class 1 is predicted with 0.7000;
    // bars 0.1·20 = 2, 0.7·20 = 14, 0.2·20 = 4 characters. The right block starts 6 + 3 = 9 characters in.
    const std::uint8_t pixels[] = {0, 255, 255, 0};
    const float p[] = {0.1f, 0.7f, 0.2f};
    CHECK(prediction_panel(pixels, 2, 2, p, 3, 1) ==
          "+----+\n"
          "|  @@|   true 1, predicted 1 (p = 0.7000): right\n"
          "|@@  |\n"
          "+----+   d  p(d)\n"
          "         0  0.1000  ##\n"
          "         1  0.7000  ##############\n"
          "         2  0.2000  ####\n");
    // A tie goes to the first class, as predict_classes does; a wrong prediction says so.
    const float tie[] = {0.5f, 0.5f};
    CHECK(contains(prediction_panel(pixels, 2, 2, tie, 2, 1), "true 1, predicted 0 (p = 0.5000): WRONG"));
}

TEST_CASE("the one summary: Keras's table with commas, or the worked table; a layer without biases counts none") {
    // 784·300 + 300 = 235,500 and 300·10 + 10 = 3,010: 238,510 in all.
    std::ostringstream keras;
    print_summary(keras, {{784, 300, "relu"}, {300, 10, "softmax"}}, SummaryStyle::keras);
    CHECK(keras.str() ==
          "Model: \"sequential\"\n" + std::string(65, '_') + "\n"
          " Layer (type)                Output Shape              Param #\n" + std::string(65, '=') + "\n"
          " dense (Dense)               (None, 300)               235500\n\n"
          " dense_1 (Dense)             (None, 10)                3010\n" + std::string(65, '=') + "\n"
          "Total params: 238,510\nTrainable params: 238,510\nNon-trainable params: 0\n" + std::string(65, '_') + "\n");
    // 2·3 = 6 weights and no biases, then 3·1 + 1 = 4: 10 in all.
    std::ostringstream worked;
    print_summary(worked, {{2, 3, "sigmoid", false}, {3, 1, "sigmoid"}}, SummaryStyle::worked);
    CHECK(contains(worked.str(), "dense (Dense, sigmoid)     (None, 3)      2·3 = 6\n"));
    CHECK(contains(worked.str(), "dense_1 (Dense, sigmoid)     (None, 1)  3·1 + 1 = 4\n"));
    CHECK(contains(worked.str(), "  Total params: 10\n"));
}

// How many times `part` occurs in `text`.
static std::size_t occurrences(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
    return count;
}

// The page y of the first corner of each polygon filled with `colour`, in the order they were drawn.
static std::vector<double> polygon_tops(const std::string& svg, const std::string& colour) {
    std::vector<double> tops;
    for (std::size_t at = svg.find("<polygon"); at != std::string::npos; at = svg.find("<polygon", at + 1)) {
        const std::size_t end = svg.find("/>", at);
        if (svg.substr(at, end - at).find("fill=\"" + colour + "\"") == std::string::npos) continue;
        const std::size_t comma = svg.find(',', svg.find("points=\"", at));
        tops.push_back(std::stod(svg.substr(comma + 1)));
    }
    return tops;
}

TEST_CASE("the confusion figure labels each non-zero cell with its count and each row with its digit") {
    const std::string svg = confusion_figure(small_example()).svg();
    CHECK(contains(svg, "Confusion matrix: 4 of 9 correct (44.44%)"));
    // The rows of counts are [2 1 0], [0 1 1], [1 2 1]: 2 + 2 + 3 = 7 non-zero cells, each with a label, and the
    // 3 digits beside the rows (the SVG writer draws labels, and only labels, with a white halo: paint-order).
    CHECK(occurrences(svg, "paint-order") == 7 + 3);
}

TEST_CASE("the confusion figure has digit 0 at the top, as the printed table, and its reds scaled to the largest error") {
    const std::string svg = confusion_figure(small_example()).svg();
    // The diagonal cells of true digits 0, 1, 2 go down the page: their tops grow.
    const std::vector<double> diagonal = polygon_tops(svg, palette::light_blue);
    REQUIRE(diagonal.size() == 3);
    CHECK(diagonal[0] < diagonal[1]);
    CHECK(diagonal[1] < diagonal[2]);
    // Errors off the diagonal: (0→1) 1, (1→2) 1, (2→0) 1, (2→1) 2. The largest, 2, is full red; the others 1/2.
    CHECK(occurrences(svg, "fill=\"" + palette::red + "\" fill-opacity=\"1.00\"") == 1);
    CHECK(occurrences(svg, "fill=\"" + palette::red + "\" fill-opacity=\"0.50\"") == 3);
    CHECK(contains(svg, "full red = 2)"));
}

TEST_CASE("the learning curves figure: loss and accuracy in their own panels, accuracy from 0 to 1") {
    const std::vector<Figure> panels = learning_curves_figure({0.6, 0.3}, {0.85, 0.92}, {0.35, 0.28}, {0.9, 0.93});
    REQUIRE(panels.size() == 2);
    const std::string losses = panels[0].svg(), accuracies = panels[1].svg();
    for (const char* name : {"loss (training)", "val_loss (validation)"}) CHECK(contains(losses, name));
    for (const char* name : {"accuracy (training)", "val_accuracy (validation)"}) CHECK(contains(accuracies, name));
    CHECK_FALSE(contains(losses, "accuracy (training)"));
    // The accuracy axis runs from 0 at the bottom of the plot to 1 at its top (page ys count downwards).
    CHECK(panels[1].page_y(1) < panels[1].page_y(0));
    CHECK(contains(accuracies, ">1.0</text>"));
    CHECK_FALSE(contains(accuracies, ">1.2</text>"));
    // The loss axis: 1.5 times the largest loss, 0.6 → 0.9, with room for the legend above the curves.
    CHECK(panels[0].page_y(0.9) == doctest::Approx(panels[1].page_y(1)));
}

TEST_CASE("the sweep figure: one panel per knob, each value's accuracy labelled, the same range in each") {
    const auto result = [](const std::string& knob, const std::string& value, std::vector<std::size_t> hidden,
                           const std::string& activation, double rate, double accuracy) {
        SweepResult r{{knob, value, std::move(hidden), activation, rate}};
        r.val_accuracy = accuracy;
        return r;
    };
    std::vector<SweepResult> results = {result("activation", "relu", {300, 100}, "relu", 0.01, 0.9104),
                                        result("activation", "sigmoid", {300, 100}, "sigmoid", 0.01, 0.5756),
                                        result("learning rate", "0.01", {300, 100}, "relu", 0.01, 0.9104),
                                        result("learning rate", "1", {300, 100}, "relu", 1, 0)};
    results[3].stopped = true;
    const std::vector<Figure> panels = sweep_figure(results, 0.01);
    REQUIRE(panels.size() == 2);
    const std::string first = panels[0].svg(), second = panels[1].svg();
    CHECK(contains(first, ">91.04%</text>"));
    CHECK(contains(first, ">57.56%</text>"));
    CHECK(contains(first, ">sigmoid</text>"));
    CHECK(contains(second, ">stopped</text>"));
    // The lowest accuracy 0.5756 → from 0.4 (a tenth below 0.5) to 1, in both panels.
    CHECK(panels[0].page_y(0.4) == doctest::Approx(panels[1].page_y(0.4)));
    CHECK(contains(first, ">0.4</text>"));
    CHECK(contains(second, ">0.4</text>"));
    // The tutorial's model (300,100 relu at η = 0.01) in blue, the other values in orange.
    CHECK(contains(first, palette::blue));
    CHECK(contains(first, palette::orange));
}

}  // TEST_SUITE("mnist_print")
