#include "io/spreadsheet_text.h"

#include "core/input_error.h"

#include <cstdint>

// What a file that is not text is told, for a file that should be `what` (e.g. "a text file of key and value lines").
static std::string expected_text(const std::string& what) {
    return "expected " + what + ": a spreadsheet saved as CSV, tab-separated or Unicode text";
}

// The line (from 1) of the byte at `position` in `bytes`, for files that are not yet split into lines.
// `width` is the bytes of one character: 1 for UTF-8, 2 for UTF-16 (whose line ends are LF 0 or 0 LF).
static int line_at(const std::string& bytes, std::size_t position, std::size_t width, std::size_t low_byte) {
    int line = 1;
    for (std::size_t k = low_byte; k < position && k < bytes.size(); k += width) line += bytes[k] == '\n' ? 1 : 0;
    return line;
}

// "holds binary data (NUL bytes; …)" at `line`.
static InputError binary_data(const std::string& file, int line, const std::string& what) {
    return InputError(file, line, "holds binary data (NUL bytes; " + expected_text(what) + ")");
}

// `code` (a Unicode code point) appended to `text` as UTF-8.
static void append_utf8(std::string& text, std::uint32_t code) {
    if (code < 0x80) {
        text += static_cast<char>(code);
    } else if (code < 0x800) {
        text += static_cast<char>(0xC0 | (code >> 6));
        text += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        text += static_cast<char>(0xE0 | (code >> 12));
        text += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        text += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        text += static_cast<char>(0xF0 | (code >> 18));
        text += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        text += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        text += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// UTF-16 `bytes` (from `start`, after any byte-order mark) as UTF-8; `big_endian` says the byte order.
static std::string utf8_from_utf16(const std::string& bytes, std::size_t start, bool big_endian, const std::string& file,
                                   const std::string& what) {
    const std::size_t low = big_endian ? 1 : 0;  // the byte of each pair that holds an ASCII character
    if ((bytes.size() - start) % 2 != 0) {
        throw InputError(file, line_at(bytes, bytes.size(), 2, start + low),
                         "ends in half a UTF-16 character (an odd number of bytes; " + expected_text(what) + ")");
    }
    auto unit = [&](std::size_t k) {
        const auto byte = [&](std::size_t n) { return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[n])); };
        return big_endian ? byte(k) << 8 | byte(k + 1) : byte(k + 1) << 8 | byte(k);
    };
    std::string text;
    for (std::size_t k = start; k < bytes.size(); k += 2) {
        std::uint32_t code = unit(k);
        if (code == 0) throw binary_data(file, line_at(bytes, k, 2, start + low), what);
        if (code >= 0xD800 && code < 0xDC00 && k + 3 < bytes.size() && unit(k + 2) >= 0xDC00 && unit(k + 2) < 0xE000) {
            code = 0x10000 + ((code - 0xD800) << 10) + (unit(k + 2) - 0xDC00);
            k += 2;
        } else if (code >= 0xD800 && code < 0xE000) {
            throw InputError(file, line_at(bytes, k, 2, start + low),
                             "holds half a UTF-16 character (a lone surrogate; " + expected_text(what) + ")");
        }
        append_utf8(text, code);
    }
    return text;
}

// The length of the well-formed UTF-8 character at text[k] (1 to 4), or 0 when the bytes there are not one:
// no overlong forms, no surrogates, nothing above U+10FFFF.
static std::size_t utf8_character(const std::string& text, std::size_t k) {
    const auto byte = [&](std::size_t n) { return n < text.size() ? static_cast<unsigned char>(text[n]) : 0u; };
    const unsigned lead = byte(k);
    if (lead < 0x80) return 1;
    const auto continues = [&](std::size_t n, unsigned low, unsigned high) { return byte(n) >= low && byte(n) <= high; };
    if (lead >= 0xC2 && lead <= 0xDF) return continues(k + 1, 0x80, 0xBF) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        const unsigned low = lead == 0xE0 ? 0xA0 : 0x80, high = lead == 0xED ? 0x9F : 0xBF;
        return continues(k + 1, low, high) && continues(k + 2, 0x80, 0xBF) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        const unsigned low = lead == 0xF0 ? 0x90 : 0x80, high = lead == 0xF4 ? 0x8F : 0xBF;
        return continues(k + 1, low, high) && continues(k + 2, 0x80, 0xBF) && continues(k + 3, 0x80, 0xBF) ? 4 : 0;
    }
    return 0;
}

// Checks that `text` (UTF-8 now) is text: well-formed UTF-8, no control character but tab, LF and CR.
static void check_text(const std::string& text, const std::string& file, const std::string& what) {
    for (std::size_t k = 0; k < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[k]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
            throw InputError(file, line_at(text, k, 1, 0), "holds binary data (a control character, byte " + std::to_string(c) +
                                                             "; " + expected_text(what) + ")");
        }
        const std::size_t length = utf8_character(text, k);
        if (length == 0) {
            throw InputError(file, line_at(text, k, 1, 0), "is not UTF-8 text (byte " + std::to_string(c) +
                                                             " starts no UTF-8 character; " + expected_text(what) + ", saved as UTF-8 or UTF-16)");
        }
        k += length;
    }
}

