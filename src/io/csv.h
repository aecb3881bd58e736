// Reads a CSV file with a header line (e.g. data/ostriches.csv): as numbers, or as text cells for a file
// that still needs cleaning (data/ostriches_raw.csv). Not a general CSV parser: no quoted fields; every bad
// line is reported as "FILE:LINE: what is wrong".
#pragma once

#include <istream>
#include <string>
#include <vector>

// A table of numbers: the header's column names and one row of values per data line.
struct CsvTable {
    std::string file;                       // the file's name as the user gave it (for error messages)
    std::vector<std::string> columns;       // the names in the header line, left to right
    std::vector<std::vector<double>> rows;  // rows[r][c]: data row r, column c (every row has columns.size() values)
    std::vector<int> lines;                 // lines[r]: the file line (from 1) that row r came from

    // The position of the column called `name`; throws InputError(file, 1, …) when the header lacks it.
    std::size_t column(const std::string& name) const;
};

// A table of text cells, as the file has them (trimmed; "" for an empty cell): for data still to be cleaned.
struct CsvCells {
    std::string file;                            // the file's name as the user gave it (for error messages)
    std::vector<std::string> columns;            // the names in the header line, left to right
    std::vector<std::vector<std::string>> rows;  // rows[r][c]: data row r, column c (columns.size() cells each)
    std::vector<int> lines;                      // lines[r]: the file line (from 1) that row r came from

    // The position of the column called `name`; throws InputError(file, 1, …) when the header lacks it.
    std::size_t column(const std::string& name) const;
    // Whether the header has a column called `name`.
    bool has(const std::string& name) const;
};

// Reads the CSV file at `path` as text cells: the checks of read_csv, except that a cell may hold any text
// or nothing.
CsvCells read_csv_cells(const std::string& path);

// The same from a stream; `file` is the name used in error messages.
CsvCells parse_csv_cells(std::istream& in, const std::string& file);

// Reads the CSV file at `path`. Blank lines are skipped; fields may have spaces around them; CRLF line
// ends and a UTF-8 byte-order mark are accepted. Throws InputError for an unreadable or empty file, a header
// without names or with a name twice, a line with the wrong number of values, a value that is not a finite
// number, and a file without data rows.
CsvTable read_csv(const std::string& path);

// The same from a stream; `file` is the name used in error messages.
CsvTable parse_csv(std::istream& in, const std::string& file);
