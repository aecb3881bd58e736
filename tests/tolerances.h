// The tolerances of the tests, in one place, each with where it comes from. A tolerance is the largest
// |x − v| a test allows between a computed x and an expected v; it follows from how v was obtained (rounded
// to so many decimals, worked by hand with so many digits, summed in double), never from what makes a test pass.
#pragma once

// v is printed or given rounded to 4 decimals (0.7311 for σ(1) = 0.731059): |x − v| ≤ ½·10^−4.
inline constexpr double four_decimals = 0.00005;

// v is given rounded to 5 decimals (the hidden deltas −0.00798, −0.01139, −0.02605): |x − v| ≤ ½·10^−5.
inline constexpr double five_decimals = 0.000005;

// v is given rounded to 6 decimals (a standard deviation worked to 0.397730): |x − v| ≤ ½·10^−6.
inline constexpr double six_decimals = 0.0000005;

// v is a hand calculation carried with 6 or more decimals per step and written to 6 decimals: each step's
// rounding (≤ ½·10^−6) adds up over a few steps, so a few units in the 6th decimal.
inline constexpr double six_dp_hand = 0.000003;

// Lesson 01's hand values divide by the standard deviations written to 6 decimals (0.397730, 22.924271): a
// scaled value x = (v − μ)/σ is then off by at most (|x| + 1)·0.0000005/0.3977 < 0.000005 for |x| < 3, and the
// products and sums of one perceptron step by less than 0.00001.
inline constexpr double hand_rounding = 0.00001;

// v is exact in decimals (sums of products of one-decimal numbers such as 0.5·0.4 + (−1)·0.3 + 0.2 = 0.1), x the
// same sum in double: exact up to a few roundings of about 1e-16 each, so 1e-12 is far above double rounding
// and far below any decimal printed.
inline constexpr double double_rounding = 1e-12;

// The vector core (in double) against the scalar core: both compute the same formulas in double, but they may
// sum in a different order and the vector core may fuse multiply-adds, so values of size ≤ ~10 agree to within
// a few roundings: 1e-12.
inline constexpr double cores_agree = 1e-12;