// The bytes decoded to UTF-8, whatever encoding they are in. Without a byte-order mark, NUL bytes say UTF-16
// when they look like its high bytes: the high byte of each ASCII character is 0, so they lie at odd positions
// (little endian) or at even ones (big endian), at least 3 in 4 of them on one side (characters such as 가 or
// 一, U+AC00 and U+4E00, have a 0 low byte, on the other side: a Korean roster had 89% on one side), in at
// least one character in 8 (a roster of names in other scripts still has ASCII ids and commas). Other NUL
// bytes are binary data: random bytes have a NUL in about one pair in 128, on both sides, and were reported as
// "half a UTF-16 character" before this rule.
static std::string utf8_of(const std::string& bytes, const std::string& file, const std::string& what) {
    if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) return bytes.substr(3);
    if (bytes.rfind("\xFF\xFE", 0) == 0) return utf8_from_utf16(bytes, 2, false, file, what);
    if (bytes.rfind("\xFE\xFF", 0) == 0) return utf8_from_utf16(bytes, 2, true, file, what);
    std::size_t even = 0, odd = 0;
    for (std::size_t k = 0; k < bytes.size(); ++k) {
        if (bytes[k] == '\0') ++(k % 2 == 0 ? even : odd);
    }
    const std::size_t nuls = even + odd, one_side = even > odd ? even : odd;
    if (nuls == 0) return bytes;
    const bool utf16 = bytes.size() % 2 == 0 && 8 * nuls >= bytes.size() / 2 && 4 * one_side >= 3 * nuls;
    if (!utf16) throw binary_data(file, line_at(bytes, bytes.find('\0'), 1, 0), what);
    return utf8_from_utf16(bytes, 0, even > odd, file, what);
}

std::vector<std::string> text_lines(const std::string& bytes, const std::string& file, const std::string& what) {
    const std::string text = utf8_of(bytes, file, what);
    check_text(text, file, what);
    std::vector<std::string> lines;
    std::string line;
    for (std::size_t k = 0; k < text.size(); ++k) {
        if (text[k] != '\n' && text[k] != '\r') {
            line += text[k];
            continue;
        }
        if (text[k] == '\r' && k + 1 < text.size() && text[k + 1] == '\n') ++k;  // CRLF is one line end
        lines.push_back(line);
        line.clear();
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

// The part of `line` before a '#' that is outside quotes.
static std::string without_comment(const std::string& line) {
    bool quoted = false;
    for (std::size_t k = 0; k < line.size(); ++k) {
        if (line[k] == '"') quoted = !quoted;
        if (line[k] == '#' && !quoted) return line.substr(0, k);
    }
    return line;
}

// Whether `line`, outside quotes and its comment, holds the character `c`.
static bool holds_outside_quotes(const std::string& line, char c) {
    bool quoted = false;
    for (char x : without_comment(line)) {
        if (x == '"') quoted = !quoted;
        if (x == c && !quoted) return true;
    }
    return false;
}

Separator separator_of(const std::vector<std::string>& lines) {
    const auto any_holds = [&](char c) {
        for (const std::string& line : lines) {
            if (holds_outside_quotes(line, c)) return true;
        }
        return false;
    };
    if (any_holds('\t')) return Separator::blanks;
    if (any_holds(';')) return Separator::semicolon;
    if (any_holds(',')) return Separator::comma;
    return Separator::blanks;
}

// Whether `c` separates cells.
static bool separates(char c, Separator separator) {
    switch (separator) {
        case Separator::blanks: return c == ' ' || c == '\t';
        case Separator::comma: return c == ',';
        case Separator::semicolon: return c == ';';
    }
    return false;
}

static bool is_blank(char c) { return c == ' ' || c == '\t'; }

// The quoted cell that starts at text[k] (a quote); moves k past its closing quote.
static std::string quoted_cell(const std::string& text, std::size_t& k, const std::string& file, int number) {
    std::string cell;
    for (++k; k < text.size(); ++k) {
        if (text[k] != '"') {
            cell += text[k];
        } else if (k + 1 < text.size() && text[k + 1] == '"') {
            cell += '"';  // a doubled quote is one quote
            ++k;
        } else {
            ++k;
            return cell;
        }
    }
    throw InputError(file, number, "a quote is not closed (expected cells such as \"z[1][1]\",\"0.5\")");
}

std::vector<Cell> cells_of(const std::string& line, Separator separator, const std::string& file, int number) {
    const std::string text = without_comment(line);
    std::vector<Cell> cells;
    for (std::size_t k = 0; k <= text.size(); ++k) {  // each turn reads one cell and the separator after it
        while (k < text.size() && is_blank(text[k])) ++k;
        Cell cell;
        if (k < text.size() && text[k] == '"') {
            cell.quoted = true;
            cell.text = quoted_cell(text, k, file, number);
            while (k < text.size() && is_blank(text[k]) && !separates(text[k], separator)) ++k;
            if (k < text.size() && !separates(text[k], separator)) {
                throw InputError(file, number, "text after a closing quote (expected a separator after \"" + cell.text + "\")");
            }
        } else {
            while (k < text.size() && !separates(text[k], separator)) cell.text += text[k++];
            while (!cell.text.empty() && is_blank(cell.text.back())) cell.text.pop_back();
        }
        cells.push_back(cell);
        if (separator == Separator::blanks) {
            while (k + 1 < text.size() && is_blank(text[k + 1])) ++k;  // a run of blanks is one separator
        }
    }
    const auto empty = [](const Cell& c) { return c.text.empty(); };
    while (!cells.empty() && empty(cells.back())) cells.pop_back();
    std::size_t first = 0;
    while (first < cells.size() && empty(cells[first])) ++first;
    return std::vector<Cell>(cells.begin() + static_cast<std::ptrdiff_t>(first), cells.end());
}
