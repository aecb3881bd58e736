#include "lesson_data/holdout.h"

HoldOut hold_out_last(const Animals& animals, std::size_t n_test) {
    const std::size_t m = animals.x.size(), n_train = m > n_test ? m - n_test : 0;
    HoldOut split;
    for (std::size_t k = 0; k < m; ++k) {
        Animals& part = k < n_train ? split.train : split.test;
        part.x.push_back(animals.x[k]);
        part.t.push_back(animals.t[k]);
        part.lines.push_back(animals.lines[k]);
    }
    return split;
}
