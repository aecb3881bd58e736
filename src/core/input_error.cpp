#include "core/input_error.h"

static std::string located(const std::string& file, int line, const std::string& reason) {
    if (line > 0) return file + ":" + std::to_string(line) + ": " + reason;
    return file + ": " + reason;
}

InputError::InputError(const std::string& file, int line, const std::string& reason)
    : std::runtime_error(located(file, line, reason)), file(file), line(line), reason(reason) {}

// The length of the valid UTF-8 sequence of a multi-byte character starting at word[k], or 0 if there is none.
static std::size_t utf8_length(const std::string& word, std::size_t k) {
    const unsigned char lead = static_cast<unsigned char>(word[k]);
    const std::size_t length = lead >= 0xF0 && lead < 0xF5 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0;
    if (length == 0 || k + length > word.size()) return 0;
    for (std::size_t n = 1; n < length; ++n) {
        if ((static_cast<unsigned char>(word[k + n]) & 0xC0) != 0x80) return 0;
    }
    return length;
}

std::string quoted(const std::string& word) {
    std::string shown;
    std::size_t k = 0;
    for (std::size_t characters = 0; k < word.size() && characters < 40; ++characters) {
        const unsigned char c = static_cast<unsigned char>(word[k]);
        const std::size_t length = c >= 0x80 ? utf8_length(word, k) : 1;
        const bool printable = length > 1 || (c >= 32 && c < 127);
        shown += printable ? word.substr(k, length) : "?";
        k += length > 0 ? length : 1;
    }
    if (k < word.size()) shown += "…";
    return "'" + shown + "'";
}
