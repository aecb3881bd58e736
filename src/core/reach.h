// The values a careful student can reach with a calculator: an interval [lo, hi] that, after every operation,
// also holds the result rounded to N decimals. A student may round any intermediate result (f′ before
// multiplying, e^(−z), each product of a sum) to N or more decimals; every such rounding lies between the
// unrounded value and its N-decimal rounding, so the interval holds every answer they can honestly reach.
#pragma once

// An interval of reachable values, with the decimals intermediate results may be rounded to.
class Reach {
public:
    explicit Reach(long long whole = 0) : lo_(static_cast<double>(whole)), hi_(static_cast<double>(whole)) {}  // a constant
    // A number the student has (an earlier answer, a given value): exactly x; what is computed from it may
    // be rounded to `decimals` decimals along the way.
    static Reach of(double x, int decimals);

    double lo() const { return lo_; }
    double hi() const { return hi_; }

    Reach operator+(const Reach& other) const;
    Reach operator-(const Reach& other) const;
    Reach operator*(const Reach& other) const;
    Reach operator/(const Reach& other) const;  // `other` must not hold 0
    Reach operator-() const;
    // Certainly greater: every value of this is above every value of `other` (relu′ of a student's z).
    bool operator>(const Reach& other) const { return lo_ > other.hi_; }
    bool operator<(const Reach& other) const { return hi_ < other.lo_; }

    // f applied to an interval on which f is increasing (e^x, ln x, tanh x), each result widened as above.
    Reach increasing(double (*f)(double)) const;

private:
    double lo_ = 0, hi_ = 0;
    int decimals_ = -1;  // the decimals results may be rounded to; −1 for a constant, which sets none

    // [lo, hi] with the decimals of a and b, widened to hold both ends rounded to those decimals.
    static Reach widened(double lo, double hi, const Reach& a, const Reach& b);
};
