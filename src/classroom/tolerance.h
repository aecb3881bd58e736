// When a value a student wrote counts as equal to a computed one. Not the marking itself (see marker.h).
#pragma once

#include "core/reach.h"

// The marking tolerance: how many decimals were asked for, and how far a written value may be off.
struct Tolerance {
    int decimals = 4;         // decimals the answers were asked to (0..12)
    double width = 0.00005;   // |yours − value| allowed; by default half a unit in the last decimal asked for
    bool band = false;        // only a plain band of ±width around the value (--tol), no intermediate roundings

    // Whether `yours` equals `value` within `width`, with `value` as computed or rounded to `decimals`
    // (a student may round only at the end, or as they go; both are right).
    bool matches(double yours, double value) const;

    // Whether `yours` is within `width` of a value the reach holds: an answer a careful student reaches by
    // rounding intermediate results (core/reach.h). Never, for a plain band.
    bool reaches(double yours, const Reach& reach) const;
};

// Half a unit in the last of `decimals` decimals: 0.00005 for 4. A value written to `decimals` decimals is
// within it of x exactly when it is x correctly rounded.
double half_unit(int decimals);
