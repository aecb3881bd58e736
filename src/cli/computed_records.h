// The records the commands print or mark, computed from a .net file: a value that cannot be computed (too
// large for a double, or a calculator rounding that cannot be decided) is one clear line, not a wrong number.
#pragma once

#include "io/netfile.h"
#include "scalar/record.h"

#include <cstddef>
#include <string>
#include <vector>

// What nnwalk trace prints for `net` (from `file`): `steps` training steps when it has targets, else the
// forward pass of every example; `decimals` < 0 in full precision, else on a calculator. Throws
// InputError(file, 0, …) naming the step and the value that cannot be computed.
std::vector<scalar::Record> traced_records(NetFile net, std::size_t steps, int decimals, const std::string& file);

// The record nnwalk check and quiz mark against: the first example's step (see questions.h), with the same
// errors as traced_records.
scalar::Record problem_values(const NetFile& net, int decimals, const std::string& file);
