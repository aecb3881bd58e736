// A small SVG writer for the lessons' figures: points, lines, regions, axes, legend, title.
// It draws data coordinates on a page; it is not a plotting library (one plot per figure, linear axes).
#pragma once

#include "figure/page_geometry.h"

#include <functional>
#include <string>
#include <vector>

// Colours that stay distinguishable when projected (and, with the markers, when printed in grey).
namespace palette {
inline const std::string blue = "#1f5fa8";
inline const std::string red = "#c0282d";
inline const std::string green = "#2a8a3e";
inline const std::string orange = "#e07b00";
inline const std::string purple = "#7b3fa0";
inline const std::string grey = "#777777";
inline const std::string black = "#222222";
inline const std::string light_blue = "#a9c8ec";
inline const std::string light_red = "#f2b3b0";
}  // namespace palette

// A page coordinate with two decimals (enough for pixels, short files): "12.50".
std::string px(double value);

// Text made safe inside an XML element or attribute ("<" → "&lt;", …).
std::string escaped(const std::string& text);

// The shape drawn at each data point.
enum class Marker { circle, square, triangle, cross };

// How a line is drawn.
enum class Stroke { solid, dashed, dotted };

// Where the legend box sits inside the plot area.
enum class Corner { top_left, top_right, bottom_left, bottom_right };

// Tick values for an axis from `low` to `high`: multiples of 1, 2 or 5 times a power of ten, about
// `count` of them, all inside [low, high] (e.g. 0 .. 2.8 gives 0, 0.5, 1, 1.5, 2, 2.5).
std::vector<double> nice_ticks(double low, double high, int count = 6);

// How many decimals a tick label needs when ticks are `step` apart (0.5 → 1, 20 → 0, 0.02 → 2).
int tick_decimals(double step);

// One figure: a plot area with data ranges [x_low, x_high] × [y_low, y_high] on a page of
// width × height pixels, with margins for the tick labels, axis labels and title.
class Figure {
public:
    Figure(double x_low, double x_high, double y_low, double y_high, int width = 800, int height = 600);

    void title(const std::string& text);    // the line above the plot
    void x_label(const std::string& text);  // the name of the horizontal axis, with its unit
    void y_label(const std::string& text);  // the name of the vertical axis, with its unit
    void legend_corner(Corner corner);      // where the legend goes (default: top left)
    void tick_counts(int x, int y);         // about how many ticks each axis gets (default 6 and 6)

    // One marker at each (x[k], y[k]); x and y have the same length. A non-empty legend adds an entry.
    void points(const std::vector<double>& x, const std::vector<double>& y, const std::string& colour,
                const std::string& legend = "", Marker marker = Marker::circle);
    // A straight segment from (x1, y1) to (x2, y2), cut off at the edge of the plot area.
    void line(double x1, double y1, double x2, double y2, const std::string& colour,
              const std::string& legend = "", Stroke stroke = Stroke::solid);
    // The straight line of points where wx·x + wy·y + b = 0, across the whole plot area
    // (a perceptron's decision boundary). Draws nothing when wx = wy = 0 or the line misses the plot.
    void line_where_zero(double wx, double wy, double b, const std::string& colour,
                         const std::string& legend = "", Stroke stroke = Stroke::solid);
    // Segments joining (x[k], y[k]) in order, e.g. an error curve.
    void polyline(const std::vector<double>& x, const std::vector<double>& y, const std::string& colour,
                  const std::string& legend = "", Stroke stroke = Stroke::solid);
    // A filled polygon with corners (x[k], y[k]); opacity 0 (invisible) .. 1 (solid).
    void polygon(const std::vector<double>& x, const std::vector<double>& y, const std::string& fill,
                 double opacity, const std::string& legend = "");
    // Fills the plot area as a grid of columns × rows cells, each in the colour fill_at(x, y) returns
    // for the cell's centre (empty string: left blank). For a network's decision regions.
    void shade(int columns, int rows, const std::function<std::string(double x, double y)>& fill_at,
               double opacity);
    // A short text whose left end is at data point (x, y), e.g. a name next to a point.
    void label(double x, double y, const std::string& text, const std::string& colour = palette::black);
    // A short text beside data point (x, y), placed by one rule: the first of eight places around the point
    // (right and above it first, then right below, left above, left below, above, below, right, left) where it
    // covers no marker and crosses no line drawn so far, covers no other point label and stays inside the plot
    // area; when every place is taken, the one covering the fewest markers and lines. Draw the markers and
    // lines first.
    void point_label(double x, double y, const std::string& text, const std::string& colour = palette::black);
    // An entry in the legend that belongs to no drawn series (e.g. a region's colour).
    void legend_entry(const std::string& text, const std::string& colour, Marker marker);

    const std::vector<Box>& point_label_areas() const { return label_areas; }  // where point_label put its texts
    const std::vector<Box>& marker_areas() const { return markers_drawn; }     // the box of every marker drawn

    double page_x(double x) const;  // the page's x pixel of data x (left edge of the plot at x_low)
    double page_y(double y) const;  // the page's y pixel of data y (pages count downwards: y_high at the top)

    std::string svg() const;                    // the whole document
    void save(const std::string& path) const;   // writes svg() to path, creating its folders

private:
    // One legend entry and how its sample is drawn.
    struct LegendItem {
        std::string text;
        std::string colour;
        bool is_line;      // a short line sample instead of a marker
        Stroke stroke;     // for a line sample
        Marker marker;     // for a marker sample
        double opacity;    // for a filled sample (1 for markers and lines)
        bool is_fill;      // a filled square sample
    };

    std::string axes() const;    // grid, frame, ticks with labels, axis names
    std::string legend() const;  // the legend box with one sample and text per entry ("" without entries)
    // One marker centred on page point (px, py), `size` pixels from centre to edge.
    std::string marker(double px, double py, const std::string& colour, Marker shape, double size) const;

    double x_low, x_high, y_low, y_high;
    int width, height;
    double left, right, top, bottom;  // the plot area's edges on the page, in pixels
    std::string title_text, x_label_text, y_label_text;
    Corner corner = Corner::top_left;
    int x_tick_count = 6, y_tick_count = 6;
    std::string regions;   // shaded cells and polygons, drawn first (under everything)
    std::string drawing;   // lines, points, labels, in the order they were added
    std::vector<LegendItem> legend_items;
    std::vector<Box> markers_drawn;       // every marker's box, for point_label
    std::vector<Segment> segments_drawn;  // every straight piece of every line, for point_label
    std::vector<Box> label_areas;         // every point label's box
};

// Writes `text` to the file at `path`, making its folders; InputError(path, 0, …) when it cannot.
void write_figure_file(const std::string& path, const std::string& text);

// Makes `folder` and checks that a figure can be written there (by writing and removing a probe file) and that
// no NAME.svg in it is a folder or anything but a file, so a lesson can refuse a folder its figures cannot
// go into before it prints or trains; InputError(folder, 0, …), or InputError(that entry, 0, …).
void check_figure_folder(const std::string& folder);
