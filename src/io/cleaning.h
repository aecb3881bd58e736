// Cleaning a table of raw measurements before learning (lesson 01): each step drops the rows it cannot use
// and records which ones and why, so the lesson can print its counts. Not a general data-cleaning library.
#pragma once

#include "io/csv.h"

#include <cstddef>
#include <string>
#include <vector>

// One row a step dropped: its line in the file and the reason ("no weight_kg").
struct DroppedRow {
    int line = 0;
    std::string why;
};

// What one cleaning step did: rows_in rows came in, `dropped` were taken out, rows_out() went on.
struct CleaningStep {
    std::string what;                 // "rows with a missing value"
    std::size_t rows_in = 0;          // the rows before the step
    std::vector<DroppedRow> dropped;  // in file order

    std::size_t rows_out() const { return rows_in - dropped.size(); }  // rows_in − dropped
};

// Drops every row with an empty cell; `why` names the first empty column ("no weight_kg").
CleaningStep drop_missing(CsvCells& table);

// Drops every row whose number in column `name` lies outside [low, high] `unit` (a height of 183 m is one
// typed in centimetres). Throws InputError(file, line, …) for a cell that is not a number.
CleaningStep drop_impossible(CsvCells& table, const std::string& name, double low, double high, const std::string& unit);

// Drops every row equal to an earlier row in every cell (cells that are numbers compared as numbers, so
// 2.4 equals 2.40); `why` names the earlier row's line.
CleaningStep drop_duplicates(CsvCells& table);
