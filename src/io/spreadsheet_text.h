// Text as spreadsheets and editors save it: UTF-8 or UTF-16 with or without a byte-order mark, any line
// ends, cells separated by tabs, commas or semicolons, quoted or not. For answer sheets; not a general CSV
// parser (a quoted cell cannot span lines).
#pragma once

#include <string>
#include <vector>

// The text of a file's `bytes` as UTF-8 lines (without their line ends), line k + 1 of the file at index k.
// Reads UTF-8 (a byte-order mark is dropped) and UTF-16 little or big endian, with its byte-order mark or
// without one (told by where the NUL bytes of its ASCII characters lie). Lines end at LF, CRLF or a lone CR.
// Throws InputError(file, line, …) for binary data (NUL bytes that are not UTF-16, control characters other
// than tab) and for text in no encoding it reads (a byte that is not UTF-8, an odd number of UTF-16 bytes, a
// lone UTF-16 surrogate); their reasons say that `what` was expected, e.g. "a text file of key and value lines".
std::vector<std::string> text_lines(const std::string& bytes, const std::string& file, const std::string& what);

// How the cells of a line are separated.
enum class Separator {
    blanks,     // tabs or spaces, any number (tab-separated text, or key and value typed with spaces)
    comma,      // "," (CSV as most spreadsheets write it)
    semicolon,  // ";" (CSV where the decimal separator is a comma)
};

// The separator of a file's lines, outside quotes and '#' comments: blanks when a line holds a tab, else a
// semicolon when one holds a semicolon, else a comma when one holds a comma, else blanks.
Separator separator_of(const std::vector<std::string>& lines);

// One cell of a line.
struct Cell {
    std::string text;     // without the spaces around it and without its quotes ("" inside a quoted cell is ")
    bool quoted = false;  // whether it was written in quotes ("0,5")
};

// The cells of `line`, which is line `number` of `file`: a '#' outside quotes starts a comment, cells are
// split at `separator` outside quotes, and empty cells at either end (a spreadsheet's unused columns) are
// dropped, so a blank line or a comment has no cells. Throws InputError(file, number, …) for a quote that
// is not closed, or text after a closing quote.
std::vector<Cell> cells_of(const std::string& line, Separator separator, const std::string& file, int number);
