// The lessons' drawings of their networks (lessons 03–05: build/figures/NN_network.svg): several diagrams of
// figure/network_diagram.h, one under another, in one SVG document. Layout only.
#pragma once

#include "figure/network_diagram.h"

#include <string>
#include <vector>

// One SVG document with the diagrams one under another, left-aligned, each at its own size, a thin rule
// between two of them.
std::string diagrams_one_under_another(const std::vector<NetworkDiagram>& diagrams);

// Writes diagrams_one_under_another(diagrams) to `path`, creating its folders (InputError when it cannot).
void save_diagrams(const std::vector<NetworkDiagram>& diagrams, const std::string& path);
