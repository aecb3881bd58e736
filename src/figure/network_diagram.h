// A network drawn as textbooks draw it: layers in columns, each node a box with its name (a[l][j]) and bias,
// each connection labelled with its weight, each layer's activation named; with a step's record, every
// node also shows z, a and δ, and each connection its new weight beside the old one (0.3 → 0.2505).
#pragma once

#include "figure/page_geometry.h"
#include "scalar/network.h"
#include "scalar/record.h"

#include <cstddef>
#include <string>
#include <vector>

// The most nodes of a layer whose connections get weight labels; larger networks are drawn without them.
const std::size_t most_labelled_nodes = 5;
// The most nodes drawn of one layer; a larger layer shows its first and last nodes and how many it has.
const std::size_t most_drawn_nodes = 12;

// The drawing, and where its pieces are (for the tests that check that no label covers another).
struct NetworkDiagram {
    std::string svg;                  // the whole SVG document
    std::vector<Box> nodes;           // one box per drawn node
    std::vector<Box> labels;          // one box per weight label
    std::vector<Segment> connections; // one line per drawn connection
    bool weights_shown = true;        // false when the network was too large for weight labels
};

// What else a diagram shows, each list possibly empty. Drawn without a step's values (a worksheet's), each input
// node shows its given value ("= 0.3") and each output node its target ("t = 1"); each output node with a name
// gets an arrow and its name to the right ("→ ostrich?"): what that output answers.
struct DiagramLabels {
    std::vector<double> inputs;             // a[0][i], n_0 values
    std::vector<double> targets;            // t[j], n_L values
    std::vector<std::string> output_names;  // one per output node, or none
};

// The diagram of `network`, headed `title`. With `step` (the record of a training step or forward pass of
// this network, with its weights before the step), the nodes show the step's values, shown with `decimals`.
// `labels` adds the givens (without a step) and the outputs' names.
NetworkDiagram network_diagram(const scalar::Network& network, const std::string& title,
                               const scalar::Record* step = nullptr, int decimals = 4,
                               const DiagramLabels& labels = {});
