// Exact decimal numbers, for calculator mode (--round N): sums and products without any rounding, and
// rounding to N decimals half away from zero, as a decimal calculator shows it. For hand-sized problems, not
// for speed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

// x rounded to `decimals` decimals, half away from zero, as a calculator shows it: the number x is written
// as (its shortest exact text, so 1.005 is 1.005, not 1.00499999999999989…) rounded exactly. inf and nan
// are returned as they are.
double round_to(double x, int decimals);

// ±mantissa · 10^−scale, the mantissa a whole number of any size.
class Decimal {
public:
    Decimal() = default;                // 0
    explicit Decimal(long long whole);  // a whole number: Decimal(1)

    // The number a text writes ("0.908405", "-1.5", "3e-05", "1e+300"); false when it is not a number.
    static bool parse(const std::string& text, Decimal& out);
    // The number a double is written as: its shortest text that reads back as the same double (0.1 → 0.1,
    // not 0.1000000000000000055…). A value given in a file is used exactly as it was written.
    static Decimal of(double x);
    // x rounded to `decimals` decimals, half away from zero, when a long double can decide it: false when x
    // lies so close to the middle between two such numbers that its own rounding error could tip it (unless
    // `x_is_exact`: x is the true value, as sigmoid(0) = 0.5 is), or when x is too large for `decimals`
    // decimals (|x|·10^decimals ≥ 9·10^18).
    static bool nearest(long double x, int decimals, Decimal& out, bool x_is_exact = false);

    Decimal operator+(const Decimal& other) const;
    Decimal operator-(const Decimal& other) const;
    Decimal operator*(const Decimal& other) const;
    Decimal operator-() const;
    bool operator<(const Decimal& other) const;
    bool operator>(const Decimal& other) const { return other < *this; }
    bool operator==(const Decimal& other) const;
    bool operator!=(const Decimal& other) const { return !(*this == other); }

    // This number rounded to `decimals` decimals (0..), half away from zero: 0.005 → 0.01, −0.125 → −0.13.
    Decimal rounded(int decimals) const;
    // The nearest double (correctly rounded).
    double to_double() const;
    // As a long double, for the functions a calculator computes (e^x, tanh, ln).
    long double to_long_double() const;
    // Every digit, no exponent, no trailing zeros after the point: "0.908405", "-12", "0". Never "-0".
    std::string text() const;
    // Rounded to `decimals` decimals and written with exactly that many: fixed(2) of 1.005 is "1.01".
    std::string fixed(int decimals) const;

private:
    bool negative_ = false;              // never true for 0
    std::vector<std::uint32_t> limbs_;   // |mantissa| in base 10^9, least significant first; empty for 0
    int scale_ = 0;                      // decimals: the value is ±mantissa · 10^−scale_, scale_ ≥ 0

    Decimal with_scale(int scale) const;  // the same value with more decimals (scale ≥ scale_)
    std::string digits() const;           // |mantissa| in decimal, "0" for 0
};
