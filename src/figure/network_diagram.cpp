#include "figure/network_diagram.h"

#include "core/number_format.h"
#include "figure/svg.h"
#include "print/formula_text.h"
#include "print/table.h"

#include <algorithm>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// Page layout, in pixels, and font sizes a projector shows to the back row.
static const double margin = 30;
static const double title_height = 50;    // the title line and the row of layer names under it
static const double line_height = 19;     // one line of text in a node box
static const double node_padding = 10;    // inside a node box, around its text
static const double row_gap = 34;         // between two node boxes of a column
static const double labelled_gap = 230;   // between two columns whose connections carry weight labels
static const double plain_gap = 120;      // between two columns without them
static const int node_font = 15, label_font = 14, title_font = 18;

// About how wide `text` is at `font` pixels (a proportional font averages about 0.6 of its size per character).
static double text_width_px(const std::string& text, int font) { return 0.6 * font * text_width(text); }

// The nodes of a layer of n that are drawn (1-based): all, or the first ones and the last when n is large.
static std::vector<std::size_t> drawn_nodes(std::size_t n) {
    std::vector<std::size_t> drawn;
    for (std::size_t j = 1; j <= n; ++j) {
        if (n <= most_drawn_nodes || j < most_drawn_nodes - 1 || j == n) drawn.push_back(j);
    }
    return drawn;
}

// The lines of text in node j of layer l: its name, its bias, and with a step its z, a and δ; without one,
// the givens' input value or target.
static std::vector<std::string> node_lines(const Network& network, std::size_t l, std::size_t j, const Record* step, int decimals,
                                           const DiagramLabels& labels) {
    const std::string name = text(key::a(l, j));
    std::vector<std::string> lines = {name};
    auto value = [&](const Key& k) { return computed_text((*step)[step->index(k)], decimals); };
    if (l == 0) {
        if (step) lines.push_back("= " + plain(step->value(key::a(0, j))));
        if (!step && j <= labels.inputs.size()) lines.push_back("= " + plain(labels.inputs[j - 1]));
        return lines;
    }
    const bool biased = network.layers[l - 1].biased;
    if (biased) {
        const double bias = network.layers[l - 1].neurons[j - 1].bias;
        const std::string b = step ? operand_text((*step)[step->index(key::b(l, j))], decimals)
                                   : network.trained ? fixed(bias, decimals) : plain(bias);
        const bool updated = step && step->has(key::new_b(l, j));
        lines.push_back("b = " + b + (updated ? " → " + value(key::new_b(l, j)) : ""));
    }
    if (step) {
        lines.push_back("z = " + value(key::z(l, j)));
        lines.push_back("a = " + value(key::a(l, j)));
        if (step->has(key::delta(l, j))) lines.push_back("δ = " + value(key::delta(l, j)));
    }
    if (!step && l == network.layers.size() && j <= labels.targets.size()) {
        lines.push_back("t = " + plain(labels.targets[j - 1]));
    }
    return lines;
}

// The weight label of the connection from neuron i of layer l−1 to neuron j of layer l: "0.3", or with a
// training step "0.3 → 0.2505".
static std::string weight_label(const Network& network, std::size_t l, std::size_t j, std::size_t i, const Record* step, int decimals) {
    const double w = network.layers[l - 1].neurons[j - 1].weights[i - 1];
    if (!step) return network.trained ? fixed(w, decimals) : plain(w);  // computed by a step, or as given
    const std::string old = operand_text((*step)[step->index(key::w(l, j, i))], decimals);
    if (!step->has(key::new_w(l, j, i))) return old;
    return old + " → " + computed_text((*step)[step->index(key::new_w(l, j, i))], decimals);
}

// A place for a label of `width` × `height` along connection `c` that covers no node, no label placed so
// far and (if it can be found) no other connection: the first free point of several along the line. When
// there is none, the middle of the line, and `crowded` is set.
static Box place_label(const Segment& c, double width, double height, const NetworkDiagram& d, bool& crowded) {
    // Points along the line, from its middle outwards: t = 0.5, 0.475, 0.525, … 0.1, 0.9.
    std::vector<double> fractions = {0.5};
    for (double step = 0.025; step <= 0.4 + 1e-9; step += 0.025) {
        fractions.push_back(0.5 - step);
        fractions.push_back(0.5 + step);
    }
    for (const bool strict : {true, false}) {
        for (double t : fractions) {
            const Box box{c.x1 + t * (c.x2 - c.x1) - width / 2, c.y1 + t * (c.y2 - c.y1) - height / 2, width, height};
            bool free = true;
            for (const Box& other : d.labels) free = free && !overlap(box, other, 2);
            for (const Box& node : d.nodes) free = free && !overlap(box, node, 6);
            for (const Segment& other : d.connections) {
                const bool own = other.x1 == c.x1 && other.y1 == c.y1 && other.x2 == c.x2 && other.y2 == c.y2;
                if (strict && !own && crosses(other, box)) free = false;
            }
            if (free) return box;
        }
    }
    crowded = true;
    return {c.x1 + (c.x2 - c.x1) / 2 - width / 2, c.y1 + (c.y2 - c.y1) / 2 - height / 2, width, height};
}

