// Explains a wrong value: its formula with the student's own numbers put in, and the slip when one is
// recognised (a wrong sign, a missing f′, a missing or different η, …). Not the marking (see marker.h).
#pragma once

#include "classroom/tolerance.h"
#include "io/answer_sheet.h"
#include "scalar/record.h"

#include <string>

// One operand as the student had it: their own earlier answer where they gave one, the problem's value
// otherwise. Givens (inputs, weights, biases, targets, η) always come from the problem.
struct Worked : scalar::Shown {
    std::size_t index = 0;  // the operand's position in the problem's record
    bool yours = false;     // whether it came from the student's answers
};

// The operands of a quantity as the student had them, by name (see scalar/operands.h).
using Workings = scalar::Operands<Worked>;

// The value the workings give: the quantity's formula applied to the student's own numbers.
double worked_value(const scalar::Quantity& q, const Workings& workings);

// One line, e.g. "δ[1][2]: you wrote -0.0210; from your a[1][2] = 0.6 and δ[2][1] = 0.2,
// a(1 − a)·Σ w·δ = 0.6·(1 − 0.6)·((-0.5)·0.2) = -0.0240", then the answers accepted when rounding along the
// way (the `reach`) allows more than one ("any value from -0.1209 to -0.1206 is accepted"), then "; " and
// the `slip` (recognised_slip) when there is one.
// `problem` is the record q belongs to (for the operands' names).
std::string explain_mistake(const scalar::Record& problem, const scalar::Quantity& q, const Workings& workings, const Answer& yours,
                            const Tolerance& tolerance, const Reach& reach, const std::string& slip);

// The common slip that turns the workings into `yours`, in words ("the sign is wrong", "the factor
// a(1 − a) of f′ is missing", "the rate η = 0.5 is missing", …), or "" when none fits.
std::string recognised_slip(const scalar::Quantity& q, const Workings& workings, double yours, const Tolerance& tolerance);

// What a slip is, without its numbers, to tell one slip repeated from two: "the bias b = " for
// "the bias b = 0.25 is missing", the whole text for "the sign is wrong".
std::string slip_kind(const std::string& slip);
