#include "figure/network_figures.h"

#include "figure/svg.h"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

// The number in the attribute `name="…"` of the first <svg> element of `document` (its width or height).
static double attribute(const std::string& document, const std::string& name) {
    const std::size_t at = document.find(" " + name + "=\"", document.find("<svg"));
    if (at == std::string::npos) throw std::logic_error("diagrams_one_under_another: a diagram has no " + name);
    return std::strtod(document.c_str() + at + name.size() + 3, nullptr);
}

// `text` with its first `from` replaced by `to`.
static std::string replaced_once(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

std::string diagrams_one_under_another(const std::vector<NetworkDiagram>& diagrams) {
    std::string body;
    double width = 0, y = 0;
    for (const NetworkDiagram& diagram : diagrams) width = std::max(width, attribute(diagram.svg, "width"));
    for (std::size_t k = 0; k < diagrams.size(); ++k) {
        std::string panel = diagrams[k].svg;
        panel.erase(0, panel.find("<svg"));  // the XML declaration belongs to the whole document only
        // A nested <svg> is placed by its y attribute; its own width and viewBox keep its drawing as it was.
        panel.replace(0, 4, "<svg x=\"0\" y=\"" + px(y) + "\"");
        // Each as wide as the widest, so that a narrow diagram's title is not cut at its own right edge.
        const std::string own = px(attribute(panel, "width"));
        panel = replaced_once(panel, " width=\"" + own + "\"", " width=\"" + px(width) + "\"");
        panel = replaced_once(panel, "viewBox=\"0 0 " + own + " ", "viewBox=\"0 0 " + px(width) + " ");
        body += panel;
        if (k > 0) {  // over the top edge of this diagram (its white background would hide it otherwise)
            body += "<line x1=\"20\" y1=\"" + px(y) + "\" x2=\"" + px(width - 20) + "\" y2=\"" + px(y) +
                    "\" stroke=\"#bbbbbb\" stroke-width=\"1\"/>\n";
        }
        y += attribute(panel, "height");
    }
    const std::string w = px(width), h = px(y);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w +
           "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " + h + "\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n" +
           body + "</svg>\n";
}

void save_diagrams(const std::vector<NetworkDiagram>& diagrams, const std::string& path) {
    write_figure_file(path, diagrams_one_under_another(diagrams));
}
