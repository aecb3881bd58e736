// Several figures side by side, or in a grid, in one SVG document (lesson 05: the error curve beside the
// decision regions; lesson 06: its four sweep panels). Layout only: each panel is a whole Figure
// (figure/svg.h) and draws itself.
#pragma once

#include "figure/svg.h"

#include <string>
#include <vector>

// One SVG document with the panels in a row, left to right, each at its own size, tops aligned.
// Each panel keeps its own clip area (its ids are numbered so that they do not collide).
std::string side_by_side(const std::vector<Figure>& panels);

// Writes side_by_side(panels) to `path`, creating its folders.
void save_side_by_side(const std::vector<Figure>& panels, const std::string& path);

// One SVG document with the panels in rows of `columns` (1 or more), left to right then top to bottom;
// each row as high as its highest panel. in_grid(panels, panels.size()) is side_by_side(panels).
std::string in_grid(const std::vector<Figure>& panels, std::size_t columns);
