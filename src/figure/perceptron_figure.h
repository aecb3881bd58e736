// Lesson 01's figure: the animals, the perceptron's learned line and two new animals. Drawing only.
#pragma once

#include "lesson_data/ostriches.h"
#include "scalar/perceptron.h"

#include <string>
#include <vector>

// Weight across, height up; humans blue circles, ostriches red triangles, the line z = 0 of `line` (a
// perceptron on (height m, weight kg), in original units) and each of `new_animals` (height, weight) as a
// labelled cross (each label placed off every marker: Figure::point_label). Written to `path` as SVG.
void draw_perceptron_line(const Animals& animals, const scalar::Perceptron& line,
                          const std::vector<std::vector<double>>& new_animals, const std::string& path);
