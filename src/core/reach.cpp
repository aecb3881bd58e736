#include "core/reach.h"

#include "core/decimal.h"

#include <algorithm>
#include <cmath>

Reach Reach::of(double x, int decimals) {
    Reach r(0);
    r.lo_ = r.hi_ = x;
    r.decimals_ = decimals;
    return r;
}

Reach Reach::widened(double lo, double hi, const Reach& a, const Reach& b) {
    Reach r(0);
    r.decimals_ = std::max(a.decimals_, b.decimals_);
    r.lo_ = lo;
    r.hi_ = hi;
    if (r.decimals_ >= 0) {
        r.lo_ = std::min(lo, round_to(lo, r.decimals_));
        r.hi_ = std::max(hi, round_to(hi, r.decimals_));
    }
    return r;
}

Reach Reach::operator+(const Reach& other) const { return widened(lo_ + other.lo_, hi_ + other.hi_, *this, other); }

Reach Reach::operator-(const Reach& other) const { return widened(lo_ - other.hi_, hi_ - other.lo_, *this, other); }

Reach Reach::operator-() const {
    Reach r = *this;
    r.lo_ = -hi_;
    r.hi_ = -lo_;
    return r;
}

Reach Reach::operator*(const Reach& other) const {
    const double p[] = {lo_ * other.lo_, lo_ * other.hi_, hi_ * other.lo_, hi_ * other.hi_};
    return widened(*std::min_element(p, p + 4), *std::max_element(p, p + 4), *this, other);
}

Reach Reach::operator/(const Reach& other) const {
    const double q[] = {lo_ / other.lo_, lo_ / other.hi_, hi_ / other.lo_, hi_ / other.hi_};
    return widened(*std::min_element(q, q + 4), *std::max_element(q, q + 4), *this, other);
}

Reach Reach::increasing(double (*f)(double)) const { return widened(f(lo_), f(hi_), *this, *this); }
