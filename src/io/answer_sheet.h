// Reads a student's answer sheet: key and value lines for the values of one problem, as a text editor or a
// spreadsheet saves them. Not the marking.
#pragma once

#include "scalar/record.h"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

// One value as the student wrote it.
struct Answer {
    double value = 0;   // the number read
    std::string text;   // the number as written, with a decimal point and '-' ("−0,7311" is "-0.7311"), to quote it back
    int line = 0;       // its line in the answer sheet, counted from 1
};

// A student's answers by key (z[1][2] → its answer). Keys may be missing: those values were not answered.
using Answers = std::map<scalar::Key, Answer>;

// A line of a sheet that could not be read. Its value counts as not answered; the rest of the sheet is marked.
struct UnreadableLine {
    int line = 0;         // counted from 1
    std::size_t step = 1; // the training step whose section it is in (a "step<TAB>k" line opens step k; 0 for
                          // a step that is not marked, whose lines are skipped)
    std::string key;      // the value it was meant to answer ("a[1][1]" as the docs write it), or "" when not known
    std::string reason;   // what is wrong (what was expected), as in "'O.5' is not a number (expected …)"
};

// What was read from one sheet.
struct AnswerSheet {
    std::string file;                       // the sheet's name as the user gave it
    std::vector<Answers> steps;             // steps[s]: every value of step s + 1 that could be read
    std::vector<UnreadableLine> unreadable; // every line that could not, in the order of the file

    // "FILE:LINE: reason", the one-line form of an unreadable line.
    std::string message(const UnreadableLine& line) const;
};

// Reads the sheet whose bytes are `bytes` (`file` names it in messages) for the problem whose records are
// `problem`, one per training step asked (the .net file `problem_file`).
//   Encodings: UTF-8, with or without a byte-order mark, and UTF-16 (LE or BE, with a byte-order mark or
//   without); lines end in LF, CRLF or CR.
//   Cells: split at tabs or spaces; or, in a file without tabs, at semicolons or commas (CSV); cells may be
//   quoted ("z[1][1]","0.5", "" for a quote inside) and have spaces around them; '#' starts a comment.
//   A first line of words that are neither keys nor numbers ("key,value", "value") is a header, skipped.
//   Keys: as parse_key reads them (scalar/quantity_key.h: z[1][1], δ[2][1] or delta[2][1], Δw[…] or dw[…],
//   Δb[…] or db[…]); ∆ (U+2206, a Mac's Option-J) is read as Δ.
//   Values: decimal numbers with '-' or '−' (U+2212); a decimal comma (0,7311) where it cannot separate
//   cells: in a tab, space or semicolon file, and in a quoted cell of a comma file.
//   A key with no value is not answered (a blank answer sheet lists every key so).
//   Steps: a "step<TAB>k" line, as `nnwalk trace --format tsv` and the blank answer sheet write it, opens the
//   answers to step k (1 to the steps asked); the lines before any are step 1. A step opened again goes on.
// A line that cannot be read (not a key and a value, an unknown key, a key given twice, a value that is not
// a finite number, a key the problem does not have, a step not asked, a quote not closed) is kept in
// `unreadable` and the rest is read. What makes the whole sheet unusable throws InputError(file, line, …):
// binary data, text in no encoding read above (see io/spreadsheet_text.h), and a sheet with no answer at all
// (then the first unreadable line's reason, or "no answers" when the sheet has none).
AnswerSheet parse_answers(const std::string& bytes, const std::string& file, const std::vector<scalar::Record>& problem,
                          const std::string& problem_file);

// Opens and reads the answer sheet at `path`; a file that cannot be read as a whole (missing, a folder, not a
// regular file, too large) is an InputError too.
AnswerSheet load_answers(const std::string& path, const std::vector<scalar::Record>& problem, const std::string& problem_file);
