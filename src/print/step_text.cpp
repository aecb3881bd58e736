#include "print/step_text.h"

#include "print/formula_text.h"
#include "print/number_format.h"

#include <algorithm>

// A given value as a person writes it ("0.8"), or to `decimals` decimals when it has more digits than that
// (an updated weight such as 0.7920197451579396 is written "0.79202").
static std::string given_text(double x, int decimals) {
    const std::string shortest = plain(x);
    const std::size_t point = shortest.find('.');
    const bool short_enough = shortest.find('e') == std::string::npos &&
                              (point == std::string::npos || shortest.size() - point - 1 <= static_cast<std::size_t>(decimals));
    return short_enough ? shortest : fixed(x, decimals);
}

std::string value_line(const Record& record, const std::string& key, int decimals) {
    const Quantity& q = record[record.index(key)];
    std::vector<std::string> operands;
    for (std::size_t k : q.operands) {
        const Quantity& operand = record[k];
        operands.push_back(is_computed(operand.rule) ? fixed(operand.value, decimals) : given_text(operand.value, decimals));
    }
    const std::string numbers = substituted_formula(q, operands);
    const bool plain_enough = q.rule == Rule::weighted_sum || q.rule == Rule::activation;
    return q.key + " = " + (plain_enough ? "" : symbolic_formula(q) + " = ") + numbers + " = " + fixed(q.value, decimals);
}

// Whether `key` names a bias or its change: "b[…]", "db[…]", "new_b[…]".
static bool is_bias(const std::string& key) {
    return key.rfind("b[", 0) == 0 || key.rfind("db[", 0) == 0 || key.rfind("new_b[", 0) == 0;
}

void print_stage(std::ostream& out, const Record& record, Stage stage, int decimals, bool with_biases,
                 const std::string& indent) {
    for (const Quantity& q : record.quantities()) {
        if (!is_computed(q.rule) || stage_of(q.rule) != stage || (!with_biases && is_bias(q.key))) continue;
        out << indent << value_line(record, q.key, decimals) << "\n";
    }
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
