// Console output for preparing data (lesson 01): each cleaning step with its counts and the rows it dropped,
// and a one-hot encoding with its codes. Printing only; the steps are in io/cleaning.h and io/one_hot.h.
#pragma once

#include "io/cleaning.h"
#include "io/one_hot.h"

#include <ostream>

// "  1. rows with a missing value: 129 rows in − 2 dropped = 127 rows out", then one line per dropped row:
// "       line 12: no weight_kg". `number` is the step's number in the lesson.
void print_cleaning_step(std::ostream& out, int number, const CleaningStep& step);

// "  4. one-hot encoding of place: farm → (1, 0, 0), …", one line per category with its code and its count,
// and the names of the new columns.
void print_one_hot(std::ostream& out, int number, const OneHot& encoding);
