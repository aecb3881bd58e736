// The yes/no questions of lesson 02, one per perceptron of a layer, and the targets they give the animals.
// A question is data: adding one to the lesson's list adds a perceptron everywhere (training, tables, figure).
#pragma once

#include "lesson_data/ostriches.h"

#include <functional>
#include <string>
#include <vector>

// One question about an animal and its answer: 1 = yes, 0 = no.
struct Question {
    std::string text;                                                     // "taller than 1.80 m?"
    std::function<int(double height_m, double weight_kg, int ostrich)> target;  // the answer for one animal
};

// t[k][j]: the answer of question j + 1 for animal k (m animals × n questions).
std::vector<std::vector<int>> question_targets(const Animals& animals, const std::vector<Question>& questions);
