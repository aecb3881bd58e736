#include "figure/panels.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

// Every occurrence of `from` in `text` replaced by `to`.
static std::string replaced(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

// The number in the attribute `name="…"` of the first <svg> element of `document` (its width or height).
static double attribute(const std::string& document, const std::string& name) {
    const std::size_t at = document.find(" " + name + "=\"", document.find("<svg"));
    if (at == std::string::npos) throw std::logic_error("side_by_side: a panel has no " + name);
    return std::strtod(document.c_str() + at + name.size() + 3, nullptr);
}

std::string side_by_side(const std::vector<Figure>& panels) { return in_grid(panels, std::max<std::size_t>(panels.size(), 1)); }

std::string in_grid(const std::vector<Figure>& panels, std::size_t columns) {
    if (columns == 0) throw std::invalid_argument("in_grid: no columns");
    std::string body;
    double x = 0, y = 0, row_height = 0, width = 0;
    for (std::size_t k = 0; k < panels.size(); ++k) {
        if (k > 0 && k % columns == 0) x = 0, y += row_height, row_height = 0;  // the next row
        std::string panel = panels[k].svg();
        panel.erase(0, panel.find("<svg"));  // the XML declaration belongs to the whole document only
        // A nested <svg> is placed by its x and y attributes; its own width and viewBox keep its drawing as it was.
        panel.replace(0, 4, "<svg x=\"" + std::to_string(static_cast<int>(x)) + "\" y=\"" + std::to_string(static_cast<int>(y)) + "\"");
        body += replaced(panel, "plot-area", "plot-area-" + std::to_string(k + 1));
        x += attribute(panel, "width");
        width = std::max(width, x);
        row_height = std::max(row_height, attribute(panel, "height"));
    }
    const std::string w = std::to_string(static_cast<int>(width)), h = std::to_string(static_cast<int>(y + row_height));
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w +
           "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " + h + "\">\n" + body + "</svg>\n";
}

void save_side_by_side(const std::vector<Figure>& panels, const std::string& path) {
    write_figure_file(path, side_by_side(panels));
}
