// Evaluating a yes/no classifier (lesson 01): the 2×2 confusion matrix on held-out examples and the precision,
// recall and accuracy it gives, each printed with its formula and numbers. Counting and printing only.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

// The four counts of a yes/no classifier, "positive" meaning answer 1.
struct BinaryCounts {
    std::size_t tp = 0;  // true positives: t = 1, answered 1
    std::size_t fp = 0;  // false positives: t = 0, answered 1
    std::size_t fn = 0;  // false negatives: t = 1, answered 0
    std::size_t tn = 0;  // true negatives: t = 0, answered 0
};

// The counts of answers a[k] against targets t[k] (both 0 or 1, the same length).
BinaryCounts binary_counts(const std::vector<int>& t, const std::vector<int>& a);

// The matrix (rows: what the example is, columns: what the classifier says), then
// "precision = TP/(TP + FP) = 11/(11 + 0) = 1.0000", the recall TP/(TP + FN) and the accuracy
// (TP + TN)/n, each with what it means; "undefined" where a denominator is 0. `yes` and `no` name the two
// classes ("ostrich", "human").
void print_binary_evaluation(std::ostream& out, const BinaryCounts& counts, const std::string& yes, const std::string& no);
