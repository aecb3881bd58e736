// Tests of the SVG writer: well-formed documents, tick values a person would choose, and the mapping
// from data coordinates to the page worked by hand.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "figure/panels.h"
#include "figure/svg.h"
#include "output_text.h"
#include "run_program.h"

static int count(const std::string& text, const std::string& part) {
    int n = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
}

TEST_SUITE("svg") {
    TEST_CASE("ticks are 1, 2 or 5 times a power of ten, inside the range") {
        // 0 .. 2.8 in about 6 steps: 2.8/6 = 0.467, the next of 0.1, 0.2, 0.5 is 0.5 → 0, 0.5, …, 2.5.
        CHECK(nice_ticks(0, 2.8) == std::vector<double>{0, 0.5, 1, 1.5, 2, 2.5});
        // 45 .. 145 kg: 100/6 = 16.7 → step 20; the first multiple of 20 ≥ 45 is 60.
        CHECK(nice_ticks(45, 145) == std::vector<double>{60, 80, 100, 120, 140});
        // −1 .. 1 in about 4 steps: 2/4 = 0.5 exactly → step 0.5, and 0 is exactly 0 (k·step with k = 0).
        CHECK(nice_ticks(-1, 1, 4) == std::vector<double>{-1, -0.5, 0, 0.5, 1});
        // 0 .. 1000 epochs: 1000/6 = 167 → step 200.
        CHECK(nice_ticks(0, 1000) == std::vector<double>{0, 200, 400, 600, 800, 1000});
        CHECK(nice_ticks(1, 1).empty());
        // The confusion matrix's digits, −0.5 .. 9.5 with 10 ticks asked: 10/10 = 1 → every digit 0..9.
        CHECK(nice_ticks(-0.5, 9.5, 10) == std::vector<double>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    }

    TEST_CASE("tick labels have as many decimals as the step needs") {
        CHECK(tick_decimals(0.5) == 1);
        CHECK(tick_decimals(20) == 0);
        CHECK(tick_decimals(1) == 0);
        CHECK(tick_decimals(0.1) == 1);
        CHECK(tick_decimals(0.02) == 2);
    }

    TEST_CASE("data coordinates map linearly onto the plot area") {
        // Page 800 × 600 with margins left 95, right 30, top 60, bottom 75:
        // the plot area spans x 95 .. 770 (675 px) and y 60 .. 525 (465 px).
        const Figure figure(0, 10, 0, 5, 800, 600);
        CHECK(figure.page_x(0) == 95);
        CHECK(figure.page_x(10) == 770);
        CHECK(figure.page_x(5) == 432.5);  // 95 + 0.5·675
        CHECK(figure.page_y(5) == 60);     // y_high at the top
        CHECK(figure.page_y(0) == 525);
        CHECK(figure.page_y(1) == 432);    // 60 + (5 − 1)/5 · 465 = 60 + 372
    }

    TEST_CASE("a decision boundary is drawn between the two edges it crosses") {
        // x + y − 1 = 0 on [0, 2] × [0, 2] crosses the left edge at (0, 1) and the bottom at (1, 0).
        // Page: x 0 → 95, x 1 → 95 + 675/2 = 432.5; y 1 → 60 + 465/2 = 292.5, y 0 → 525.
        Figure figure(0, 2, 0, 2, 800, 600);
        figure.line_where_zero(1, 1, -1, palette::black);
        CHECK(contains(figure.svg(), "points=\"95.00,292.50 432.50,525.00\""));
    }

    TEST_CASE("a line that misses the plot draws nothing") {
        Figure figure(0, 1, 0, 1, 800, 600);
        figure.line_where_zero(1, 1, 5, palette::black);  // x + y = −5 never meets [0, 1]²
        figure.line_where_zero(0, 0, 1, palette::black);  // no line at all
        CHECK(count(figure.svg(), "<polyline") == 0);
    }

    TEST_CASE("a full figure is well formed and has everything that was asked for") {
        Figure figure(1.4, 3.0, 40, 150);
        figure.title("Humans & ostriches <test>");
        figure.x_label("height (m)");
        figure.y_label("weight (kg)");
        figure.points({1.6, 1.8}, {60, 80}, palette::blue, "human", Marker::circle);
        figure.points({2.4, 2.6}, {110, 130}, palette::red, "ostrich", Marker::triangle);
        figure.points({2.0}, {100}, palette::green, "", Marker::square);
        figure.points({2.2}, {70}, palette::black, "", Marker::cross);
        figure.line_where_zero(1, 0.01, -3, palette::black, "learned line", Stroke::dashed);
        figure.polyline({1.5, 2, 2.5}, {50, 90, 60}, palette::orange, "curve", Stroke::dotted);
        figure.polygon({1.5, 2, 2}, {50, 50, 90}, palette::light_red, 0.4, "region");
        figure.shade(10, 10, [](double x, double) { return x < 2 ? palette::light_blue : std::string(); }, 0.3);
        figure.label(1.6, 60, "Anna");
        figure.legend_entry("extra", palette::purple, Marker::square);
        figure.legend_corner(Corner::bottom_right);
        const std::string svg = figure.svg();
        INFO(svg);
        CHECK(xml_problem(svg) == "");
        CHECK(contains(svg, "Humans &amp; ostriches &lt;test&gt;"));
        CHECK(contains(svg, ">height (m)</text>"));
        CHECK(contains(svg, ">weight (kg)</text>"));
        // y ticks over 40 .. 150: 110/6 = 18.3 → step 20 → 40, 60, …, 140 (six labels).
        CHECK(contains(svg, ">40</text>"));
        CHECK(contains(svg, ">140</text>"));
        // x ticks over 1.4 .. 3.0: 1.6/6 = 0.27 → step 0.5 → 1.5, 2.0, 2.5, 3.0, one decimal each.
        CHECK(contains(svg, ">1.5</text>"));
        CHECK(contains(svg, ">2.0</text>"));
        CHECK(contains(svg, ">3.0</text>"));
        for (const char* legend : {">human<", ">ostrich<", ">learned line<", ">curve<", ">region<", ">extra<"})
            CHECK(contains(svg, legend));
        CHECK(count(svg, "<circle") == 2 + 1);   // two humans and the legend sample
        CHECK(count(svg, "<polygon") == 2 + 1 + 1);  // two triangles, their legend sample, the region
    }

    TEST_CASE("a segment crosses a box when some part of it lies inside, worked on a 10 × 10 box") {
        const Box box{10, 10, 10, 10};  // x 10..20, y 10..20 (page pixels)
        CHECK(crosses({0, 15, 30, 15}, box));   // straight through, left to right
        CHECK(crosses({0, 0, 30, 30}, box));    // through the corners' diagonal
        CHECK(crosses({15, 15, 40, 40}, box));  // starts inside
        CHECK(crosses({12, 12, 14, 14}, box));  // wholly inside
        CHECK(!crosses({0, 5, 30, 5}, box));    // parallel, above it
        CHECK(!crosses({0, 0, 8, 30}, box));    // left of it: x ≤ 8 all along
        // Towards the corner (20, 10) but stopping short: x = 0..9 on y = 29 − x, which at x = 9 is 20; the box
        // starts at x = 10.
        CHECK(!crosses({0, 29, 9, 20}, box));
        // Passing beside the corner: y = x − 12 is 8 at x = 20, above the box's top (10) for every x ≤ 20.
        CHECK(!crosses({12, 0, 22, 10}, box));
        // Boxes overlap when they share area, or come closer than the padding.
        CHECK(overlap(box, {19, 19, 5, 5}));
        CHECK(!overlap(box, {21, 10, 5, 5}));
        CHECK(overlap(box, {21, 10, 5, 5}, 2));
    }

    TEST_CASE("a point label crosses no line drawn before it: the first free place of eight") {
        Figure figure(0, 10, 0, 10);
        // A line up and to the right from the point, through the first place (right above): the label moves on.
        figure.line(5, 5, 10, 10, palette::blue);
        figure.points({5}, {5}, palette::black);
        figure.point_label(5, 5, "w_1");
        REQUIRE(figure.point_label_areas().size() == 1);
        const Box label = figure.point_label_areas()[0];
        CHECK(!crosses({figure.page_x(5), figure.page_y(5), figure.page_x(10), figure.page_y(10)}, label));
        CHECK(label.x > figure.page_x(5));  // the second place, right below
        CHECK(label.y > figure.page_y(5));
    }

    TEST_CASE("negative tick labels use a true minus sign and zero is never −0") {
        Figure figure(-1, 1, -1, 1);
        const std::string svg = figure.svg();
        CHECK(contains(svg, ">\u22121.0</text>"));
        CHECK(contains(svg, ">0.0</text>"));
        CHECK_FALSE(contains(svg, "-0.0<"));
        CHECK(xml_problem(svg) == "");
    }

    TEST_CASE("shading merges neighbouring cells of one colour into one rectangle") {
        // 4 columns × 2 rows; left half blue, right half blank → one rectangle per row.
        Figure figure(0, 4, 0, 2);
        figure.shade(4, 2, [](double x, double) { return x < 2 ? palette::light_blue : std::string(); }, 0.5);
        CHECK(count(figure.svg(), "fill=\"" + palette::light_blue + "\"") == 2);
    }

    TEST_CASE("side_by_side puts whole figures in a row, each with its own clip area") {
        Figure left(0, 1, 0, 1, 300, 200), right(0, 1, 0, 1, 400, 250);
        left.title("left panel");
        right.title("right panel");
        left.polyline({0, 1}, {0, 1}, palette::blue);
        right.polyline({0, 1}, {1, 0}, palette::red);
        const std::string svg = side_by_side({left, right});
        // One document: one XML declaration, 300 + 400 = 700 wide, max(200, 250) = 250 high.
        CHECK(svg.find("<?xml") == 0);
        CHECK(svg.find("<?xml", 1) == std::string::npos);
        CHECK(contains(svg, "width=\"700\" height=\"250\""));
        CHECK(contains(svg, "<svg x=\"0\" y=\"0\""));
        CHECK(contains(svg, "<svg x=\"300\" y=\"0\""));
        CHECK(contains(svg, "left panel"));
        CHECK(contains(svg, "right panel"));
        CHECK(contains(svg, "id=\"plot-area-1\""));
        CHECK(contains(svg, "id=\"plot-area-2\""));
        CHECK_FALSE(contains(svg, "id=\"plot-area\""));
        CHECK(contains(svg, "url(#plot-area-2)"));
        CHECK(xml_problem(svg) == "");
    }

    TEST_CASE("save writes the document, creating the folder") {
        const std::string path = NNWALK_BUILD "/tests/svg_test/figure.svg";
        Figure figure(0, 1, 0, 1);
        figure.save(path);
        std::ifstream file(path);
        std::stringstream text;
        text << file.rdbuf();
        CHECK(text.str() == figure.svg());
    }
}
