// Which values of a problem a student computes by hand: the problem's record and the quantities asked of it.
// Not the marking (see marker.h) and not the worksheet (see worksheet.h).
#pragma once

#include "io/netfile.h"
#include "scalar/record.h"

#include <cstddef>
#include <vector>

// The record of the problem's first example: one training step when the file has targets, else the forward
// pass alone. decimals < 0 keeps full precision; otherwise every value is rounded as soon as it is computed,
// as on a calculator (see Record).
scalar::Record problem_record(const NetFile& net, int decimals);

// The records of `steps` training steps of the problem, each from the weights the step before left, cycling
// through its examples as `nnwalk trace --steps K` does; for a file without targets, the forward pass of its
// first example (steps must then be 1). Rounded as problem_record.
std::vector<scalar::Record> problem_records(const NetFile& net, std::size_t steps, int decimals);

// Whether any layer of `network` has biases b[l][j] (see Layer::biased).
bool has_biases(const scalar::Network& network);

// The indices into `record` of the values asked of a student, in the order they are computed: every computed
// quantity (z, a, E, delta, dw, new_w, and db, new_b for layers with biases).
std::vector<std::size_t> asked_quantities(const scalar::Record& record);
