#include "figure/gradient_descent_figure.h"

#include "core/number_format.h"
#include "figure/panels.h"
#include "figure/svg.h"

#include <algorithm>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// A panel with the samples of the curve between w = `from` and `to`, the lowest point of the curve (a
// dotted vertical line), and the walk as a staircase: each step goes across from w_k to w_(k+1), then down
// (or up) to E(w_(k+1)) on the curve. Its points come last (mark_walk), after any other line of the panel.
static Figure walk_panel(const std::vector<double>& curve_w, const std::vector<double>& curve_e, double from, double to,
                         const DrawnWalk& walk, const std::string& weight, const std::string& title) {
    std::vector<double> w_shown, e_shown;
    for (std::size_t k = 0; k < curve_w.size(); ++k) {
        if (curve_w[k] < from || curve_w[k] > to) continue;
        w_shown.push_back(curve_w[k]);
        e_shown.push_back(curve_e[k]);
    }
    const auto [low, high] = std::minmax_element(e_shown.begin(), e_shown.end());
    const double spread = *high - *low, bottom = *low - 0.08 * spread, top = *high + 0.3 * spread;
    Figure figure(from, to, bottom, top, 640, 560);
    figure.title(title);
    figure.x_label("the weight " + weight + " (all others held fixed)");
    figure.y_label("E = Σ ½(t − y)² over the XOR table");
    figure.legend_corner(Corner::top_right);
    figure.polyline(w_shown, e_shown, palette::grey, "E(w)");
    const double lowest = w_shown[static_cast<std::size_t>(low - e_shown.begin())];
    figure.line(lowest, bottom, lowest, top, palette::green, "lowest E, at w = " + fixed(lowest, 2), Stroke::dotted);
    std::vector<double> stairs_w, stairs_e;
    for (std::size_t k = 0; k < walk.steps.size(); ++k) {
        const DescentStep& s = walk.steps[k];
        if (k > 0) {
            stairs_w.push_back(s.w);
            stairs_e.push_back(walk.steps[k - 1].error);
        }
        stairs_w.push_back(s.w);
        stairs_e.push_back(s.error);
    }
    figure.polyline(stairs_w, stairs_e, palette::orange, "steps, η = " + plain(walk.rate));
    return figure;
}

// The walk's points (w_k, E(w_k)), the first `named` labelled w_0, w_1, … where they cross no line.
static void mark_walk(Figure& figure, const DrawnWalk& walk, std::size_t named) {
    std::vector<double> w, e;
    for (const DescentStep& s : walk.steps) {
        w.push_back(s.w);
        e.push_back(s.error);
    }
    figure.points(w, e, palette::orange);
    for (std::size_t k = 0; k < w.size() && k < named; ++k) figure.point_label(w[k], e[k], "w_" + std::to_string(k));
}

void draw_gradient_descent(const std::vector<double>& curve_w, const std::vector<double>& curve_e, const DrawnWalk& walk,
                           const DrawnWalk& overshoot, const std::string& weight, const std::string& path) {
    // Left, closer in, where the walk goes: from a little below the lowest point to a little beyond w_0.
    const DescentStep& s0 = walk.steps[0];
    const DescentStep& s1 = walk.steps[1];
    Figure left = walk_panel(curve_w, curve_e, -1.8, s0.w + 0.4, walk, weight, "η = " + plain(walk.rate) + ": the steps walk down");
    left.legend_corner(Corner::top_left);  // the curve climbs out of the top right corner
    // The tangent at w_0: E_0 + slope·(w − w_0), from w_1 to a little beyond w_0.
    const double tangent_from = s1.w - 0.3, tangent_to = s0.w + 0.4;
    left.line(tangent_from, s0.error + s0.slope * (tangent_from - s0.w), tangent_to,
              s0.error + s0.slope * (tangent_to - s0.w), palette::blue, "tangent at w_0, slope " + fixed(s0.slope, 4),
              Stroke::dashed);
    // The secant through (w_0, E_0) and (w_1, E_1), a little beyond both ends.
    const double secant = (s1.error - s0.error) / (s1.w - s0.w);
    const double secant_from = s1.w - 0.3, secant_to = s0.w + 0.4;
    left.line(secant_from, s0.error + secant * (secant_from - s0.w), secant_to, s0.error + secant * (secant_to - s0.w),
              palette::purple, "secant w_0 → w_1, slope " + fixed(secant, 4), Stroke::solid);
    mark_walk(left, walk, 3);
    // Right, the whole curve: the steps jump from one side of the lowest point to the other (w_2 ≈ w_0).
    Figure right = walk_panel(curve_w, curve_e, curve_w.front(), curve_w.back(), overshoot, weight,
                              "η = " + plain(overshoot.rate) + ": the steps overshoot");
    mark_walk(right, overshoot, 2);
    save_side_by_side({left, right}, path);
}
