#include "figure/svg.h"

#include "core/input_error.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>

// Page layout, in pixels: room for the title, tick labels and axis labels around the plot area.
static const double margin_left = 95;
static const double margin_right = 30;
static const double margin_top = 60;
static const double margin_bottom = 75;
// Font sizes a projector can show to the back row.
static const int title_size = 22;
static const int axis_label_size = 18;
static const int tick_label_size = 16;
static const int legend_size = 16;
static const double marker_size = 7;  // half the width of a marker

std::string px(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

std::string escaped(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else if (c == '"') out += "&quot;";
        else out += c;
    }
    return out;
}

// The number of characters (not bytes) of UTF-8 text, to estimate its printed width.
static int characters(const std::string& text) {
    int count = 0;
    for (unsigned char c : text) count += (c & 0xC0) != 0x80;
    return count;
}

static std::string dash_attribute(Stroke stroke) {
    if (stroke == Stroke::dashed) return " stroke-dasharray=\"10 6\"";
    if (stroke == Stroke::dotted) return " stroke-dasharray=\"2 5\" stroke-linecap=\"round\"";
    return "";
}

std::vector<double> nice_ticks(double low, double high, int count) {
    std::vector<double> ticks;
    if (!(high > low) || count < 1) return ticks;
    // The step is 1, 2 or 5 times a power of ten: the smallest such step giving at most `count` gaps.
    const double raw = (high - low) / count;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * power;
    for (double factor : {1.0, 2.0, 5.0}) {
        if (factor * power >= raw * (1 - 1e-9)) {
            step = factor * power;
            break;
        }
    }
    // Ticks are whole multiples k·step, so 0 is exactly 0 and no error accumulates.
    const double tolerance = step * 1e-9;
    const long first = static_cast<long>(std::ceil((low - tolerance) / step));
    const long last = static_cast<long>(std::floor((high + tolerance) / step));
    for (long k = first; k <= last; ++k) ticks.push_back(static_cast<double>(k) * step);
    return ticks;
}

int tick_decimals(double step) {
    const int decimals = -static_cast<int>(std::floor(std::log10(step) + 1e-9));
    return std::max(0, decimals);
}

// A tick label: `decimals` digits after the point, a true minus sign, never "−0".
static std::string tick_text(double value, int decimals) {
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    std::string out = text;
    if (out.find_first_not_of("-0.") == std::string::npos) return out[0] == '-' ? out.substr(1) : out;
    if (out[0] == '-') out = "\u2212" + out.substr(1);
    return out;
}

Figure::Figure(double x_low, double x_high, double y_low, double y_high, int width, int height)
    : x_low(x_low), x_high(x_high), y_low(y_low), y_high(y_high), width(width), height(height),
      left(margin_left), right(width - margin_right), top(margin_top), bottom(height - margin_bottom) {
    if (!(x_high > x_low) || !(y_high > y_low)) throw std::invalid_argument("Figure: empty data range");
}

void Figure::title(const std::string& text) { title_text = text; }
void Figure::x_label(const std::string& text) { x_label_text = text; }
void Figure::y_label(const std::string& text) { y_label_text = text; }
void Figure::legend_corner(Corner where) { corner = where; }

void Figure::tick_counts(int x, int y) {
    x_tick_count = x;
    y_tick_count = y;
}

double Figure::page_x(double x) const { return left + (x - x_low) / (x_high - x_low) * (right - left); }

double Figure::page_y(double y) const { return top + (y_high - y) / (y_high - y_low) * (bottom - top); }

