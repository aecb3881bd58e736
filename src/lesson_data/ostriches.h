// The humans-and-ostriches data set of lessons 01–03: made by a seeded generator, read back from CSV.
#pragma once

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
};

// The most animals read_animals takes (data/ostriches.csv has 100).
constexpr std::size_t max_animals = 1000;

// Reads a CSV with the columns height_m, weight_kg and ostrich. Throws InputError for a bad file
// (see read_csv), for a label that is not 0 or 1, naming the line, and for a column whose values are all
// the same (the lessons divide by its standard deviation) or too large to give a finite mean and standard
// deviation (1e308), and for more than max_animals rows.
Animals read_animals(const std::string& path);
