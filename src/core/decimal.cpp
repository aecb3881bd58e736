#include "core/decimal.h"

#include "core/number_format.h"

#include <algorithm>
#include <cctype>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <stdexcept>

// Magnitudes: whole numbers as base-10^9 limbs, least significant first, no zero limb at the top.
using Limbs = std::vector<std::uint32_t>;
static const std::uint32_t base = 1000000000;

static void trim(Limbs& a) {
    while (!a.empty() && a.back() == 0) a.pop_back();
}

static int compare(const Limbs& a, const Limbs& b) {
    if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
    for (std::size_t k = a.size(); k-- > 0;) {
        if (a[k] != b[k]) return a[k] < b[k] ? -1 : 1;
    }
    return 0;
}

static Limbs add(const Limbs& a, const Limbs& b) {
    Limbs sum;
    std::uint64_t carry = 0;
    for (std::size_t k = 0; k < std::max(a.size(), b.size()) || carry; ++k) {
        const std::uint64_t s = carry + (k < a.size() ? a[k] : 0) + (k < b.size() ? b[k] : 0);
        sum.push_back(static_cast<std::uint32_t>(s % base));
        carry = s / base;
    }
    return sum;
}

// a − b for a ≥ b.
static Limbs subtract(const Limbs& a, const Limbs& b) {
    Limbs difference;
    std::int64_t borrow = 0;
    for (std::size_t k = 0; k < a.size(); ++k) {
        std::int64_t d = static_cast<std::int64_t>(a[k]) - borrow - (k < b.size() ? b[k] : 0);
        borrow = d < 0 ? 1 : 0;
        difference.push_back(static_cast<std::uint32_t>(d + borrow * base));
    }
    trim(difference);
    return difference;
}

static Limbs multiply(const Limbs& a, const Limbs& b) {
    if (a.empty() || b.empty()) return {};
    std::vector<std::uint64_t> product(a.size() + b.size() + 1, 0);
    for (std::size_t i = 0; i < a.size(); ++i) {
        std::uint64_t carry = 0;
        for (std::size_t j = 0; j < b.size() || carry; ++j) {
            const std::uint64_t p = product[i + j] + carry + (j < b.size() ? std::uint64_t(a[i]) * b[j] : 0);
            product[i + j] = p % base;
            carry = p / base;
        }
    }
    Limbs result(product.begin(), product.end());
    trim(result);
    return result;
}

static Limbs from_digits(const std::string& digits) {
    Limbs limbs;
    for (std::size_t end = digits.size(); end > 0; end = end >= 9 ? end - 9 : 0) {
        const std::size_t start = end >= 9 ? end - 9 : 0;
        limbs.push_back(static_cast<std::uint32_t>(std::stoul(digits.substr(start, end - start))));
    }
    trim(limbs);
    return limbs;
}

// The largest exponent a written number may have: enough for any double (1e308, 5e-324), and bounded.
static const int largest_exponent = 400;

Decimal::Decimal(long long whole) {
    negative_ = whole < 0;
    unsigned long long magnitude = whole < 0 ? 0ull - static_cast<unsigned long long>(whole) : static_cast<unsigned long long>(whole);
    for (; magnitude > 0; magnitude /= base) limbs_.push_back(static_cast<std::uint32_t>(magnitude % base));
}

bool Decimal::parse(const std::string& text, Decimal& out) {
    std::size_t k = 0;
    const bool negative = k < text.size() && (text[k] == '-' || text[k] == '+') ? text[k++] == '-' : false;
    std::string digits;
    int decimals = 0;
    bool point = false, any = false;
    for (; k < text.size() && (std::isdigit(static_cast<unsigned char>(text[k])) || (text[k] == '.' && !point)); ++k) {
        if (text[k] == '.') {
            point = true;
            continue;
        }
        any = true;
        digits += text[k];
        decimals += point ? 1 : 0;
    }
    if (!any) return false;
    int exponent = 0;
    if (k < text.size() && (text[k] == 'e' || text[k] == 'E')) {
        const std::string rest = text.substr(k + 1);
        const std::size_t start = !rest.empty() && (rest[0] == '-' || rest[0] == '+') ? 1 : 0;
        if (rest.size() == start || rest.size() - start > 3 || rest.find_first_not_of("0123456789", start) != std::string::npos) return false;
        exponent = std::stoi(rest);
        k = text.size();
    }
    if (k != text.size() || std::abs(exponent) > largest_exponent) return false;
    int scale = decimals - exponent;
    if (scale < 0) {
        digits.append(static_cast<std::size_t>(-scale), '0');
        scale = 0;
    }
    out = Decimal();
    out.limbs_ = from_digits(digits);
    out.scale_ = scale;
    out.negative_ = negative && !out.limbs_.empty();
    return true;
}

Decimal Decimal::of(double x) {
    Decimal d;
    if (!std::isfinite(x) || !parse(plain(x), d)) throw std::logic_error("Decimal::of: " + plain(x) + " is not a finite number");
    return d;
}