std::string Figure::marker(double cx, double cy, const std::string& colour, Marker shape, double size) const {
    const std::string paint = " fill=\"" + colour + "\" stroke=\"white\" stroke-width=\"1\"/>\n";
    if (shape == Marker::square)
        return "<rect x=\"" + px(cx - size) + "\" y=\"" + px(cy - size) + "\" width=\"" + px(2 * size) +
               "\" height=\"" + px(2 * size) + "\"" + paint;
    if (shape == Marker::triangle) {
        const double r = size * 1.25;
        return "<polygon points=\"" + px(cx) + "," + px(cy - r) + " " + px(cx + r * 0.866) + "," +
               px(cy + r * 0.5) + " " + px(cx - r * 0.866) + "," + px(cy + r * 0.5) + "\"" + paint;
    }
    if (shape == Marker::cross)
        return "<path d=\"M" + px(cx - size) + "," + px(cy - size) + " L" + px(cx + size) + "," + px(cy + size) +
               " M" + px(cx - size) + "," + px(cy + size) + " L" + px(cx + size) + "," + px(cy - size) +
               "\" stroke=\"" + colour + "\" stroke-width=\"3\" fill=\"none\"/>\n";
    return "<circle cx=\"" + px(cx) + "\" cy=\"" + px(cy) + "\" r=\"" + px(size) + "\"" + paint;
}

void Figure::points(const std::vector<double>& x, const std::vector<double>& y, const std::string& colour,
                    const std::string& legend, Marker shape) {
    if (x.size() != y.size()) throw std::invalid_argument("Figure::points: x and y differ in length");
    for (std::size_t k = 0; k < x.size(); ++k) {
        drawing += marker(page_x(x[k]), page_y(y[k]), colour, shape, marker_size);
        const double r = marker_size * 1.25;  // the triangle's reach, the largest of the markers
        markers_drawn.push_back({page_x(x[k]) - r, page_y(y[k]) - r, 2 * r, 2 * r});
    }
    if (!legend.empty()) legend_items.push_back({legend, colour, false, Stroke::solid, shape, 1, false});
}

void Figure::line(double x1, double y1, double x2, double y2, const std::string& colour,
                  const std::string& legend, Stroke stroke) {
    polyline({x1, x2}, {y1, y2}, colour, legend, stroke);
}

void Figure::line_where_zero(double wx, double wy, double b, const std::string& colour,
                             const std::string& legend, Stroke stroke) {
    // Where the line wx·x + wy·y + b = 0 crosses the four edges of the plot area.
    std::vector<double> xs, ys;
    const double slack_x = (x_high - x_low) * 1e-12, slack_y = (y_high - y_low) * 1e-12;
    if (wy != 0) {
        for (double x : {x_low, x_high}) {
            const double y = -(wx * x + b) / wy;
            if (y >= y_low - slack_y && y <= y_high + slack_y) xs.push_back(x), ys.push_back(y);
        }
    }
    if (wx != 0) {
        for (double y : {y_low, y_high}) {
            const double x = -(wy * y + b) / wx;
            if (x >= x_low - slack_x && x <= x_high + slack_x) xs.push_back(x), ys.push_back(y);
        }
    }
    // Of the crossings (a corner may appear twice), draw between the two farthest apart.
    double longest = 0;
    std::size_t from = 0, to = 0;
    for (std::size_t i = 0; i < xs.size(); ++i)
        for (std::size_t j = i + 1; j < xs.size(); ++j) {
            const double length = std::hypot(page_x(xs[i]) - page_x(xs[j]), page_y(ys[i]) - page_y(ys[j]));
            if (length > longest) longest = length, from = i, to = j;
        }
    if (longest > 0.5) line(xs[from], ys[from], xs[to], ys[to], colour, legend, stroke);
}

void Figure::polyline(const std::vector<double>& x, const std::vector<double>& y, const std::string& colour,
                      const std::string& legend, Stroke stroke) {
    if (x.size() != y.size()) throw std::invalid_argument("Figure::polyline: x and y differ in length");
    std::string corners;
    for (std::size_t k = 0; k < x.size(); ++k) {
        corners += (k ? " " : "") + px(page_x(x[k])) + "," + px(page_y(y[k]));
        if (k > 0) segments_drawn.push_back({page_x(x[k - 1]), page_y(y[k - 1]), page_x(x[k]), page_y(y[k])});
    }
    drawing += "<polyline clip-path=\"url(#plot-area)\" points=\"" + corners + "\" fill=\"none\" stroke=\"" + colour +
               "\" stroke-width=\"3\" stroke-linejoin=\"round\"" + dash_attribute(stroke) + "/>\n";
    if (!legend.empty()) legend_items.push_back({legend, colour, true, stroke, Marker::circle, 1, false});
}

