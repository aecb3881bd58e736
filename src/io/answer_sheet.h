// Reads a student's answer sheet: "key<TAB>value" lines for the values of one problem. Not the marking.
#pragma once

#include "scalar/record.h"

#include <istream>
#include <map>
#include <string>

// One value as the student wrote it.
struct Answer {
    double value = 0;   // the number read
    std::string text;   // the number as written ("0.7311"), to quote it back
    int line = 0;       // its line in the answer sheet, counted from 1
};

// A student's answers by key (z[1][2] → its answer). Keys may be missing: those values were not answered.
using Answers = std::map<scalar::Key, Answer>;

// Reads the answers in `in` (`file` names it in messages) to the problem whose record is `problem` (the
// .net file `problem_file`). One "key<TAB>value" per line (keys as parse_key reads them, scalar/quantity_key.h), in any order (spaces work too); blank lines and
// '#' comments are skipped, and a "step<TAB>1" line, as in `nnwalk trace --format tsv`, is allowed.
// Throws InputError(file, line, …) for a line that is not two words, an unknown key, a key given twice, a
// value that is not a finite number, a key the problem does not have, a step other than 1; and
// InputError(file, 0, …) when the sheet holds no answer at all.
Answers parse_answers(std::istream& in, const std::string& file, const scalar::Record& problem, const std::string& problem_file);

// Opens and reads the answer sheet at `path`; an unreadable file is an InputError too.
Answers load_answers(const std::string& path, const scalar::Record& problem, const std::string& problem_file);
