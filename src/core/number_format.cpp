#include "core/number_format.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

static std::string printed(const char* format, int precision, double x) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, format, precision, x);
    return buffer;
}

std::string fixed(double x, int decimals) {
    if (std::fabs(x) >= 1e15) return printed("%.*e", decimals, x);  // not 16 digits and more before the point
    std::string text = printed("%.*f", decimals, x);
    if (text[0] == '-' && text.find_first_not_of("-0.") == std::string::npos) text.erase(0, 1);
    return text;
}

std::string plain(double x) {
    if (x == 0) return "0";  // also for −0
    // Ordinary magnitudes without an exponent ("10", "0.0005"): the fewest decimals that read back as x.
    if (std::fabs(x) >= 1e-4 && std::fabs(x) < 1e15) {
        for (int decimals = 0; decimals <= 17; ++decimals) {
            const std::string text = printed("%.*f", decimals, x);
            if (std::strtod(text.c_str(), nullptr) == x) return text;
        }
    }
    for (int digits = 1;; ++digits) {
        const std::string text = printed("%.*g", digits, x);
        if (digits == 17 || std::strtod(text.c_str(), nullptr) == x) return text;
    }
}

std::string scientific(double x) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1e", x);
    return text;
}

std::string parenthesized(const std::string& number) {
    return !number.empty() && number[0] == '-' ? "(" + number + ")" : number;
}

std::string with_commas(std::size_t n) {
    std::string digits = std::to_string(n);
    for (std::size_t at = digits.size(); at > 3; at -= 3) digits.insert(at - 3, ",");
    return digits;
}
