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
    std::size_t step = 1;                     // the training step it belongs to, from 1
    Mark mark = Mark::missing;
    double truth = 0;                         // the true value, rounded as on a calculator
    const Answer* answer = nullptr;           // the student's answer (inside the Answers marked), or none
    std::vector<std::string> follows_from;    // ~: the earlier answers, not true themselves, that it follows from
    std::string explanation;                  // ✗: the formula with the student's numbers (see explanation.h)
    Reach reach;                              // the answers reachable from the student's own numbers
    std::string slip;                         // ✗: the slip recognised (explanation.h), or ""
    std::string same_slip_as;                 // ~: the value whose slip this repeats ("new_w[1][1][1]"), or ""
};

// How a marked value is named where several steps are marked: "z[1][1]" when there is one step,
// "z[1][1] (step 2)" when there are more.
std::string value_label(const std::string& key, std::size_t step, std::size_t steps);

// The marks of one answer sheet, in the order the values are computed.
struct Marking {
    std::vector<MarkedValue> values;
    std::size_t steps = 1;                // how many training steps were marked

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

// Marks the answers of several training steps: answers[s] are those of step s + 1, rounded[s] and full[s] its
// records (as mark_answers), every computed value asked. Follow-through goes on from step to step: a weight
// or bias that a step takes from the one before is, in the student's workings, their own new_w or new_b of
// that step where they gave it. A slip repeated is one slip across all the steps.
Marking mark_steps(const std::vector<scalar::Record>& rounded, const std::vector<scalar::Record>& full,
                   const std::vector<Answers>& answers, const Tolerance& tolerance);