// The diagram with `gap` pixels between columns; `crowded` is set when a weight label found no free place.
static NetworkDiagram drawn(const Network& network, const std::string& title, const Record* step, int decimals,
                            double gap, const DiagramLabels& labels, bool& crowded) {
    NetworkDiagram d;
    const std::size_t L = network.layers.size();
    for (std::size_t l = 0; l <= L; ++l) d.weights_shown = d.weights_shown && network.size(l) <= most_labelled_nodes;
    if (!d.weights_shown) gap = plain_gap;

    // Each column: its nodes' lines, its box width; every box is as tall as the tallest.
    std::vector<std::vector<std::vector<std::string>>> lines(L + 1);
    std::vector<double> column_width(L + 1, 0);
    std::size_t most_lines = 1, most_rows = 1;
    for (std::size_t l = 0; l <= L; ++l) {
        for (std::size_t j : drawn_nodes(network.size(l))) {
            lines[l].push_back(node_lines(network, l, j, step, decimals, labels));
            for (const std::string& line : lines[l].back()) column_width[l] = std::max(column_width[l], text_width_px(line, node_font));
            most_lines = std::max(most_lines, lines[l].back().size());
        }
        column_width[l] += 2 * node_padding;
        most_rows = std::max(most_rows, lines[l].size() + (network.size(l) > most_drawn_nodes ? 1 : 0));
    }
    const double box_height = 2 * node_padding + line_height * static_cast<double>(most_lines);
    const double rows_height = static_cast<double>(most_rows) * (box_height + row_gap);

    // The boxes, column by column, each column centred vertically.
    std::vector<std::vector<Box>> boxes(L + 1);
    double x = margin;
    for (std::size_t l = 0; l <= L; ++l) {
        const std::size_t rows = lines[l].size() + (network.size(l) > most_drawn_nodes ? 1 : 0);
        double y = margin + title_height + (rows_height - static_cast<double>(rows) * (box_height + row_gap)) / 2 + row_gap / 2;
        for (std::size_t k = 0; k < lines[l].size(); ++k) {
            if (network.size(l) > most_drawn_nodes && k + 1 == lines[l].size()) y += box_height + row_gap;  // room for "⋮"
            boxes[l].push_back({x, y, column_width[l], box_height});
            d.nodes.push_back(boxes[l].back());
            y += box_height + row_gap;
        }
        x += column_width[l] + gap;
    }
    // Room right of the output column for "→ name" (the arrow 24 pixels, then the name).
    double names_width = 0;
    for (const std::string& name : labels.output_names) names_width = std::max(names_width, 30 + text_width_px(name, node_font));
    const double page_width = x - gap + margin + names_width, page_height = margin + title_height + rows_height + margin + line_height;

    std::string body;
    // Connections, then their labels on white, then the nodes on top.
    std::vector<std::string> label_texts;
    for (std::size_t l = 1; l <= L; ++l) {
        const std::vector<std::size_t> targets = drawn_nodes(network.size(l)), sources = drawn_nodes(network.size(l - 1));
        for (std::size_t jj = 0; jj < targets.size(); ++jj) {
            for (std::size_t ii = 0; ii < sources.size(); ++ii) {
                const Box& from = boxes[l - 1][ii];
                const Box& to = boxes[l][jj];
                d.connections.push_back({from.x + from.width, from.y + from.height / 2, to.x, to.y + to.height / 2});
                const Segment& c = d.connections.back();
                body += "<line x1=\"" + px(c.x1) + "\" y1=\"" + px(c.y1) + "\" x2=\"" + px(c.x2) + "\" y2=\"" + px(c.y2) +
                        "\" stroke=\"#9aa5b1\" stroke-width=\"1.5\"/>\n";
            }
        }
    }
    std::size_t c = 0;
    for (std::size_t l = 1; l <= L && d.weights_shown; ++l) {
        for (std::size_t j = 1; j <= network.size(l); ++j) {
            for (std::size_t i = 1; i <= network.size(l - 1); ++i, ++c) {
                const std::string label = weight_label(network, l, j, i, step, decimals);
                const Box box = place_label(d.connections[c], text_width_px(label, label_font) + 8, line_height, d, crowded);
                d.labels.push_back(box);
                body += "<rect x=\"" + px(box.x) + "\" y=\"" + px(box.y) + "\" width=\"" + px(box.width) + "\" height=\"" +
                        px(box.height) + "\" rx=\"4\" fill=\"white\" stroke=\"#d0d7de\"/>\n<text x=\"" + px(box.x + box.width / 2) +
                        "\" y=\"" + px(box.y + box.height - 5) + "\" font-size=\"" + std::to_string(label_font) +
                        "\" text-anchor=\"middle\" fill=\"#1f5fa8\">" + escaped(label) + "</text>\n";
            }
        }
    }
    for (std::size_t l = 0; l <= L; ++l) {
        const std::string header = l == 0 ? "inputs" : "layer " + std::to_string(l) + ": " + activation_name(network.layers[l - 1].activation);
        const double centre = boxes[l][0].x + column_width[l] / 2;
        body += "<text x=\"" + px(centre) + "\" y=\"" + px(margin + title_height - 14) + "\" font-size=\"" + std::to_string(node_font) +
                "\" text-anchor=\"middle\" fill=\"#444444\">" + escaped(header) + "</text>\n";
        for (std::size_t k = 0; k < boxes[l].size(); ++k) {
            const Box& box = boxes[l][k];
            body += "<rect x=\"" + px(box.x) + "\" y=\"" + px(box.y) + "\" width=\"" + px(box.width) + "\" height=\"" + px(box.height) +
                    "\" rx=\"8\" fill=\"" + (l == 0 ? "#eef3f8" : "#fdf6e3") + "\" stroke=\"#222222\" stroke-width=\"1.5\"/>\n";
            for (std::size_t n = 0; n < lines[l][k].size(); ++n) {
                body += "<text x=\"" + px(box.x + node_padding) + "\" y=\"" + px(box.y + node_padding + line_height * static_cast<double>(n + 1) - 5) +
                        "\" font-size=\"" + std::to_string(node_font) + "\"" + (n == 0 ? " font-weight=\"bold\"" : "") + " fill=\"#222222\">" +
                        escaped(lines[l][k][n]) + "</text>\n";
            }
        }
        if (network.size(l) > most_drawn_nodes) {
            const Box& last = boxes[l].back();
            body += "<text x=\"" + px(centre) + "\" y=\"" + px(last.y - row_gap / 2 - box_height / 2 + 5) + "\" font-size=\"" +
                    std::to_string(node_font) + "\" text-anchor=\"middle\">⋮ " + std::to_string(network.size(l)) + " nodes in all</text>\n";
        }
    }
    for (std::size_t k = 0; k < labels.output_names.size() && k < boxes[L].size(); ++k) {
        const Box& box = boxes[L][k];
        const double y = box.y + box.height / 2;
        body += "<line x1=\"" + px(box.x + box.width) + "\" y1=\"" + px(y) + "\" x2=\"" + px(box.x + box.width + 20) + "\" y2=\"" +
                px(y) + "\" stroke=\"#222222\" stroke-width=\"1.5\"/>\n<path d=\"M" + px(box.x + box.width + 24) + "," + px(y) + " l-7,-4 v8 z\" fill=\"#222222\"/>\n" +
                "<text x=\"" + px(box.x + box.width + 30) + "\" y=\"" + px(y + 5) + "\" font-size=\"" + std::to_string(node_font) +
                "\" fill=\"#222222\">" + escaped(labels.output_names[k]) + "</text>\n";
    }
    if (!d.weights_shown) {
        body += "<text x=\"" + px(margin) + "\" y=\"" + px(page_height - margin / 2) + "\" font-size=\"" + std::to_string(label_font) +
                "\" fill=\"#444444\">Weights not labelled: a layer has more than " + std::to_string(most_labelled_nodes) + " nodes.</text>\n";
    }
    d.svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + px(page_width) +
            "\" height=\"" + px(page_height) + "\" viewBox=\"0 0 " + px(page_width) + " " + px(page_height) +
            "\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n<text x=\"" +
            px(margin) + "\" y=\"" + px(margin + 8) + "\" font-size=\"" + std::to_string(title_font) + "\" font-weight=\"bold\">" +
            escaped(title) + "</text>\n" + body + "</svg>\n";
    return d;
}

NetworkDiagram network_diagram(const Network& network, const std::string& title, const Record* step, int decimals,
                               const DiagramLabels& labels) {
    // Wider gaps between the columns until every weight label has a place of its own.
    for (double gap = labelled_gap;; gap += 90) {
        bool crowded = false;
        NetworkDiagram d = drawn(network, title, step, decimals, gap, labels, crowded);
        if (!crowded || gap >= 4 * labelled_gap) return d;
    }
}