void Figure::polygon(const std::vector<double>& x, const std::vector<double>& y, const std::string& fill,
                     double opacity, const std::string& legend) {
    if (x.size() != y.size()) throw std::invalid_argument("Figure::polygon: x and y differ in length");
    std::string corners;  // a region under everything, no line: labels may lie on it
    for (std::size_t k = 0; k < x.size(); ++k) corners += (k ? " " : "") + px(page_x(x[k])) + "," + px(page_y(y[k]));
    regions += "<polygon clip-path=\"url(#plot-area)\" points=\"" + corners + "\" fill=\"" + fill +
               "\" fill-opacity=\"" + px(opacity) + "\" stroke=\"none\"/>\n";
    if (!legend.empty()) legend_items.push_back({legend, fill, false, Stroke::solid, Marker::square, opacity, true});
}

void Figure::shade(int columns, int rows, const std::function<std::string(double x, double y)>& fill_at,
                   double opacity) {
    const double cell_x = (x_high - x_low) / columns, cell_y = (y_high - y_low) / rows;
    regions += "<g fill-opacity=\"" + px(opacity) + "\" shape-rendering=\"crispEdges\">\n";
    for (int row = 0; row < rows; ++row) {
        const double y = y_low + (row + 0.5) * cell_y;
        // Neighbouring cells of one colour in a row become one rectangle (smaller files).
        int start = 0;
        std::string run_fill = fill_at(x_low + 0.5 * cell_x, y);
        for (int column = 1; column <= columns; ++column) {
            const std::string fill = column < columns ? fill_at(x_low + (column + 0.5) * cell_x, y) : "";
            if (column < columns && fill == run_fill) continue;
            if (!run_fill.empty()) {
                const double x0 = page_x(x_low + start * cell_x), x1 = page_x(x_low + column * cell_x);
                const double y0 = page_y(y_low + (row + 1) * cell_y), y1 = page_y(y_low + row * cell_y);
                regions += "<rect x=\"" + px(x0) + "\" y=\"" + px(y0) + "\" width=\"" + px(x1 - x0) + "\" height=\"" +
                           px(y1 - y0) + "\" fill=\"" + run_fill + "\"/>\n";
            }
            start = column;
            run_fill = fill;
        }
    }
    regions += "</g>\n";
}

void Figure::label(double x, double y, const std::string& text, const std::string& colour) {
    drawing += "<text x=\"" + px(page_x(x) + 9) + "\" y=\"" + px(page_y(y) - 9) + "\" font-size=\"" +
               std::to_string(legend_size) + "\" fill=\"" + colour +
               "\" stroke=\"white\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\">" + escaped(text) +
               "</text>\n";
}

void Figure::point_label(double x, double y, const std::string& text, const std::string& colour) {
    const double cx = page_x(x), cy = page_y(y), gap = marker_size + 3;
    const double w = 0.6 * legend_size * characters(text), h = legend_size;  // about the text's size on the page
    // The eight places, as the top-left corner of the text's box.
    const double places[8][2] = {{cx + gap, cy - gap - h}, {cx + gap, cy + gap},         {cx - gap - w, cy - gap - h},
                                 {cx - gap - w, cy + gap}, {cx - w / 2, cy - gap - h},   {cx - w / 2, cy + gap},
                                 {cx + gap, cy - h / 2},   {cx - gap - w, cy - h / 2}};
    Box best;
    std::size_t fewest = SIZE_MAX;
    for (const auto& place : places) {
        const Box area{place[0], place[1], w, h};
        std::size_t covered = 0;
        for (const Box& other : markers_drawn) covered += overlap(area, other);
        for (const Segment& line : segments_drawn) covered += crosses(line, area);
        for (const Box& other : label_areas) covered += overlap(area, other) ? 100 : 0;  // never two texts on one another
        const bool inside = area.x >= left && area.x + w <= right && area.y >= top && area.y + h <= bottom;
        if (!inside) covered += 1000;
        if (covered < fewest) fewest = covered, best = area;
        if (covered == 0) break;
    }
    label_areas.push_back(best);
    drawing += "<text x=\"" + px(best.x) + "\" y=\"" + px(best.y + h * 0.85) + "\" font-size=\"" + std::to_string(legend_size) +
               "\" fill=\"" + colour + "\" stroke=\"white\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\">" +
               escaped(text) + "</text>\n";
}