bool Decimal::nearest(long double x, int decimals, Decimal& out, bool x_is_exact) {
    if (!std::isfinite(x)) return false;
    const long double scaled = std::fabs(x * std::pow(10.0L, decimals));
    if (scaled >= 9e18L) return false;
    const long double whole = std::floor(scaled), fraction = scaled - whole;
    // x carries a few units in the last place of error from e^x, tanh or ln: near a tie that could decide.
    const long double doubt = x_is_exact ? -1 : 64 * LDBL_EPSILON * std::max(1.0L, scaled);
    if (std::fabs(fraction - 0.5L) <= doubt) return false;
    const long long n = static_cast<long long>(whole) + (fraction > 0.5L ? 1 : 0);
    out = Decimal(x < 0 ? -n : n);
    out.scale_ = decimals;
    return true;
}

Decimal Decimal::with_scale(int scale) const {
    Decimal d = *this;
    const int extra = scale - scale_;
    std::string factor = "1";
    factor.append(static_cast<std::size_t>(extra), '0');
    d.limbs_ = multiply(limbs_, from_digits(factor));
    d.scale_ = scale;
    return d;
}

Decimal Decimal::operator+(const Decimal& other) const {
    const int scale = std::max(scale_, other.scale_);
    const Decimal a = with_scale(scale), b = other.with_scale(scale);
    Decimal sum;
    sum.scale_ = scale;
    if (a.negative_ == b.negative_) {
        sum.limbs_ = add(a.limbs_, b.limbs_);
        sum.negative_ = a.negative_;
    } else if (compare(a.limbs_, b.limbs_) >= 0) {
        sum.limbs_ = subtract(a.limbs_, b.limbs_);
        sum.negative_ = a.negative_;
    } else {
        sum.limbs_ = subtract(b.limbs_, a.limbs_);
        sum.negative_ = b.negative_;
    }
    sum.negative_ = sum.negative_ && !sum.limbs_.empty();
    return sum;
}

Decimal Decimal::operator-() const {
    Decimal d = *this;
    d.negative_ = !negative_ && !limbs_.empty();
    return d;
}

Decimal Decimal::operator-(const Decimal& other) const { return *this + -other; }

Decimal Decimal::operator*(const Decimal& other) const {
    Decimal product;
    product.limbs_ = multiply(limbs_, other.limbs_);
    product.scale_ = scale_ + other.scale_;
    product.negative_ = negative_ != other.negative_ && !product.limbs_.empty();
    return product;
}

bool Decimal::operator<(const Decimal& other) const {
    const Decimal difference = *this - other;
    return difference.negative_;
}

bool Decimal::operator==(const Decimal& other) const { return (*this - other).limbs_.empty(); }

std::string Decimal::digits() const {
    if (limbs_.empty()) return "0";
    std::string text = std::to_string(limbs_.back());
    for (std::size_t k = limbs_.size() - 1; k-- > 0;) {
        const std::string limb = std::to_string(limbs_[k]);
        text += std::string(9 - limb.size(), '0') + limb;
    }
    return text;
}

Decimal Decimal::rounded(int decimals) const {
    if (scale_ <= decimals) return *this;
    const std::size_t drop = static_cast<std::size_t>(scale_ - decimals);
    std::string all = digits();
    if (all.size() <= drop) all.insert(0, drop + 1 - all.size(), '0');
    const std::string kept = all.substr(0, all.size() - drop);
    Decimal r;
    r.limbs_ = from_digits(kept);
    if (all[all.size() - drop] >= '5') r.limbs_ = add(r.limbs_, {1});  // half away from zero, on the magnitude
    r.scale_ = decimals;
    r.negative_ = negative_ && !r.limbs_.empty();
    return r;
}

// ±digits with the point `scale` places from the right, exactly `scale` decimals.
static std::string with_point(bool negative, std::string digits, int scale) {
    const std::size_t decimals = static_cast<std::size_t>(scale);
    if (digits.size() <= decimals) digits.insert(0, decimals + 1 - digits.size(), '0');
    if (decimals > 0) digits.insert(digits.size() - decimals, ".");
    return (negative ? "-" : "") + digits;
}

std::string Decimal::text() const {
    std::string written = with_point(negative_, digits(), scale_);
    if (written.find('.') != std::string::npos) {
        written.erase(written.find_last_not_of('0') + 1);
        if (written.back() == '.') written.pop_back();
    }
    return written;
}

std::string Decimal::fixed(int decimals) const {
    const Decimal r = rounded(decimals);
    const Decimal padded = r.scale_ < decimals ? r.with_scale(decimals) : r;
    return with_point(padded.negative_, padded.digits(), decimals);
}

double Decimal::to_double() const { return std::strtod(text().c_str(), nullptr); }

long double Decimal::to_long_double() const { return std::strtold(text().c_str(), nullptr); }

double round_to(double x, int decimals) {
    return std::isfinite(x) ? Decimal::of(x).rounded(decimals).to_double() : x;  // inf and nan stay as they are
}
