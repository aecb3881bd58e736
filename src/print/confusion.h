// The confusion matrix of a classifier: how often each true class was predicted as each class, with the
// accuracy per class and the pairs most often mixed up, and their console tables. Not for training.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

// n × n counts: count(t, p) examples of true class t were predicted as class p.
struct ConfusionMatrix {
    std::size_t classes = 0;          // n (10 for the digits)
    std::vector<std::size_t> counts;  // n·n numbers, row t = true class, column p = predicted: counts[t·n + p]

    // The examples of true class t predicted as p (both 0..n−1).
    std::size_t count(std::size_t t, std::size_t p) const { return counts[t * classes + p]; }
    std::size_t examples_of(std::size_t t) const;  // Σ_p count(t, p): the examples whose true class is t
    std::size_t correct() const;                   // Σ_t count(t, t): the diagonal
    std::size_t total() const;                     // Σ_t Σ_p count(t, p)
    double accuracy() const;                       // correct / total (0 when there are no examples)
    double accuracy_of(std::size_t t) const;       // count(t, t) / examples_of(t) (0 when there are none)
};

// Counts truth[k] against predicted[k] for every example k (the two have the same length, each class
// 0..classes−1). Throws std::invalid_argument otherwise.
ConfusionMatrix confusion_matrix(const std::vector<std::uint8_t>& truth, const std::vector<int>& predicted,
                                 std::size_t classes = 10);

// One cell off the diagonal: `count` examples of class `truth` were predicted as `predicted`.
struct Confusion {
    std::size_t truth;      // the true class t
    std::size_t predicted;  // the class p it was taken for (p ≠ t)
    std::size_t count;      // how many examples
};

// The `how_many` largest cells off the diagonal, largest first (ties: smaller true class, then smaller
// predicted class first); cells with count 0 are left out, so fewer may come back.
std::vector<Confusion> most_confused(const ConfusionMatrix& matrix, std::size_t how_many);

// The matrix as a table: a row per true class, a column per predicted class (0 written as '.', so the
// diagonal stands out), then the examples of that class and its accuracy; a last row with the totals.
std::string confusion_table(const ConfusionMatrix& matrix);

// One line per cell of most_confused: "4 taken for 9: 12 times (1.22% of the 982 examples of 4)".
std::string most_confused_text(const ConfusionMatrix& matrix, std::size_t how_many);