void Figure::legend_entry(const std::string& text, const std::string& colour, Marker shape) {
    legend_items.push_back({text, colour, false, Stroke::solid, shape, 1, false});
}

std::string Figure::axes() const {
    std::string out = "<g stroke=\"#dddddd\" stroke-width=\"1\">\n";
    const std::vector<double> x_ticks = nice_ticks(x_low, x_high, x_tick_count);
    const std::vector<double> y_ticks = nice_ticks(y_low, y_high, y_tick_count);
    for (double x : x_ticks)
        out += "<line x1=\"" + px(page_x(x)) + "\" y1=\"" + px(top) + "\" x2=\"" + px(page_x(x)) + "\" y2=\"" + px(bottom) + "\"/>\n";
    for (double y : y_ticks)
        out += "<line x1=\"" + px(left) + "\" y1=\"" + px(page_y(y)) + "\" x2=\"" + px(right) + "\" y2=\"" + px(page_y(y)) + "\"/>\n";
    out += "</g>\n";
    out += "<rect x=\"" + px(left) + "\" y=\"" + px(top) + "\" width=\"" + px(right - left) + "\" height=\"" +
           px(bottom - top) + "\" fill=\"none\" stroke=\"#444444\" stroke-width=\"1.5\"/>\n";
    // Tick marks and their labels: below the plot for x, left of it for y.
    const int x_decimals = x_ticks.size() > 1 ? tick_decimals(x_ticks[1] - x_ticks[0]) : 2;
    const int y_decimals = y_ticks.size() > 1 ? tick_decimals(y_ticks[1] - y_ticks[0]) : 2;
    out += "<g font-size=\"" + std::to_string(tick_label_size) + "\" fill=\"#333333\">\n";
    for (double x : x_ticks)
        out += "<line x1=\"" + px(page_x(x)) + "\" y1=\"" + px(bottom) + "\" x2=\"" + px(page_x(x)) + "\" y2=\"" +
               px(bottom + 6) + "\" stroke=\"#444444\"/>\n<text x=\"" + px(page_x(x)) + "\" y=\"" + px(bottom + 24) +
               "\" text-anchor=\"middle\">" + tick_text(x, x_decimals) + "</text>\n";
    for (double y : y_ticks)
        out += "<line x1=\"" + px(left - 6) + "\" y1=\"" + px(page_y(y)) + "\" x2=\"" + px(left) + "\" y2=\"" +
               px(page_y(y)) + "\" stroke=\"#444444\"/>\n<text x=\"" + px(left - 10) + "\" y=\"" + px(page_y(y) + 5) +
               "\" text-anchor=\"end\">" + tick_text(y, y_decimals) + "</text>\n";
    out += "</g>\n";
    const std::string label_font = "\" font-size=\"" + std::to_string(axis_label_size) + "\" text-anchor=\"middle\"";
    if (!x_label_text.empty())
        out += "<text x=\"" + px((left + right) / 2) + "\" y=\"" + px(height - 18.0) + label_font + ">" +
               escaped(x_label_text) + "</text>\n";
    if (!y_label_text.empty())
        out += "<text transform=\"translate(24," + px((top + bottom) / 2) + ") rotate(-90)\" x=\"0\" y=\"0" + label_font +
               ">" + escaped(y_label_text) + "</text>\n";
    return out;
}

