#include "print/cleaning_text.h"

#include "print/table.h"

#include <algorithm>
#include <string>

void print_cleaning_step(std::ostream& out, int number, const CleaningStep& step) {
    out << "  " << number << ". " << step.what << ": " << step.rows_in << " rows in − " << step.dropped.size()
        << " dropped = " << step.rows_out() << " rows out\n";
    for (const DroppedRow& row : step.dropped) out << "       line " << row.line << ": " << row.why << "\n";
}

void print_one_hot(std::ostream& out, int number, const OneHot& encoding) {
    out << "  " << number << ". one-hot encoding of " << encoding.column << ": " << encoding.categories.size()
        << " values, one 0/1 column each\n";
    const std::vector<std::string> names = encoding.names();
    int widest = 0;
    for (const std::string& category : encoding.categories) widest = std::max(widest, text_width(category));
    for (std::size_t c = 0; c < encoding.categories.size(); ++c) {
        std::string code;
        for (std::size_t other = 0; other < encoding.categories.size(); ++other) code += (other ? ", " : "") + std::string(other == c ? "1" : "0");
        out << "       " << left_aligned(encoding.categories[c], widest) << " → (" << code << ")   " << encoding.count(c) << " rows\n";
    }
    std::string columns;
    for (const std::string& name : names) columns += (columns.empty() ? "" : ", ") + name;
    out << "       new columns: " << columns << "\n";
}
