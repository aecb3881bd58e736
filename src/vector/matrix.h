// A matrix of numbers stored row by row, for the vector core (src/vector/). Not for printing, not a math library.
#pragma once

#include <cstddef>
#include <vector>

namespace vec {

// rows × cols numbers, row-major: element (r, c) sits at values[r·cols + c]. Rows are examples of a batch
// (m × n_l) or, for weights, inputs (n_{l−1} × n_l). T is float for speed and double for the tests.
template <typename T>
class Matrix {
public:
    Matrix() = default;
    // rows × cols copies of `value`.
    Matrix(std::size_t rows, std::size_t cols, T value = T(0)) : row_count(rows), col_count(cols), values(rows * cols, value) {}

    std::size_t rows() const { return row_count; }
    std::size_t cols() const { return col_count; }
    std::size_t size() const { return values.size(); }

    // Element (r, c), both counted from 0.
    T& operator()(std::size_t r, std::size_t c) { return values[r * col_count + c]; }
    T operator()(std::size_t r, std::size_t c) const { return values[r * col_count + c]; }

    // The cols() numbers of row r.
    T* row(std::size_t r) { return values.data() + r * col_count; }
    const T* row(std::size_t r) const { return values.data() + r * col_count; }

    // All rows·cols numbers, row after row.
    T* data() { return values.data(); }
    const T* data() const { return values.data(); }

    // New shape rows × cols; keeps the storage when it is big enough (values are then unspecified).
    void resize(std::size_t rows, std::size_t cols) {
        row_count = rows;
        col_count = cols;
        values.resize(rows * cols);
    }

private:
    std::size_t row_count = 0;  // number of rows
    std::size_t col_count = 0;  // number of columns
    std::vector<T> values;      // rows·cols numbers, row-major
};

}  // namespace vec
