#include "print/number_format.h"

#include <cstdio>

static std::string printed(const char* format, int precision, double x) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, format, precision, x);
    return buffer;
}

std::string fixed(double x, int decimals) {
    std::string text = printed("%.*f", decimals, x);
    if (text[0] == '-' && text.find_first_not_of("-0.") == std::string::npos) text.erase(0, 1);
    return text;
}

std::string plain(double x) { return printed("%.*g", 15, x == 0 ? 0.0 : x); }

std::string exact(double x) { return printed("%.*g", 17, x); }

std::string parenthesized(const std::string& number) {
    return !number.empty() && number[0] == '-' ? "(" + number + ")" : number;
}
