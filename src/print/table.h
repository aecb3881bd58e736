// Aligned console text: the width of UTF-8 text, padding, and the one table printer every lesson uses.
// Printing only; the cells arrive as finished text.
#pragma once

#include <ostream>
#include <string>
#include <vector>

// The number of characters of UTF-8 text (not bytes): "Δw1" is 3 wide.
int text_width(const std::string& text);

// `text` right-aligned in `width` characters (UTF-8 aware, so "Δw1" counts as 3).
std::string right_aligned(const std::string& text, int width);

// `text` left-aligned in `width` characters (UTF-8 aware).
std::string left_aligned(const std::string& text, int width);

// One column of a table: its header, how its cells are aligned, how wide it is at least, and the text that
// separates it from the column before it (ignored for the first column).
struct Column {
    std::string header;
    bool left = false;          // left-aligned (right-aligned otherwise, as numbers are)
    int width = 0;              // at least this many characters; wider when a cell or the header is wider
    std::string before = "  ";  // between this column and the one before: "  ", " | ", "" …
};

// How the table as a whole looks.
struct TableLook {
    std::string indent = "  ";  // before every line
    bool rule = true;           // a line of "─" under the header, as wide as the table
};

// The table as text: the header row, the rule (when asked for), then the rows, one line each. Each row has
// one cell per column; each column is as wide as its widest cell, header or `width`, counted in characters.
// A line never ends in spaces (a left-aligned last column is not padded, an empty last cell leaves none).
std::string table_text(const std::vector<Column>& columns, const std::vector<std::vector<std::string>>& rows,
                       const TableLook& look = {});

// The plain table of lessons 03–05: columns right-aligned to their widest cell and two spaces apart, a rule
// under the header, after `indent`.
void print_table(std::ostream& out, const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows, const std::string& indent = "  ");
