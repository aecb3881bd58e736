// The humans-and-ostriches data set of lessons 01–03: made by a seeded generator, read back from CSV.
// Lesson 01 starts from data/ostriches_raw.csv, the same animals with dirt to clean (see cleaning.h).
#pragma once

#include "io/csv.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

// The seed and the counts data/ostriches.csv was made with (see data/generate-ostriches.cpp).
const std::uint64_t ostriches_seed = 2024;
const int ostriches_humans = 50;
const int ostriches_birds = 50;

// The CSV text of the data set: a header "height_m,weight_kg,ostrich", then one line per animal in a
// shuffled order, height with 2 decimals, weight with 1, label 0 = human, 1 = ostrich.
// Adult humans: height 1.50–1.95 m, weight 45–110 kg; ostriches: height 2.10–2.80 m, weight 63–145 kg.
std::string generate_ostriches_csv(std::uint64_t seed, int humans, int ostriches);

// The animals of a data set: x[k] = (height in m, weight in kg), t[k] = 1 for an ostrich, 0 for a human.
struct Animals {
    std::vector<std::vector<double>> x;  // m samples × 2 features (height_m, weight_kg)
    std::vector<int> t;                  // m labels
    std::vector<int> lines;              // m file lines (from 1) the animals came from
};

// The raw file of lesson 01 and the test animals added to it (data/ostriches_raw.csv: the 100 animals of
// data/ostriches.csv, then these 25, with a column `place` and four dirty rows; see the lesson 01 doc).
const std::uint64_t test_animals_seed = 2027;
const int test_animals_humans = 13;
const int test_animals_birds = 12;

// The heights and weights no adult human or ostrich has: a row outside them was typed wrong.
const double lowest_height_m = 0.5, highest_height_m = 3.0;
const double lowest_weight_kg = 20, highest_weight_kg = 300;

// The most animals read_animals takes (data/ostriches.csv has 100).
constexpr std::size_t max_animals = 1000;

// Throws InputError(file, 0, …) when `table` has more than max_animals rows (checked before any work).
void check_animal_count(const CsvCells& table);

// The animals of a table with the columns height_m, weight_kg and ostrich (other columns are ignored).
// Throws InputError for a cell that is not a number, a label that is not 0 or 1 (naming the line), and more
// than max_animals rows.
Animals animals_from(const CsvCells& table);

// Throws InputError(file, 0, …) when the animals cannot be standardized: a feature whose values are all the
// same (sd = 0) or too large to give a finite mean and standard deviation (1e308).
void check_scalable(const Animals& animals, const std::string& file);

// One animal written "HEIGHT,WEIGHT" in metres and kilograms ("2.20,70") as {height, weight}; `what` names
// the text in messages ("--ask"). Throws InputError(where, 0, …) for anything else, or for a height or
// weight no animal has (see lowest_height_m).
std::vector<double> animal_from_text(const std::string& text, const std::string& where, const std::string& what);

// Reads a CSV with the columns height_m, weight_kg and ostrich: animals_from, then check_scalable. Throws InputError for a bad file
// (see read_csv), for a label that is not 0 or 1, naming the line, and for a column whose values are all
// the same (the lessons divide by its standard deviation) or too large to give a finite mean and standard
// deviation (1e308), and for more than max_animals rows.
Animals read_animals(const std::string& path);
