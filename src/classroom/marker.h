// Follow-through marking, as a human marker does it: each answer is judged against the true value and
// against what the student's own earlier answers imply. Not the printing (see feedback.h).
#pragma once

#include "core/reach.h"
#include "io/answer_sheet.h"
#include "classroom/tolerance.h"
#include "scalar/record.h"

#include <cstddef>
#include <string>
#include <vector>

// The four marks of the feedback table.
enum class Mark {
    correct,     // ✓ the true value
    consistent,  // ~ wrong only because an earlier answer was: right from the student's own numbers (credit)
    wrong,       // ✗ a mistake of its own
    missing,     // – not answered
};

// "✓", "~", "✗", "–".
std::string mark_symbol(Mark mark);

// One asked value, marked.
struct MarkedValue {
    std::string key;                          // "δ[1][2]"
    Mark mark = Mark::missing;
    double truth = 0;                         // the true value, rounded as on a calculator
    const Answer* answer = nullptr;           // the student's answer (inside the Answers marked), or none
    std::vector<std::string> follows_from;    // ~: the earlier answers, not true themselves, that it follows from
    std::string explanation;                  // ✗: the formula with the student's numbers (see explanation.h)
    Reach reach;                              // the answers reachable from the student's own numbers
    std::string slip;                         // ✗: the slip recognised (explanation.h), or ""
    std::string same_slip_as;                 // ~: the value whose slip this repeats ("new_w[1][1][1]"), or ""
};

// The marks of one answer sheet, in the order the values are computed.
struct Marking {
    std::vector<MarkedValue> values;

    std::size_t count(Mark mark) const;   // how many values got `mark`
    std::size_t score() const;            // the values that earn credit: correct plus consistent
    bool all_right() const;               // no value is wrong (missing ones do not count as wrong)
};

// Marks `answers` for the values `asked` (indices into `rounded`). A slip repeated is one slip: when the
// same kind of slip explains several wrong values, the first is ✗ and the others ~ ("the same slip as …"). `rounded` is the problem's record with
// values rounded to tolerance.decimals as they are computed, `full` the same record in full precision.
// A value is correct when it matches either; otherwise consistent when it matches its formula applied to
// the student's own earlier answers (the problem's values where they gave none); otherwise wrong.
Marking mark_answers(const scalar::Record& rounded, const scalar::Record& full, const std::vector<std::size_t>& asked,
                     const Answers& answers, const Tolerance& tolerance);