std::string Figure::legend() const {
    if (legend_items.empty()) return "";
    const double row = 26, sample = 34, padding = 10;
    int longest = 0;
    for (const LegendItem& item : legend_items) longest = std::max(longest, characters(item.text));
    const double box_width = padding * 3 + sample + longest * legend_size * 0.55;
    const double box_height = padding * 2 + row * legend_items.size();
    const bool at_left = corner == Corner::top_left || corner == Corner::bottom_left;
    const bool at_top = corner == Corner::top_left || corner == Corner::top_right;
    const double x0 = at_left ? left + 12 : right - 12 - box_width;
    const double y0 = at_top ? top + 12 : bottom - 12 - box_height;
    std::string out = "<rect x=\"" + px(x0) + "\" y=\"" + px(y0) + "\" width=\"" + px(box_width) + "\" height=\"" +
                      px(box_height) + "\" rx=\"4\" fill=\"white\" fill-opacity=\"0.9\" stroke=\"#999999\"/>\n";
    for (std::size_t k = 0; k < legend_items.size(); ++k) {
        const LegendItem& item = legend_items[k];
        const double cy = y0 + padding + row * (k + 0.5);
        const double cx = x0 + padding + sample / 2;
        if (item.is_line)
            out += "<line x1=\"" + px(x0 + padding) + "\" y1=\"" + px(cy) + "\" x2=\"" + px(x0 + padding + sample) +
                   "\" y2=\"" + px(cy) + "\" stroke=\"" + item.colour + "\" stroke-width=\"3\"" +
                   dash_attribute(item.stroke) + "/>\n";
        else if (item.is_fill)
            out += "<rect x=\"" + px(cx - 9) + "\" y=\"" + px(cy - 9) + "\" width=\"18\" height=\"18\" fill=\"" +
                   item.colour + "\" fill-opacity=\"" + px(item.opacity) + "\" stroke=\"#999999\"/>\n";
        else
            out += marker(cx, cy, item.colour, item.marker, marker_size);
        out += "<text x=\"" + px(x0 + padding * 2 + sample) + "\" y=\"" + px(cy + 5.5) + "\" font-size=\"" +
               std::to_string(legend_size) + "\" fill=\"#222222\">" + escaped(item.text) + "</text>\n";
    }
    return out;
}

std::string Figure::svg() const {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(width) + "\" height=\"" +
           std::to_string(height) + "\" viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height) +
           "\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n";
    out += "<defs><clipPath id=\"plot-area\"><rect x=\"" + px(left) + "\" y=\"" + px(top) + "\" width=\"" +
           px(right - left) + "\" height=\"" + px(bottom - top) + "\"/></clipPath></defs>\n";
    out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
    out += regions;
    out += axes();
    out += drawing;
    out += legend();
    if (!title_text.empty()) {
        // A long title gets a smaller font rather than running off the page (bold glyphs ≈ 0.62 em wide).
        const double fitting = (width - 40) / (0.62 * std::max(1, characters(title_text)));
        const double size = std::min<double>(title_size, fitting);
        out += "<text x=\"" + px(width / 2.0) + "\" y=\"" + px(top - 22) + "\" font-size=\"" + px(size) +
               "\" font-weight=\"bold\" text-anchor=\"middle\">" + escaped(title_text) + "</text>\n";
    }
    out += "</svg>\n";
    return out;
}

void Figure::save(const std::string& path) const { write_figure_file(path, svg()); }

void write_figure_file(const std::string& path, const std::string& text) {
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    std::error_code ignored;
    if (!parent.empty()) std::filesystem::create_directories(parent, ignored);
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << text;
    file.close();
    if (!file) throw InputError(path, 0, "cannot write the figure (expected a folder that can be written)");
}

void check_figure_folder(const std::string& folder) {
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error || !std::filesystem::is_directory(folder))
        throw InputError(folder, 0, "cannot make the folder for the figures (expected a folder that can be written)");
    const std::string probe = (std::filesystem::path(folder) / ".nnwalk-write-check").string();
    std::ofstream file(probe, std::ios::binary | std::ios::trunc);
    file << "x";
    file.close();
    const bool written = static_cast<bool>(file);
    std::filesystem::remove(probe, error);
    if (!written) throw InputError(folder, 0, "cannot write the figures there (expected a folder that can be written)");
    // A folder (or anything but a file) where a figure would go: only found when the figure is written.
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        if (entry.path().extension() == ".svg" && !entry.is_regular_file(error))
            throw InputError(entry.path().string(), 0, "is not a file (expected only figure files, NAME.svg, in the folder for the figures)");
    }
}
