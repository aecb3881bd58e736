#include "lesson_data/ostriches.h"

#include "io/csv.h"
#include "core/input_error.h"
#include "core/number_format.h"
#include "core/number_parse.h"
#include "core/rng.h"
#include "scalar/scaling.h"

#include <cmath>
#include <cstdio>

// A normal draw with this mean and standard deviation, drawn again until it lies in [low, high].
static double normal_between(Rng& rng, double mean, double sd, double low, double high) {
    while (true) {
        const double x = mean + sd * rng.normal();
        if (x >= low && x <= high) return x;
    }
}

// An adult human: height around 1.72 m; weight from a body-mass index around 24.5 kg/m² (weight = BMI·height²).
static void human(Rng& rng, double& height, double& weight) {
    height = normal_between(rng, 1.72, 0.09, 1.50, 1.95);
    do weight = (24.5 + 3.5 * rng.normal()) * height * height;
    while (weight < 45 || weight > 110);
}

// An adult ostrich: height around 2.45 m; taller birds tend to be heavier (about 80 kg more per metre).
static void ostrich(Rng& rng, double& height, double& weight) {
    height = normal_between(rng, 2.45, 0.16, 2.10, 2.80);
    do weight = 104 + 80 * (height - 2.45) + 14 * rng.normal();
    while (weight < 63 || weight > 145);
}

std::string generate_ostriches_csv(std::uint64_t seed, int humans, int ostriches) {
    Rng rng(seed);
    std::vector<std::string> lines;
    char line[64];
    for (int k = 0; k < humans + ostriches; ++k) {
        double height = 0, weight = 0;
        const int label = k < humans ? 0 : 1;
        if (label == 0) human(rng, height, weight);
        else ostrich(rng, height, weight);
        std::snprintf(line, sizeof line, "%.2f,%.1f,%d\n", height, weight, label);
        lines.push_back(line);
    }
    // Shuffled, so that training meets humans and ostriches mixed, as in the field.
    std::vector<std::size_t> order(lines.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    rng.shuffle(order);
    std::string csv = "height_m,weight_kg,ostrich\n";
    for (std::size_t k : order) csv += lines[k];
    return csv;
}

void check_animal_count(const CsvCells& table) {
    // Lesson 01 prints every step of its first epoch with --all and trains on raw units for up to 20,000 epochs:
    // a table of 100,000 animals would run for minutes without a line of output.
    if (table.rows.size() > max_animals)
        throw InputError(table.file, 0, with_commas(table.rows.size()) + " animals (expected at most " +
                                            with_commas(max_animals) + ": the lesson prints a line for each)");
}

Animals animals_from(const CsvCells& table) {
    check_animal_count(table);
    const std::size_t height = table.column("height_m"), weight = table.column("weight_kg"), label = table.column("ostrich");
    Animals animals;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const std::vector<std::string>& row = table.rows[r];
        auto number = [&](std::size_t c) {
            return read_number(row[c], table.file, table.lines[r], "the value of column " + quoted(table.columns[c]));
        };
        const double h = number(height), w = number(weight), t = number(label);
        if (t != 0 && t != 1) {
            char text[32];
            std::snprintf(text, sizeof text, "%g", t);
            throw InputError(table.file, table.lines[r], "ostrich label " + quoted(text) + " (expected 0 for a human or 1 for an ostrich)");
        }
        animals.x.push_back({h, w});
        animals.t.push_back(static_cast<int>(t));
        animals.lines.push_back(table.lines[r]);
    }
    return animals;
}

void check_scalable(const Animals& animals, const std::string& file) {
    if (animals.x.empty()) throw InputError(file, 0, "no animals left to learn from (expected rows with a height, a weight and a label)");
    // The lessons standardize each feature, x' = (x − mean)/sd: a column of equal values has sd = 0.
    for (std::size_t i = 0; i < 2; ++i) {
        bool all_same = true;
        for (const std::vector<double>& x : animals.x) all_same = all_same && x[i] == animals.x[0][i];
        if (all_same) throw InputError(file, 0, std::string("every ") + (i ? "weight_kg" : "height_m") + " is the same (expected different values to scale)");
    }
    // Values such as 1e308 are finite, but their sum or their squares are not: no mean or sd to scale with.
    const scalar::Scaling scaling = scalar::fit_scaling(animals.x);
    for (std::size_t i = 0; i < 2; ++i) {
        if (!std::isfinite(scaling.mean[i]) || !std::isfinite(scaling.sd[i]))
            throw InputError(file, 0, std::string("the ") + (i ? "weight_kg" : "height_m") +
                                          " values are too large to scale: their " +
                                          (std::isfinite(scaling.mean[i]) ? "standard deviation" : "mean") +
                                          " is not a finite number (expected heights in metres and weights in kilograms)");
    }
}

Animals read_animals(const std::string& path) {
    const CsvCells table = read_csv_cells(path);
    const Animals animals = animals_from(table);
    check_scalable(animals, table.file);
    return animals;
}

std::vector<double> animal_from_text(const std::string& text, const std::string& where, const std::string& what) {
    const std::string expected = " (expected HEIGHT,WEIGHT in metres and kilograms, such as 2.20,70)";
    const std::size_t comma = text.find(',');
    if (comma == std::string::npos || text.find(',', comma + 1) != std::string::npos)
        throw InputError(where, 0, what + " " + quoted(text) + " is not one height and one weight" + expected);
    const std::vector<double> animal = {read_number(text.substr(0, comma), where, 0, "the height of " + what + " in metres"),
                                        read_number(text.substr(comma + 1), where, 0, "the weight of " + what + " in kilograms")};
    if (animal[0] < lowest_height_m || animal[0] > highest_height_m || animal[1] < lowest_weight_kg || animal[1] > highest_weight_kg)
        throw InputError(where, 0, what + " " + quoted(text) + " is no animal's height and weight (expected " + plain(lowest_height_m) + "–" +
                                       plain(highest_height_m) + " m and " + plain(lowest_weight_kg) + "–" +
                                       plain(highest_weight_kg) + " kg)");
    return animal;
}
