// The examples handed to fit, evaluate and predict: borrowed, not copied, and turned into float batches.
#pragma once

#include "vector/matrix.h"
#include "vector/thread_pool.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace vec {

// count() examples of features() inputs each, with one class label (0, 1, …) per example.
// The inputs are either bytes 0..255 (MNIST pixels, 784 per image) that become x/255 in [0, 1] as each
// batch is copied, so 60,000 images stay 47 MB, or floats used as they are. The caller keeps the storage
// alive while the Examples are used. Labels may be absent (predict).
class Examples {
public:
    // Byte inputs: pixels holds count·features bytes, labels count labels (or is empty for predict).
    // Throws std::invalid_argument when the sizes disagree.
    Examples(const std::vector<std::uint8_t>& pixels, const std::vector<std::uint8_t>& labels, std::size_t features);
    // Float inputs: one example per row of x (count × features); labels as above.
    Examples(const Matrix<float>& x, const std::vector<std::uint8_t>& labels);

    std::size_t count() const { return example_count; }     // m of the whole set
    std::size_t features() const { return feature_count; }  // n_0
    bool has_labels() const { return label_bytes != nullptr; }
    int label(std::size_t e) const { return label_bytes[first + e]; }  // class of example e

    // Examples [from, from + n) of these, e.g. the first 5,000 for validation. Throws std::out_of_range.
    Examples slice(std::size_t from, std::size_t n) const;

    // X (m × n_0) = the inputs of examples order[0..m), scaled to [0, 1] when they are bytes; the rows are
    // shared between the pool's threads when a pool is given.
    void copy_inputs(const std::size_t* order, std::size_t m, Matrix<float>& x, ThreadPool* pool = nullptr) const;
    // The labels of examples order[0..m) into labels[0..m).
    void copy_labels(const std::size_t* order, std::size_t m, std::uint8_t* labels) const;

private:
    Examples() = default;
    const std::uint8_t* pixel_bytes = nullptr;  // count·features bytes, or nullptr
    const float* floats = nullptr;              // count·features floats, or nullptr
    const std::uint8_t* label_bytes = nullptr;  // count labels, or nullptr
    std::size_t first = 0;                      // offset of example 0 in the storage
    std::size_t example_count = 0;
    std::size_t feature_count = 0;
};

}  // namespace vec
