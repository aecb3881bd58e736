// An answer sheet of several training steps, split at its "step<TAB>k" lines and read step by step. Not the
// reading of one step's lines (see io/answer_sheet.h) and not the marking (see marker.h).
#pragma once

#include "io/answer_sheet.h"
#include "scalar/record.h"

#include <istream>
#include <string>
#include <vector>

// Reads the answers in `in` (`file` names it) to the problem's `steps` (its records, one per training step):
// a line "step<TAB>k" (or "step k", "step,k"), as nnwalk trace --format tsv writes it, opens the answers of
// step k; the lines before the first belong to step 1. Each step's lines are read by parse_answers against
// its own record, numbered as in the whole sheet. A step without answers gets none (its values are missing).
// Throws InputError(file, line, …) for a step outside 1..steps.size() or given twice, and what parse_answers
// throws; InputError(file, 0, …) when no step has an answer.
std::vector<Answers> parse_step_answers(std::istream& in, const std::string& file, const std::vector<scalar::Record>& steps,
                                        const std::string& problem_file);

// Opens and reads the answer sheet at `path`; an unreadable file is an InputError too.
std::vector<Answers> load_step_answers(const std::string& path, const std::vector<scalar::Record>& steps, const std::string& problem_file);
