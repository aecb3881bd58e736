#include "print/step_text.h"

#include "print/formula_text.h"
#include "core/number_format.h"

#include <algorithm>

void print_stage(std::ostream& out, const Record& record, Stage stage, int decimals, const std::string& indent) {
    for (const Quantity* q : computed_in(record, stage)) out << indent << value_line(record, *q, decimals) << "\n";
}

// The number of characters (not bytes) of UTF-8 `text`.
static std::size_t characters(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

void print_table(std::ostream& out, const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows, const std::string& indent) {
    std::vector<std::size_t> width(header.size());
    for (std::size_t c = 0; c < header.size(); ++c) {
        width[c] = characters(header[c]);
        for (const auto& row : rows) width[c] = std::max(width[c], characters(row.at(c)));
    }
    auto print_row = [&](const std::vector<std::string>& cells) {
        std::string line = indent;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            line += (c == 0 ? "" : "  ") + std::string(width[c] - characters(cells[c]), ' ') + cells[c];
        }
        out << line << "\n";
    };
    print_row(header);
    std::size_t total = 0;
    for (std::size_t w : width) total += w;
    std::string rule;
    for (std::size_t k = 0; k < total + 2 * (width.size() - 1); ++k) rule += "─";
    out << indent << rule << "\n";
    for (const auto& row : rows) print_row(row);
}
