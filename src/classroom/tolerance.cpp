#include "classroom/tolerance.h"

#include "scalar/record.h"

#include <cmath>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// A decimal tie such as 0.12345 written as 0.1235 is exactly half a unit off in decimal, but may be a few
// units in the last binary place more in double; 1e-12 of the value's size covers that and nothing else.
// A value that overflowed (e.g. worked on from a student's 1e308) matches nothing: its slack would be
// infinite and take any answer.
static bool within(double yours, double value, double width) {
    if (!std::isfinite(yours) || !std::isfinite(value)) return false;
    return std::fabs(yours - value) <= width + 1e-12 * (1 + std::fabs(value));
}

bool Tolerance::matches(double yours, double value) const {
    return within(yours, value, width) || within(yours, round_to(value, decimals), width);
}

bool Tolerance::reaches(double yours, const Reach& reach) const {
    if (band || !std::isfinite(yours) || !std::isfinite(reach.lo()) || !std::isfinite(reach.hi())) return false;
    const double slack = width + 1e-12 * (1 + std::fabs(yours));
    return yours >= reach.lo() - slack && yours <= reach.hi() + slack;
}

double half_unit(int decimals) { return 0.5 * std::pow(10.0, -decimals); }
