#include "io/csv.h"

#include "core/input_error.h"
#include "core/input_file.h"
#include "core/number_parse.h"

#include <fstream>

// `text` without spaces, tabs or a carriage return at either end.
static std::string trimmed(const std::string& text) {
    const std::size_t first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos) return "";
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

// The fields of one line, split at every comma, each trimmed.
static std::vector<std::string> fields(const std::string& line) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = line.find(',', start);
        out.push_back(trimmed(line.substr(start, comma == std::string::npos ? std::string::npos : comma - start)));
        if (comma == std::string::npos) return out;
        start = comma + 1;
    }
}

// The position of `name` among `columns`; InputError(file, 1, …) when it is not there.
static std::size_t column_of(const std::vector<std::string>& columns, const std::string& name, const std::string& file) {
    std::string header;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (columns[c] == name) return c;
        header += (c ? "," : "") + columns[c];
    }
    // The header is the file's text: quoted, so control bytes cannot garble the line, and cut, so it stays one line.
    throw InputError(file, 1, "no column '" + name + "' in the header " + quoted(header) + " (expected a column named '" + name + "')");
}

std::size_t CsvTable::column(const std::string& name) const { return column_of(columns, name, file); }

std::size_t CsvCells::column(const std::string& name) const { return column_of(columns, name, file); }

bool CsvCells::has(const std::string& name) const {
    for (const std::string& column : columns) {
        if (column == name) return true;
    }
    return false;
}

CsvCells parse_csv_cells(std::istream& in, const std::string& file) {
    CsvCells table;
    table.file = file;
    std::string line;
    int number = 0;
    bool have_header = false;
    while (std::getline(in, line)) {
        ++number;
        if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);  // a spreadsheet's byte-order mark
        if (trimmed(line).empty()) continue;
        const std::vector<std::string> values = fields(line);
        if (!have_header) {
            for (std::size_t c = 0; c < values.size(); ++c) {
                const std::string& name = values[c];
                if (name.empty()) throw InputError(file, number, "empty column name in the header (expected names such as height_m,weight_kg,ostrich)");
                for (std::size_t before = 0; before < c; ++before) {
                    if (values[before] == name)
                        throw InputError(file, number, "column " + quoted(name) + " appears twice in the header (columns " +
                                                           std::to_string(before + 1) + " and " + std::to_string(c + 1) +
                                                           "; expected each name once)");
                }
            }
            table.columns = values;
            have_header = true;
            continue;
        }
        if (values.size() != table.columns.size()) {
            throw InputError(file, number, std::to_string(values.size()) + (values.size() == 1 ? " value" : " values") + " (expected " +
                                               std::to_string(table.columns.size()) + ", one per header column)");
        }
        table.rows.push_back(values);
        table.lines.push_back(number);
    }
    if (!have_header) throw InputError(file, 0, "empty file (expected a header line and rows of numbers)");
    if (table.rows.empty()) throw InputError(file, 0, "no data rows after the header (expected rows of numbers)");
    return table;
}

CsvCells read_csv_cells(const std::string& path) {
    std::ifstream in = open_input(path, "CSV file");
    return parse_csv_cells(in, path);
}

CsvTable parse_csv(std::istream& in, const std::string& file) {
    const CsvCells cells = parse_csv_cells(in, file);
    CsvTable table{cells.file, cells.columns, {}, cells.lines};
    for (std::size_t r = 0; r < cells.rows.size(); ++r) {
        std::vector<double> row;
        for (std::size_t c = 0; c < cells.rows[r].size(); ++c) {
            row.push_back(read_number(cells.rows[r][c], file, cells.lines[r], "the value of column " + quoted(table.columns[c])));
        }
        table.rows.push_back(row);
    }
    return table;
}

CsvTable read_csv(const std::string& path) {
    std::ifstream in = open_input(path, "CSV file");
    return parse_csv(in, path);
}
