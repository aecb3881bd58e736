#include "lesson_data/animal_questions.h"

std::vector<std::vector<int>> question_targets(const Animals& animals, const std::vector<Question>& questions) {
    std::vector<std::vector<int>> t;
    for (std::size_t k = 0; k < animals.x.size(); ++k) {
        std::vector<int> row;
        for (const Question& question : questions) row.push_back(question.target(animals.x[k][0], animals.x[k][1], animals.t[k]));
        t.push_back(row);
    }
    return t;
}
