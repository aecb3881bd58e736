#include "print/confusion.h"

#include "core/number_format.h"
#include "print/table.h"

#include <algorithm>
#include <stdexcept>

std::size_t ConfusionMatrix::examples_of(std::size_t t) const {
    std::size_t sum = 0;
    for (std::size_t p = 0; p < classes; ++p) sum += count(t, p);
    return sum;
}

std::size_t ConfusionMatrix::correct() const {
    std::size_t sum = 0;
    for (std::size_t t = 0; t < classes; ++t) sum += count(t, t);
    return sum;
}

std::size_t ConfusionMatrix::total() const {
    std::size_t sum = 0;
    for (std::size_t n : counts) sum += n;
    return sum;
}

double ConfusionMatrix::accuracy() const {
    return total() == 0 ? 0.0 : static_cast<double>(correct()) / static_cast<double>(total());
}

double ConfusionMatrix::accuracy_of(std::size_t t) const {
    const std::size_t n = examples_of(t);
    return n == 0 ? 0.0 : static_cast<double>(count(t, t)) / static_cast<double>(n);
}

ConfusionMatrix confusion_matrix(const std::vector<std::uint8_t>& truth, const std::vector<int>& predicted,
                                 std::size_t classes) {
    if (truth.size() != predicted.size())
        throw std::invalid_argument("confusion_matrix: " + std::to_string(truth.size()) + " true classes but " +
                                    std::to_string(predicted.size()) + " predictions");
    ConfusionMatrix matrix{classes, std::vector<std::size_t>(classes * classes, 0)};
    for (std::size_t k = 0; k < truth.size(); ++k) {
        if (truth[k] >= classes || predicted[k] < 0 || static_cast<std::size_t>(predicted[k]) >= classes)
            throw std::invalid_argument("confusion_matrix: example " + std::to_string(k) + " has a class outside 0.." +
                                        std::to_string(classes - 1));
        ++matrix.counts[truth[k] * classes + static_cast<std::size_t>(predicted[k])];
    }
    return matrix;
}

std::vector<Confusion> most_confused(const ConfusionMatrix& matrix, std::size_t how_many) {
    std::vector<Confusion> cells;
    for (std::size_t t = 0; t < matrix.classes; ++t)
        for (std::size_t p = 0; p < matrix.classes; ++p)
            if (t != p && matrix.count(t, p) > 0) cells.push_back({t, p, matrix.count(t, p)});
    // Stable, and the cells are already in (truth, predicted) order, so ties keep that order.
    std::stable_sort(cells.begin(), cells.end(), [](const Confusion& a, const Confusion& b) { return a.count > b.count; });
    if (cells.size() > how_many) cells.resize(how_many);
    return cells;
}

static std::string percent(double fraction) { return fixed(100 * fraction, 2) + "%"; }

std::string confusion_table(const ConfusionMatrix& matrix) {
    // Columns of fixed widths, set apart by their own padding: 6 for the true digit and each predicted one,
    // 10 for the counts of examples and the accuracies.
    std::vector<Column> columns = {{"true", false, 6, ""}};
    for (std::size_t p = 0; p < matrix.classes; ++p) columns.push_back({std::to_string(p), false, 6, ""});
    columns.push_back({"examples", false, 10, ""});
    columns.push_back({"accuracy", false, 10, ""});
    std::vector<std::vector<std::string>> rows;
    for (std::size_t t = 0; t < matrix.classes; ++t) {
        std::vector<std::string> row = {std::to_string(t)};
        for (std::size_t p = 0; p < matrix.classes; ++p) {
            const std::size_t n = matrix.count(t, p);
            row.push_back(n == 0 ? "." : std::to_string(n));
        }
        row.push_back(std::to_string(matrix.examples_of(t)));
        row.push_back(percent(matrix.accuracy_of(t)));
        rows.push_back(row);
    }
    std::vector<std::string> all(matrix.classes + 3, "");
    all.front() = "all";
    all[matrix.classes + 1] = std::to_string(matrix.total());
    all.back() = percent(matrix.accuracy());
    rows.push_back(all);
    return std::string(6, ' ') + "  predicted\n" + table_text(columns, rows, {"", false});
}

std::string most_confused_text(const ConfusionMatrix& matrix, std::size_t how_many) {
    std::string text;
    for (const Confusion& c : most_confused(matrix, how_many)) {
        const std::size_t n = matrix.examples_of(c.truth);
        text += std::to_string(c.truth) + " taken for " + std::to_string(c.predicted) + ": " + std::to_string(c.count) +
                (c.count == 1 ? " time" : " times") + " (" +
                percent(static_cast<double>(c.count) / static_cast<double>(n)) + " of the " + std::to_string(n) +
                " examples of " + std::to_string(c.truth) + ")\n";
    }
    return text;
}
