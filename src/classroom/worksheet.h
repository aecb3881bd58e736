// Writes a problem's worksheet (Markdown, a blank for each value asked) and its answer key (TSV).
// Not the problem itself (see quiz.h) and not the marking (see marker.h).
#pragma once

#include "io/netfile.h"
#include "scalar/record.h"

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

// The worksheet of the problem `net` (saved as `problem_file`), headed `title`: the network as tables of
// weights, the formulas, and the values asked of each of `steps` (the problem's records, whose decimals() are
// the decimals asked for; see asked_quantities), in order, each with its formula and a blank; then how to
// hand the answers in.
void write_worksheet(std::ostream& out, const std::string& title, const std::string& problem_file, const NetFile& net,
                     const std::vector<scalar::Record>& steps);

// The formulas of the problem's step, one line each in the docs' notation, from the rule table:
// "weighted sum: z[l][j] = Σ_i a[l−1][i]·w[l][j][i] + b[l][j]", "activation: a[l][j] = …", the error, the deltas
// and the updates (only those the step has).
std::vector<std::string> formula_lines(const NetFile& net);

// The answer key in `nnwalk trace --format tsv` form: for each of `steps`, "step<TAB>k", the inputs a[0][i],
// then each value asked as "key<TAB>value" with the record's decimals.
void write_answer_key(std::ostream& out, const std::vector<scalar::Record>& steps);

// The answers of a class problem (its key, or with `blank` the answer sheet a student fills in): every value
// asked of each step's record, in order, as "key<TAB>value" ("key<TAB>" when blank), values with the
// record's decimals; a "step<TAB>k" line opens each step when there are more than one.
void write_answer_lines(std::ostream& out, const std::vector<scalar::Record>& steps, bool blank);
