#include "core/number_parse.h"

#include "core/input_error.h"

#include <cctype>
#include <cmath>
#include <cstdlib>

// Whether `word` is [+-]digits[.digits][(e|E)[+-]digits], with at least one digit before the exponent.
static bool is_decimal(const std::string& word) {
    std::size_t k = 0;
    auto digits = [&] {
        const std::size_t start = k;
        while (k < word.size() && std::isdigit(static_cast<unsigned char>(word[k]))) ++k;
        return k - start;
    };
    if (k < word.size() && (word[k] == '+' || word[k] == '-')) ++k;
    std::size_t mantissa = digits();
    if (k < word.size() && word[k] == '.') {
        ++k;
        mantissa += digits();
    }
    if (mantissa == 0) return false;
    if (k < word.size() && (word[k] == 'e' || word[k] == 'E')) {
        ++k;
        if (k < word.size() && (word[k] == '+' || word[k] == '-')) ++k;
        if (digits() == 0) return false;
    }
    return k == word.size();
}

static bool names_non_finite(const std::string& word) {
    std::string lower;
    for (char c : word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* name : {"nan", "+nan", "-nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"}) {
        if (lower == name) return true;
    }
    return false;
}

double read_number(const std::string& word, const std::string& file, int line, const std::string& what) {
    if (names_non_finite(word)) {
        throw InputError(file, line, quoted(word) + " is not a finite number (expected " + what + " as a finite decimal number)");
    }
    if (!is_decimal(word)) {
        // "1,1": numbers written with commas, as in CSV or in a language that writes 0,5.
        const std::string hint = word.find(',') != std::string::npos
                                     ? "; numbers take a decimal point, not a comma, and in a .net file spaces between them" : "";
        throw InputError(file, line, quoted(word) + " is not a number (expected " + what + " as a decimal number such as 0.5" + hint + ")");
    }
    const double x = std::strtod(word.c_str(), nullptr);
    if (!std::isfinite(x)) {
        throw InputError(file, line, quoted(word) + " is too large to be a finite number (expected " + what + " as a finite decimal number)");
    }
    return x;
}
