#include "vector/kernels.h"

#include <cstddef>
#include <functional>
#include <vector>

namespace vec {

// ---------------------------------------------------------------------------------------------------------
// Reference versions: the definitions, written as plainly as possible.

template <typename T>
void multiply_reference(const Matrix<T>& a, const Matrix<T>& b, Matrix<T>& c) {
    c.resize(a.rows(), b.cols());
    for (std::size_t i = 0; i < a.rows(); ++i)
        for (std::size_t j = 0; j < b.cols(); ++j) {
            T sum = 0;
            for (std::size_t k = 0; k < a.cols(); ++k) sum += a(i, k) * b(k, j);
            c(i, j) = sum;
        }
}

template <typename T>
void multiply_transposed_b_reference(const Matrix<T>& a, const Matrix<T>& b, Matrix<T>& c) {
    c.resize(a.rows(), b.rows());
    for (std::size_t i = 0; i < a.rows(); ++i)
        for (std::size_t j = 0; j < b.rows(); ++j) {
            T sum = 0;
            for (std::size_t k = 0; k < a.cols(); ++k) sum += a(i, k) * b(j, k);
            c(i, j) = sum;
        }
}

template <typename T>
void multiply_transposed_a_reference(const Matrix<T>& a, const Matrix<T>& b, T alpha, T beta, Matrix<T>& c) {
    if (beta == 0) c.resize(a.cols(), b.cols());
    for (std::size_t i = 0; i < a.cols(); ++i)
        for (std::size_t j = 0; j < b.cols(); ++j) {
            T sum = 0;
            for (std::size_t k = 0; k < a.rows(); ++k) sum += a(k, i) * b(k, j);
            c(i, j) = (beta == 0 ? T(0) : c(i, j)) + alpha * sum;
        }
}

// ---------------------------------------------------------------------------------------------------------
// Fast versions. All three products are C = beta·C + alpha·(A · B) where A may be read transposed; element
// A(r, k) of the product's left factor sits at a[r·row_step + k·k_step] (row_step = 1, k_step = m when A
// is stored transposed). B (depth × n) and C (m × n) are row-major.

namespace {

// One tile of C: tile_rows rows × tile_cols(T) columns, summed in registers over the whole depth.
// Each step over k broadcasts tile_rows numbers of A and multiplies them with one row of B; the innermost
// loop runs along a contiguous row of B and C, which the compiler turns into vector instructions.
constexpr std::size_t tile_rows = 8;
template <typename T>
constexpr std::size_t tile_cols() { return 128 / sizeof(T); }  // 32 floats or 16 doubles: two 512-bit vectors

// The left factor A of a product, read with strides.
template <typename T>
struct Left {
    const T* data;
    std::size_t row_step;  // distance between A(r, k) and A(r + 1, k)
    std::size_t k_step;    // distance between A(r, k) and A(r, k + 1)
};

// Adds the tile's sums into C: C[r][j] = beta·C[r][j] + alpha·sum[r][j] for r < rows, j < cols. The sums are
// first copied out with fixed-length loops, so that the compiler can keep them in registers until then.
template <typename T>
void store_tile(const T (&sum)[tile_rows][tile_cols<T>()], T alpha, T beta, T* c, std::size_t ldc, std::size_t rows,
                std::size_t cols) {
    for (std::size_t r = 0; r < rows; ++r) {
        T out[tile_cols<T>()];
        for (std::size_t j = 0; j < tile_cols<T>(); ++j) out[j] = alpha * sum[r][j];
        T* c_row = c + r * ldc;
        for (std::size_t j = 0; j < cols; ++j) c_row[j] = (beta == 0 ? T(0) : c_row[j]) + out[j];
    }
}

// One tile: C[0..tile_rows)[0..cols) = beta·C + alpha·Σ_k A(r, k)·B[k][0..tile_cols), cols ≤ tile_cols.
// B must have tile_cols readable columns (zero padding at the edge of C, see product_columns).
template <typename T>
void full_tile(Left<T> a, const T* b, std::size_t ldb, std::size_t depth, T alpha, T beta, T* c, std::size_t ldc,
               std::size_t cols) {
    constexpr std::size_t full_cols = tile_cols<T>();
    T sum[tile_rows][full_cols] = {};
    for (std::size_t k = 0; k < depth; ++k) {
        const T* b_row = b + k * ldb;
        const T* a_k = a.data + k * a.k_step;
        for (std::size_t r = 0; r < tile_rows; ++r) {
            const T a_rk = a_k[r * a.row_step];
            for (std::size_t j = 0; j < full_cols; ++j) sum[r][j] += a_rk * b_row[j];
        }
    }
    store_tile(sum, alpha, beta, c, ldc, tile_rows, cols);
}

// The same for a tile at the bottom edge of C, with rows < tile_rows: A's missing rows repeat its last row,
// whose sums are computed but never stored.
template <typename T>
void edge_tile(Left<T> a, const T* b, std::size_t ldb, std::size_t depth, T alpha, T beta, T* c, std::size_t ldc,
               std::size_t rows, std::size_t cols) {
    constexpr std::size_t full_cols = tile_cols<T>();
    std::size_t a_offset[tile_rows];
    for (std::size_t r = 0; r < tile_rows; ++r) a_offset[r] = (r < rows ? r : rows - 1) * a.row_step;
    T sum[tile_rows][full_cols] = {};
    for (std::size_t k = 0; k < depth; ++k) {
        const T* b_row = b + k * ldb;
        const T* a_k = a.data + k * a.k_step;
        for (std::size_t r = 0; r < tile_rows; ++r) {
            const T a_rk = a_k[a_offset[r]];
            for (std::size_t j = 0; j < full_cols; ++j) sum[r][j] += a_rk * b_row[j];
        }
    }
    store_tile(sum, alpha, beta, c, ldc, rows, cols);
}

// Columns [first, last) of C (m × n) = beta·C + alpha·A·B, tile by tile. The depth is cut into blocks so
// that the block of B a band of columns needs (depth_block × tile_cols) stays in the L1 cache while every
// band of rows uses it. A band narrower than a tile (at the right edge of C) is first copied into a
// zero-padded block, so every tile reads tile_cols columns of B.
const std::size_t depth_block = 256;

template <typename T>
void product_columns(Left<T> a, std::size_t m, const T* b, std::size_t ldb, std::size_t depth, T alpha, T beta,
                     T* c, std::size_t ldc, std::size_t first, std::size_t last) {
    constexpr std::size_t cols = tile_cols<T>();
    thread_local std::vector<T> padded;  // depth_block × tile_cols
    for (std::size_t k = 0; k < depth || k == 0; k += depth_block) {
        const std::size_t block = depth - k < depth_block ? depth - k : depth_block;
        const T block_beta = k == 0 ? beta : T(1);
        for (std::size_t j = first; j < last; j += cols) {
            const std::size_t width = last - j < cols ? last - j : cols;
            const T* b_block = b + k * ldb + j;
            std::size_t b_step = ldb;
            if (width < cols) {
                padded.resize(block * cols);
                for (std::size_t kk = 0; kk < block; ++kk)
                    for (std::size_t jj = 0; jj < cols; ++jj)
                        padded[kk * cols + jj] = jj < width ? b_block[kk * ldb + jj] : T(0);
                b_block = padded.data();
                b_step = cols;
            }
            for (std::size_t i = 0; i < m; i += tile_rows) {
                const Left<T> a_block{a.data + i * a.row_step + k * a.k_step, a.row_step, a.k_step};
                const std::size_t height = m - i < tile_rows ? m - i : tile_rows;
                T* c_tile = c + i * ldc + j;
                if (height == tile_rows)
                    full_tile(a_block, b_block, b_step, block, alpha, block_beta, c_tile, ldc, width);
                else
                    edge_tile(a_block, b_block, b_step, block, alpha, block_beta, c_tile, ldc, height, width);
            }
        }
    }
}

// Below this many multiply-adds a product runs on the calling thread: waking the others would cost more.
const std::size_t parallel_threshold = 100000;

// Runs job(0..tasks−1) on the pool's threads, or one after the other on the calling thread for small work.
// Which task computes what never depends on the threads, so neither do the results.
void run_tasks(std::size_t tasks, std::size_t work, ThreadPool* pool, const std::function<void(std::size_t)>& job) {
    if (pool == nullptr || pool->size() == 1 || work < parallel_threshold)
        for (std::size_t t = 0; t < tasks; ++t) job(t);
    else
        pool->run(tasks, job);
}

// How a product is cut into tasks. A training step's products are cut along the rows of W (the depth of
// Z = A·W, the rows of the update A[l−1]ᵀ·Δ): each thread then reads and writes the same rows of W in every
// product, which stay in its own cache; sharing them would cost more than the arithmetic. Big batches (as
// in evaluate and predict) are cut into bands of columns.
const std::size_t parts = 4;            // tasks when cutting along rows or depth
const std::size_t small_batch = 64;     // at most this many rows of A …
const std::size_t deep = 256;           // … and at least this depth: cut C = A·B along the depth

// Rows [first, last) of part p when n rows are cut into `parts` runs of whole tiles (the last may be shorter).
void part_of(std::size_t n, std::size_t p, std::size_t& first, std::size_t& last) {
    const std::size_t tiles = (n + tile_rows - 1) / tile_rows;
    first = tiles * p / parts * tile_rows;
    last = tiles * (p + 1) / parts * tile_rows;
    first = first < n ? first : n;
    last = last < n ? last : n;
}

// C (m × n) = beta·C + alpha·A·B, one task per band of tile_cols columns of C.
template <typename T>
void product_by_columns(Left<T> a, std::size_t m, const T* b, std::size_t ldb, std::size_t depth, std::size_t n,
                        T alpha, T beta, T* c, ThreadPool* pool) {
    constexpr std::size_t cols = tile_cols<T>();
    run_tasks((n + cols - 1) / cols, m * n * depth, pool, [&](std::size_t band) {
        const std::size_t first = band * cols, last = first + cols < n ? first + cols : n;
        product_columns(a, m, b, ldb, depth, alpha, beta, c, n, first, last);
    });
}

// The same, one task per run of rows of C (and of A).
template <typename T>
void product_by_rows(Left<T> a, std::size_t m, const T* b, std::size_t ldb, std::size_t depth, std::size_t n,
                     T alpha, T beta, T* c, ThreadPool* pool) {
    run_tasks(parts, m * n * depth, pool, [&](std::size_t p) {
        std::size_t first, last;
        part_of(m, p, first, last);
        const Left<T> rows{a.data + first * a.row_step, a.row_step, a.k_step};
        product_columns(rows, last - first, b, ldb, depth, alpha, beta, c + first * n, n, 0, n);
    });
}

// The same, one task per run of the depth (rows of B): each task sums its part of the depth into a matrix
// of its own, and the parts are then added in order.
template <typename T>
void product_by_depth(Left<T> a, std::size_t m, const T* b, std::size_t ldb, std::size_t depth, std::size_t n,
                      T alpha, T beta, T* c, ThreadPool* pool) {
    thread_local std::vector<T> partial_sums;  // parts × (m × n), of the calling thread
    partial_sums.resize(parts * m * n);
    T* partial = partial_sums.data();  // (a thread_local name would mean each worker's own vector)
    run_tasks(parts, m * n * depth, pool, [&](std::size_t p) {
        std::size_t first, last;
        part_of(depth, p, first, last);
        const Left<T> part{a.data + first * a.k_step, a.row_step, a.k_step};
        product_columns(part, m, b + first * ldb, ldb, last - first, T(1), T(0), partial + p * m * n, n, 0, n);
    });
    for (std::size_t e = 0; e < m * n; ++e) {
        T sum = partial[e];
        for (std::size_t p = 1; p < parts; ++p) sum += partial[p * m * n + e];
        c[e] = (beta == 0 ? T(0) : c[e]) + alpha * sum;
    }
}

}  // namespace

template <typename T>
void multiply(const Matrix<T>& a, const Matrix<T>& b, Matrix<T>& c, ThreadPool* pool) {
    c.resize(a.rows(), b.cols());
    const Left<T> left{a.data(), a.cols(), 1};
    if (a.rows() <= small_batch && a.cols() >= deep)
        product_by_depth(left, a.rows(), b.data(), b.cols(), a.cols(), b.cols(), T(1), T(0), c.data(), pool);
    else
        product_by_columns(left, a.rows(), b.data(), b.cols(), a.cols(), b.cols(), T(1), T(0), c.data(), pool);
}

template <typename T>
void multiply_transposed_b(const Matrix<T>& a, const Matrix<T>& b, Matrix<T>& c, ThreadPool* pool) {
    // Column i of C needs row i of B. The rows of B are cut into parts (as W is in a training step); each
    // task copies its rows of B out transposed (they are few next to the product), so the same tiles serve.
    const std::size_t m = a.rows(), n = b.rows(), depth = a.cols();
    c.resize(m, n);
    run_tasks(parts, m * n * depth, pool, [&](std::size_t p) {
        std::size_t first, last;
        part_of(n, p, first, last);
        const std::size_t width = last - first;
        thread_local std::vector<T> b_transposed;  // depth × width: rows first..last of B, transposed
        b_transposed.resize(depth * width);
        for (std::size_t i = 0; i < width; ++i)
            for (std::size_t k = 0; k < depth; ++k) b_transposed[k * width + i] = b(first + i, k);
        product_columns(Left<T>{a.data(), depth, 1}, m, b_transposed.data(), width, depth, T(1), T(0), c.data() + first,
                        n, 0, width);
    });
}

template <typename T>
void multiply_transposed_a(const Matrix<T>& a, const Matrix<T>& b, T alpha, T beta, Matrix<T>& c, ThreadPool* pool) {
    if (beta == 0) c.resize(a.cols(), b.cols());
    product_by_rows(Left<T>{a.data(), 1, a.cols()}, a.cols(), b.data(), b.cols(), a.rows(), b.cols(), alpha, beta,
                    c.data(), pool);
}

template void multiply_reference(const Matrix<float>&, const Matrix<float>&, Matrix<float>&);
template void multiply_reference(const Matrix<double>&, const Matrix<double>&, Matrix<double>&);
template void multiply(const Matrix<float>&, const Matrix<float>&, Matrix<float>&, ThreadPool*);
template void multiply(const Matrix<double>&, const Matrix<double>&, Matrix<double>&, ThreadPool*);
template void multiply_transposed_b_reference(const Matrix<float>&, const Matrix<float>&, Matrix<float>&);
template void multiply_transposed_b_reference(const Matrix<double>&, const Matrix<double>&, Matrix<double>&);
template void multiply_transposed_b(const Matrix<float>&, const Matrix<float>&, Matrix<float>&, ThreadPool*);
template void multiply_transposed_b(const Matrix<double>&, const Matrix<double>&, Matrix<double>&, ThreadPool*);
template void multiply_transposed_a_reference(const Matrix<float>&, const Matrix<float>&, float, float, Matrix<float>&);
template void multiply_transposed_a_reference(const Matrix<double>&, const Matrix<double>&, double, double,
                                              Matrix<double>&);
template void multiply_transposed_a(const Matrix<float>&, const Matrix<float>&, float, float, Matrix<float>&,
                                    ThreadPool*);
template void multiply_transposed_a(const Matrix<double>&, const Matrix<double>&, double, double, Matrix<double>&,
                                    ThreadPool*);

}  // namespace vec
