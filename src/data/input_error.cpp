#include "data/input_error.h"

static std::string located(const std::string& file, int line, const std::string& reason) {
    if (line > 0) return file + ":" + std::to_string(line) + ": " + reason;
    return file + ": " + reason;
}

InputError::InputError(const std::string& file, int line, const std::string& reason)
    : std::runtime_error(located(file, line, reason)), file(file), line(line), reason(reason) {}

std::string quoted(const std::string& word) {
    std::string shown;
    for (char c : word.substr(0, 40)) shown += (c >= 32 && c < 127) || (c & 0x80) ? c : '?';
    if (word.size() > 40) shown += "…";
    return "'" + shown + "'";
}
