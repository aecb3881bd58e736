#include "print/table.h"

#include <algorithm>

int text_width(const std::string& text) {
    int count = 0;
    for (unsigned char c : text) count += (c & 0xC0) != 0x80;
    return count;
}

std::string right_aligned(const std::string& text, int width) {
    const int missing = width - text_width(text);
    return missing > 0 ? std::string(static_cast<std::size_t>(missing), ' ') + text : text;
}

std::string left_aligned(const std::string& text, int width) {
    const int missing = width - text_width(text);
    return missing > 0 ? text + std::string(static_cast<std::size_t>(missing), ' ') : text;
}

std::string table_text(const std::vector<Column>& columns, const std::vector<std::vector<std::string>>& rows,
                       const TableLook& look) {
    std::vector<int> width;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        width.push_back(std::max(columns[c].width, text_width(columns[c].header)));
        for (const auto& row : rows) width[c] = std::max(width[c], text_width(row.at(c)));
    }
    auto line = [&](const std::vector<std::string>& cells) {
        std::string text = look.indent;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (c > 0) text += columns[c].before;
            const bool last = c + 1 == columns.size();
            text += !columns[c].left ? right_aligned(cells[c], width[c]) : last ? cells[c] : left_aligned(cells[c], width[c]);
        }
        return text.substr(0, text.find_last_not_of(' ') + 1) + "\n";  // no spaces at the end of a line
    };
    std::vector<std::string> header;
    for (const Column& column : columns) header.push_back(column.header);
    std::string text = line(header);
    if (look.rule) {
        int total = 0;
        for (std::size_t c = 0; c < columns.size(); ++c) total += width[c] + (c > 0 ? text_width(columns[c].before) : 0);
        text += look.indent;
        for (int k = 0; k < total; ++k) text += "─";
        text += "\n";
    }
    for (const auto& row : rows) text += line(row);
    return text;
}

void print_table(std::ostream& out, const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows, const std::string& indent) {
    std::vector<Column> columns;
    for (const std::string& name : header) columns.push_back({name});
    out << table_text(columns, rows, {indent, true});
}
