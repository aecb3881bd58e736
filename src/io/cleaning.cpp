#include "io/cleaning.h"

#include "core/input_error.h"
#include "core/number_format.h"
#include "core/number_parse.h"

#include <cstdlib>
#include <functional>

// Keeps the rows of `table` for which `why_drop` returns "" and records the others with their reason.
static CleaningStep keep_rows(CsvCells& table, const std::string& what,
                              const std::function<std::string(std::size_t row)>& why_drop) {
    CleaningStep step{what, table.rows.size(), {}};
    CsvCells kept{table.file, table.columns, {}, {}};
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const std::string why = why_drop(r);
        if (why.empty()) {
            kept.rows.push_back(table.rows[r]);
            kept.lines.push_back(table.lines[r]);
        } else {
            step.dropped.push_back({table.lines[r], why});
        }
    }
    table = kept;
    return step;
}

CleaningStep drop_missing(CsvCells& table) {
    return keep_rows(table, "rows with a missing value", [&](std::size_t r) -> std::string {
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            if (table.rows[r][c].empty()) return "no " + table.columns[c];
        }
        return "";
    });
}

CleaningStep drop_impossible(CsvCells& table, const std::string& name, double low, double high, const std::string& unit) {
    const std::size_t c = table.column(name);
    const std::string range = plain(low) + "–" + plain(high) + " " + unit;
    return keep_rows(table, name + " outside " + range, [&](std::size_t r) -> std::string {
        const double value = read_number(table.rows[r][c], table.file, table.lines[r], "the value of column " + quoted(name));
        if (value >= low && value <= high) return "";
        return name + " " + plain(value) + " (expected " + range + ")";
    });
}

// Whether two cells say the same: the same text, or two numbers of the same value ("2.4" and "2.40").
static bool same_cell(const std::string& a, const std::string& b) {
    if (a == b) return true;
    char* end_a = nullptr;
    char* end_b = nullptr;
    const double x = std::strtod(a.c_str(), &end_a), y = std::strtod(b.c_str(), &end_b);
    return !a.empty() && !b.empty() && *end_a == '\0' && *end_b == '\0' && x == y;
}

CleaningStep drop_duplicates(CsvCells& table) {
    std::vector<std::size_t> kept;  // the rows kept so far, to compare each new row with
    return keep_rows(table, "duplicated rows", [&](std::size_t r) -> std::string {
        for (std::size_t earlier : kept) {
            bool same = true;
            for (std::size_t c = 0; c < table.columns.size() && same; ++c) same = same_cell(table.rows[r][c], table.rows[earlier][c]);
            if (same) return "the same as line " + std::to_string(table.lines[earlier]);
        }
        kept.push_back(r);
        return "";
    });
}
