// How numbers are written: fixed decimals for computed values, the shortest exact form for given ones and TSV.
#pragma once

#include <cstddef>
#include <string>

// x with exactly `decimals` decimals ("0.7311"); a value that rounds to zero is written without a sign;
// a value of 10^15 or more in scientific form ("1.0000e+20").
std::string fixed(double x, int decimals);

// x as written by a person: the shortest form that reads back as exactly x ("0.4", "1", "-0.5", "1e-07").
std::string plain(double x);

// x in scientific notation with 1 decimal ("2.3e-11"), for differences far below the shown decimals.
std::string scientific(double x);

// The number inside a product or a sum: negative ones in parentheses, "(-0.1353)".
std::string parenthesized(const std::string& number);

// A whole number with commas between groups of three digits: 266610 → "266,610".
std::string with_commas(std::size_t n);
