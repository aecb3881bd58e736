// One-hot encoding of a categorical column (lesson 01): a column of names such as zoo, farm, park becomes
// one 0/1 column per name, so a network can read it as numbers without inventing an order (zoo = 1,
// farm = 2 would say that a farm is twice a zoo).
#pragma once

#include "io/csv.h"

#include <string>
#include <vector>

// The encoding of one column: its categories and, for each row, a 1 in the column of its category.
struct OneHot {
    std::string column;                   // the encoded column's name ("place")
    std::vector<std::string> categories;  // the distinct values, in alphabetical order (n_c of them)
    std::vector<std::vector<int>> codes;  // codes[r][c] = 1 when row r has categories[c], else 0 (rows × n_c)

    // The new columns' names: "place=farm", "place=park", … (n_c names).
    std::vector<std::string> names() const;
    // How many rows have category c (the sum of column c of `codes`).
    std::size_t count(std::size_t c) const;
};

// Encodes column `name` of `table` (InputError when the header lacks it).
OneHot one_hot(const CsvCells& table, const std::string& name);
