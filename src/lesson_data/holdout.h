// Holding out a test split (lesson 01): the animals a classifier never sees while it learns, kept to measure
// how it does on animals it has not seen. Deterministic: always the same rows.
#pragma once

#include "lesson_data/ostriches.h"

#include <cstddef>

// The animals split in two, in file order: `train` first, then `test`.
struct HoldOut {
    Animals train;  // the first m − n_test animals
    Animals test;   // the last n_test animals
};

// The last n_test of `animals` held out (all of them when n_test ≥ their number). The rows of the lessons'
// files are in random order, so the last rows are as fair a sample as any.
HoldOut hold_out_last(const Animals& animals, std::size_t n_test);
