#include "vector/kernels.h"

#include <array>
#include <chrono>
#include <cstddef>
#include <functional>
#include <thread>
#include <utility>
#include <vector>

namespace vec {

// ---------------------------------------------------------------------------------------------------------
// What the compiler was told about the target's vector unit, and the register tile that follows from it:
// chosen at compile time from the predefined macros (this file is compiled with VECTOR_FLAGS), so one
// source gives the right tile on AVX-512, AVX2 + FMA, SSE2, 64-bit ARM or none.

namespace target {

// The vector unit the compiler may use: its name, the bytes in one vector register, how many there are.
#if defined(__AVX512F__)
constexpr const char* name = "AVX-512";
constexpr std::size_t vector_bytes = 64, vector_registers = 32;
#elif defined(__AVX2__) && defined(__FMA__)
constexpr const char* name = "AVX2 + FMA";
constexpr std::size_t vector_bytes = 32, vector_registers = 16;
#elif defined(__AVX__)
constexpr const char* name = "AVX";
constexpr std::size_t vector_bytes = 32, vector_registers = 16;
#elif defined(__SSE2__) && defined(__x86_64__)
constexpr const char* name = "SSE2";
constexpr std::size_t vector_bytes = 16, vector_registers = 16;
#elif defined(__SSE2__)
constexpr const char* name = "SSE2 (32-bit)";
constexpr std::size_t vector_bytes = 16, vector_registers = 8;
#elif defined(__aarch64__)
constexpr const char* name = "NEON (AArch64)";  // Advanced SIMD is part of every AArch64 CPU: 32 registers
constexpr std::size_t vector_bytes = 16, vector_registers = 32;
#elif defined(__ARM_NEON)
constexpr const char* name = "NEON (32-bit ARM)";
constexpr std::size_t vector_bytes = 16, vector_registers = 16;
#else
constexpr const char* name = "none (scalar)";  // one number per register; assume 16 of them
constexpr std::size_t vector_bytes = 8, vector_registers = 16;
#endif

// Numbers of type T in one vector register (at least 1).
template <typename T>
constexpr std::size_t lanes() { return vector_bytes / sizeof(T) > 0 ? vector_bytes / sizeof(T) : 1; }

// The register tile of the products (kernels.cpp): tile_rows rows × tile_vectors vectors of C, kept in
// registers while the depth is summed. Each step over the depth loads tile_vectors vectors of one row of B
// and broadcasts one number of A per row, so the tile needs
//     tile_rows·tile_vectors accumulators + tile_vectors for the row of B + 1 for the broadcast
// registers. The rule: as many accumulators as fit (at least 2 FMA units × 4 cycles of latency = 8, to keep
// the units busy), tile_rows a power of two (batch sizes are, so the bottom edge of C wastes nothing), and
// only shapes whose loops the compiler (g++ 12) really turns into register-held vectors. On x86, when the loop
// along a tile row has 16 numbers or fewer (8 rows × 1 AVX-512 vector, 4 × 2 AVX2 vectors), g++ first unrolls
// that loop completely and then vectorises across the rows, with hundreds of shuffles and the tile in memory
// (seen in the assembly, `g++ -S`); tiles of one or two vectors therefore forbid that unrolling
// (`#pragma GCC unroll 1` in tile()), which must not be used on wider ones (there it keeps the loop over the
// vectors, in memory). On AArch64 the limit is the number of rows (8 × 3 vectors stays a loop over the rows,
// in memory; 4 × 4 is all registers).
// edge_vectors is the narrowest tile used at the right edge of C: one vector on every target, so a 10-wide
// output layer is computed 16 floats wide on AVX-512 (it was 32 when tiles of one vector were in memory).
//     AVX-512, 32 registers of 16 floats: 8 × 3 vectors (8 × 48 floats) = 24 + 3 + 1 = 28 registers
//     AVX2 / AVX, 16 registers of 8:      4 × 3 vectors (4 × 24 floats) = 12 + 3 + 1 = 16
//     SSE2, 16 registers of 4:            4 × 3 vectors (4 × 12 floats) = 16
//     AArch64 NEON, 32 registers of 4:    4 × 4 vectors (4 × 16 floats) = 16 + 4 + 1 = 21
//     others (8 registers, or none):      2 × 2 = 4 + 2 + 1 = 7
constexpr std::size_t registers_used(std::size_t rows, std::size_t vectors) { return rows * vectors + vectors + 1; }
#if defined(__AVX512F__)
constexpr std::size_t rule_rows = 8, rule_vectors = 3, rule_edge_vectors = 1;
#elif defined(__aarch64__)
constexpr std::size_t rule_rows = 4, rule_vectors = 4, rule_edge_vectors = 1;
#elif defined(__SSE2__) && defined(__x86_64__) || defined(__ARM_NEON)
constexpr std::size_t rule_rows = 4, rule_vectors = 3, rule_edge_vectors = 1;
#else
constexpr std::size_t rule_rows = 2, rule_vectors = 2, rule_edge_vectors = 1;
#endif
#if defined(NNWALK_TILE_ROWS) && defined(NNWALK_TILE_VECTORS) && defined(NNWALK_EDGE_VECTORS)
// Another shape, for measuring alternatives: VECTOR_ARCH="-march=haswell -DNNWALK_TILE_ROWS=2 …".
constexpr std::size_t tile_rows = NNWALK_TILE_ROWS, tile_vectors = NNWALK_TILE_VECTORS, edge_vectors = NNWALK_EDGE_VECTORS;
#else
constexpr std::size_t tile_rows = rule_rows, tile_vectors = rule_vectors, edge_vectors = rule_edge_vectors;
#endif
static_assert(registers_used(tile_rows, tile_vectors) <= vector_registers, "the tile must fit in the registers");
static_assert(edge_vectors >= 1 && edge_vectors <= tile_vectors, "edge tiles are at most a tile wide");

// Columns of C in one tile: tile_vectors vectors of T.
template <typename T>
constexpr std::size_t tile_cols() { return tile_vectors * lanes<T>(); }

// The depth is summed in equal blocks of at most 208 (product_columns) so that the part of B one band of
// columns needs (at most 208 × tile_cols numbers) stays in the L1 cache while every band of rows uses it,
// with room to spare for the stream of A: 39 KiB of the 48 KiB L1 of the Xeon measured for AVX-512's 48 floats
// (blocks of 256, all 48 KiB, made Adam's G1 = Xᵀ·Δ1, depth 1024, 0.25 ms slower in a training step; a
// block of 85, 16 KiB, was slower still, `make bench-kernels`), 20 KiB for AVX2's 24, 13 KiB for NEON's 16.
// The depths of lesson 06 are cut as with blocks of 256 (784 = 4 × 196, 300 = 2 × 150), so it prints the
// same numbers. One rule on every target also means that every element of C is summed in the same order, so
// the FMA targets give the same floats.
template <typename T>
constexpr std::size_t depth_block() { return 208; }

// The probe's independent chains: probe_rows × probe_vectors accumulator vectors, as many as fit beside
// x and y: 32 registers: 7 × 4 = 28 (+ 2); 16 registers: 4 × 3 = 12 (+ 2, 12 is what AVX2 needs to reach its
// peak: 2 FMA units × 4 cycles of latency, and more); 8 registers: 2 × 3 = 6.
constexpr std::size_t probe_rows = vector_registers >= 32 ? 7 : vector_registers >= 16 ? 4 : 2;
constexpr std::size_t probe_vectors = vector_registers >= 32 ? 4 : 3;
static_assert(probe_rows * probe_vectors + 2 <= vector_registers, "the probe must fit in the registers");

}  // namespace target

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

// The register tile (namespace target above): at most tile_rows rows × tile_cols<T>() columns of C, summed in
// registers over the depth. Each step over k broadcasts one number of A per row and multiplies it with one
// row of B; the innermost loop runs along a contiguous row of B and of the tile, which the compiler turns
// into tile_vectors vector multiply-adds per row.
using target::tile_rows;
using target::tile_vectors;
using target::lanes;
using target::tile_cols;

// The left factor A of a product, read with strides.
template <typename T>
struct Left {
    const T* data;
    std::size_t row_step;  // distance between A(r, k) and A(r + 1, k)
    std::size_t k_step;    // distance between A(r, k) and A(r, k + 1)
};

// One tile of Rows rows × Vectors vectors: C[0..Rows)[skip..cols) = beta·C + alpha·Σ_k A(r, k)·B[k][skip..cols)
// with cols ≤ width = Vectors·lanes; B must have `width` readable columns (see product_columns for the right
// edge of C). Rows and Vectors are constants, so the loops over them have fixed lengths and the compiler
// keeps the whole tile in registers; the edges of C have tiles of their own shape (below) instead of a
// runtime count, which would put the tile in memory. A is passed by reference: passed by value, its three
// numbers went through the stack before every tile and reading them back stalled the call (measured:
// 2–12% of peak more on most products with the reference, `make bench-kernels`).
template <typename T, std::size_t Rows, std::size_t Vectors>
void tile(const Left<T>& a, const T* b, std::size_t ldb, std::size_t depth, T alpha, T beta, T* c, std::size_t ldc,
          std::size_t skip, std::size_t cols) {
    constexpr std::size_t width = Vectors * lanes<T>();
    T sum[Rows][width] = {};
    for (std::size_t k = 0; k < depth; ++k) {
        const T* b_row = b + k * ldb;
        const T* a_k = a.data + k * a.k_step;
        for (std::size_t r = 0; r < Rows; ++r) {
            const T a_rk = a_k[r * a.row_step];
            if constexpr (Vectors <= 2) {
                // One or two vectors: without this line g++ unrolls the loop completely and vectorises
                // across the rows instead (the tile in memory); with it, one vector FMA per vector.
#pragma GCC unroll 1
                for (std::size_t j = 0; j < width; ++j) sum[r][j] += a_rk * b_row[j];
            } else {
                for (std::size_t j = 0; j < width; ++j) sum[r][j] += a_rk * b_row[j];
            }
        }
    }
    // The sums are first copied out with fixed-length loops, so that they stay in registers until then.
    // Only columns [skip, cols) are written: an edge tile may start left of its band (product_columns).
    for (std::size_t r = 0; r < Rows; ++r) {
        T out[width];
        for (std::size_t j = 0; j < width; ++j) out[j] = alpha * sum[r][j];
        T* c_row = c + r * ldc;
        for (std::size_t j = skip; j < cols; ++j) c_row[j] = (beta == 0 ? T(0) : c_row[j]) + out[j];
    }
}

// Every tile shape, 1..tile_rows rows × 1..tile_vectors vectors, in one table: tiles<T>[(rows − 1) ·
// tile_vectors + vectors − 1] (those narrower than target::edge_vectors are never called).
template <typename T>
using TileFunction = void (*)(const Left<T>&, const T*, std::size_t, std::size_t, T, T, T*, std::size_t, std::size_t,
                              std::size_t);

template <typename T, std::size_t... I>
constexpr std::array<TileFunction<T>, sizeof...(I)> tile_table(std::index_sequence<I...>) {
    return {{&tile<T, I / tile_vectors + 1, I % tile_vectors + 1>...}};
}

template <typename T>
const std::array<TileFunction<T>, tile_rows * tile_vectors> tiles =
    tile_table<T>(std::make_index_sequence<tile_rows * tile_vectors>());

// Columns [first, last) and rows [0, m) of C (ldc columns) = beta·C + alpha·A·B, tile by tile. The depth is
// cut into equal blocks of at most target::depth_block so that the block of B a band of columns needs stays in
// the L1 cache while every band of rows uses it (784 = 4 × 196: a last block of 16, as blocks of 256 left,
// cost Adam's Z1 8 points of peak in setting up and writing tiles).
// B is read from `packed` (see pack_b) when it is given. Otherwise the tiles read B in place, and a band
// narrower than a tile (at the right edge of C) takes as many vectors as its columns need (at least
// target::edge_vectors). When that is wider than the band, the tile starts left of the band, on columns of
// B that exist, and writes only the band's columns: e.g. the last 12 of 300 columns are computed as columns
// 284..300, of which 288..300 are written (each column of C is summed in the same order whichever tile
// computes it). Only when B has fewer columns than that (10 outputs: one vector is 16 floats on AVX-512)
// is the block first copied into a panel whose missing columns are zeros.
// When many rows of C share a deep block (m ≥ pack_rows, block ≥ pack_depth: the batch-1024 products,
// inference) and B has not been packed already, the block of the band is first copied into a contiguous panel
// (block × tile width): the tiles then read B as one stream instead of rows 4,000 bytes apart (measured on
// AVX-512, `make bench-kernels`, one thread: Adam's products 57–63% of peak → 65–71%; for a batch of 32 the
// copy cost more than it saved, 76% → 56%, and a block of 32 rows, as in the update of W by a batch of 32, is
// in the L1 cache anyway).
const std::size_t pack_rows = 128, pack_depth = 128;

// One row of a panel: the `valid` numbers of B's row, then zeros up to `width`.
template <typename T>
void copy_padded(const T* b_row, std::size_t valid, std::size_t width, T* panel_row) {
    for (std::size_t jj = 0; jj < valid; ++jj) panel_row[jj] = b_row[jj];
    for (std::size_t jj = valid; jj < width; ++jj) panel_row[jj] = T(0);
}

// When B is packed and C is wide (at least a_pack_bands bands of columns), the tiles would read A (m × block)
// many times over, and read with strides when A is stored transposed (the gradient Xᵀ·Δ1: a tile's 8 rows at
// one k are 32 bytes of a row of X, the next k 3,136 bytes on). Then the block of A is first copied into
// panels of tile_rows rows, row r of tile t at k at panel[(t·block + k)·tile_rows + r], so that each tile
// reads its A as one stream (Adam's G1 in a training step: 6.9 ms → 6.3 ms, median of ~110 steps, two
// threads). For the 10-wide G2 (one band), the copy would cost more than the band saves.
const std::size_t a_pack_bands = 4;

template <typename T>
Left<T> pack_a(const Left<T>& a, std::size_t m, std::size_t k, std::size_t block, std::vector<T>& panels) {
    panels.resize((m + tile_rows - 1) / tile_rows * tile_rows * block);
    for (std::size_t kk = 0; kk < block; ++kk) {
        const T* a_k = a.data + (k + kk) * a.k_step;
        for (std::size_t r = 0; r < m; ++r)
            panels[((r / tile_rows) * block + kk) * tile_rows + r % tile_rows] = a_k[r * a.row_step];
    }
    return {panels.data(), 1, tile_rows};  // tile t starts at data + t·block·tile_rows
}

template <typename T>
void product_columns(Left<T> a, std::size_t m, const T* b, std::size_t ldb, std::size_t depth, T alpha, T beta,
                     T* c, std::size_t ldc, std::size_t first, std::size_t last, const T* packed = nullptr) {
    constexpr std::size_t cols = tile_cols<T>(), most = target::depth_block<T>();
    const std::size_t blocks = depth == 0 ? 1 : (depth + most - 1) / most;
    const std::size_t block_depth = depth == 0 ? 1 : (depth + blocks - 1) / blocks;
    const bool a_packed = packed != nullptr && last - first >= a_pack_bands * cols;
    thread_local std::vector<T> panel, a_panels;  // block_depth × tile_cols; m × block_depth
    for (std::size_t k = 0; k < depth || k == 0; k += block_depth) {
        const std::size_t block = depth - k < block_depth ? depth - k : block_depth;
        const T block_beta = k == 0 ? beta : T(1);
        const Left<T> a_block = a_packed ? pack_a(a, m, k, block, a_panels) : Left<T>{};
        for (std::size_t j = first; j < last; j += cols) {
            const std::size_t width = last - j < cols ? last - j : cols;
            const std::size_t needed = (width + lanes<T>() - 1) / lanes<T>();
            const std::size_t vectors = needed > target::edge_vectors ? needed : target::edge_vectors;
            const std::size_t tile_width = vectors * lanes<T>();
            // The tile covers columns [start, start + tile_width) of B and C, of which B has `valid`, and
            // writes [j, j + width).
            const bool shift = packed == nullptr && tile_width > width && j + width >= tile_width;
            const std::size_t start = shift ? j + width - tile_width : j;
            const std::size_t valid = start + tile_width <= j + width ? tile_width : width;
            const T* b_block = b + k * ldb + start;
            std::size_t b_step = ldb;
            if (packed != nullptr) {
                b_block = packed + ((j / cols) * depth + k) * cols;
                b_step = cols;
            } else if ((m >= pack_rows && block >= pack_depth) || valid < tile_width) {
                panel.resize(block * tile_width);
                for (std::size_t kk = 0; kk < block; ++kk)
                    copy_padded(b_block + kk * ldb, valid, tile_width, panel.data() + kk * tile_width);
                b_block = panel.data();
                b_step = tile_width;
            }
            const std::size_t skip = j - start;
            for (std::size_t i = 0; i < m; i += tile_rows) {
                const Left<T> a_tile = a_packed ? Left<T>{a_block.data + i * block, 1, tile_rows}
                                                : Left<T>{a.data + i * a.row_step + k * a.k_step, a.row_step, a.k_step};
                const std::size_t height = m - i < tile_rows ? m - i : tile_rows;
                tiles<T>[(height - 1) * tile_vectors + vectors - 1](a_tile, b_block, b_step, block, alpha,
                                                                    block_beta, c + i * ldc + start, ldc, skip,
                                                                    skip + width);
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

// [first, last) of part p when 0..n is cut into `parts` runs of whole grains (the last may be shorter): rows
// in grains of a tile's rows, the depth in grains of depth_grain on every target, so that the partial sums of
// a product cut along its depth, and so its floats, are the same on every FMA target.
const std::size_t depth_grain = 8;

void part_of(std::size_t n, std::size_t p, std::size_t& first, std::size_t& last, std::size_t grain = tile_rows) {
    const std::size_t grains = (n + grain - 1) / grain;
    first = grains * p / parts * grain;
    last = grains * (p + 1) / parts * grain;
    first = first < n ? first : n;
    last = last < n ? last : n;
}


// B (depth × n) in panels: row k of band b (columns b·cols .. b·cols + cols, zeros past column n) at
// [(b·depth + k)·cols, + cols) of the returned array (the calling thread's; valid until its next call).
// Made once per product by all threads, each copying whole rows of B one after the other, for products cut
// into runs of rows that each need all of B (product_by_rows): there every task would otherwise copy all of
// B for itself, four times in all, and B is the Δ that the product before has just written, from the caches
// of both cores. For the Adam recipe (G1 = a·Xᵀ·Δ1) the epoch was faster in 14 of 16 alternating runs of
// `bench_mnist data/mnist 3 1024 adam 1000 2` (by up to 15%; docs/vector.md). Products cut into bands (Z = A·W) copy only their own band
// in each task: a shared copy there was slower for inference, where W stays in the cache from batch to batch
// (evaluate on the test set: 120–150 thousand images per second against 145–157).
template <typename T>
const T* pack_b(const T* b, std::size_t ldb, std::size_t depth, std::size_t n, ThreadPool* pool) {
    constexpr std::size_t cols = tile_cols<T>();
    const std::size_t bands = (n + cols - 1) / cols;
    thread_local std::vector<T> panels;
    panels.resize(bands * depth * cols);
    T* out = panels.data();  // (a thread_local name would mean each worker's own vector)
    run_tasks(parts, depth * n, pool, [&](std::size_t p) {
        for (std::size_t k = depth * p / parts; k < depth * (p + 1) / parts; ++k)
            for (std::size_t band = 0; band < bands; ++band) {
                const std::size_t valid = n - band * cols < cols ? n - band * cols : cols;
                copy_padded(b + k * ldb + band * cols, valid, cols, out + (band * depth + k) * cols);
            }
    });
    return out;
}

// C (m × n) = beta·C + alpha·A·B, one task per band of tile_cols columns of C and run of chunk_rows rows
// (many tasks, so that two threads share them evenly: a band alone is 1/7 of a 300-column layer). A task's run
// of A stays in the L2 cache while it goes from band to band: one run of 1,024 rows gave 10% fewer test images
// per second than runs of 256. Tasks are numbered run by run, so the caller (taking tasks from the front)
// and a worker (from the back) each keep to their own runs of A: numbered band by band, with both threads
// on every run, the SGD model's inference products reached 53% and 46% of the two cores' peak instead of
// 71% and 63% (`make bench-kernels`).
const std::size_t chunk_rows = 256;

template <typename T>
void product_by_columns(Left<T> a, std::size_t m, const T* b, std::size_t ldb, std::size_t depth, std::size_t n,
                        T alpha, T beta, T* c, ThreadPool* pool) {
    constexpr std::size_t cols = tile_cols<T>();
    const std::size_t bands = (n + cols - 1) / cols, chunks = (m + chunk_rows - 1) / chunk_rows;
    run_tasks(bands * chunks, m * n * depth, pool, [&](std::size_t task) {
        const std::size_t chunk = task / bands, band = task % bands;
        const std::size_t first = band * cols, last = first + cols < n ? first + cols : n;
        const std::size_t row = chunk * chunk_rows, rows = m - row < chunk_rows ? m - row : chunk_rows;
        const Left<T> part{a.data + row * a.row_step, a.row_step, a.k_step};
        product_columns(part, rows, b, ldb, depth, alpha, beta, c + row * n, n, first, last);
    });
}

// The same, one task per run of rows of C (and of A).
template <typename T>
void product_by_rows(Left<T> a, std::size_t m, const T* b, std::size_t ldb, std::size_t depth, std::size_t n,
                     T alpha, T beta, T* c, ThreadPool* pool) {
    const T* packed = m / parts >= pack_rows && depth >= pack_depth ? pack_b(b, ldb, depth, n, pool) : nullptr;
    run_tasks(parts, m * n * depth, pool, [&](std::size_t p) {
        std::size_t first, last;
        part_of(m, p, first, last);
        const Left<T> rows{a.data + first * a.row_step, a.row_step, a.k_step};
        product_columns(rows, last - first, b, ldb, depth, alpha, beta, c + first * n, n, 0, n, packed);
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
        part_of(depth, p, first, last, depth_grain);
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
    const std::size_t m = a.cols(), n = b.cols(), depth = a.rows();
    if (n < tile_cols<T>() && m >= a_pack_bands * tile_cols<T>()) {
        // Narrower than one tile (G2 = a·A1ᵀ·Δ2 of an output layer of 10) and tall: each tile would multiply
        // its tile_rows broadcasts with one vector of B, mostly padding. So Cᵀ = Bᵀ·A (n × m) is computed
        // instead, in whole tiles across the m columns, and copied back transposed: the same products, summed in
        // the same order, so the same floats (Adam's G2 in a training step: 0.45 ms → 0.3 ms).
        thread_local std::vector<T> c_transposed;  // n × m
        c_transposed.resize(n * m);
        if (beta != 0)
            for (std::size_t i = 0; i < m; ++i)
                for (std::size_t j = 0; j < n; ++j) c_transposed[j * m + i] = c(i, j);
        product_by_columns(Left<T>{b.data(), 1, n}, n, a.data(), m, depth, m, alpha, beta, c_transposed.data(), pool);
        for (std::size_t i = 0; i < m; ++i)
            for (std::size_t j = 0; j < n; ++j) c(i, j) = c_transposed[j * m + i];
        return;
    }
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

// ---------------------------------------------------------------------------------------------------------
// The FMA-peak probe.

namespace {

// probe_rows·probe_vectors independent chains of vector multiply-adds, acc = acc·x + y, until `seconds` have passed;
// returns GFLOP/s. The chains are a fixed-size array that the compiler keeps in registers (one vector
// register per chain), so every multiply-add waits only for the one of its own chain, that many FMAs
// before. x is just below 1 and y tiny, so the numbers stay normal.
double probe(double seconds, float* sink) {
    // As in the products' tiles: a few rows (a loop the compiler unrolls completely) of a few vectors each
    // (a loop it vectorises), so that the whole array becomes registers.
    using namespace target;
    constexpr std::size_t rows = probe_rows, width = probe_vectors * lanes<float>();
    float acc[rows][width];
    for (std::size_t c = 0; c < rows; ++c)
        for (std::size_t l = 0; l < width; ++l) acc[c][l] = 1.0f + 0.001f * float(c * width + l);
    // The factor changes with the step (from a small table in the L1 cache): with one constant factor the
    // compiler would turn the loops inside out and keep one row's chains in memory.
    const float factors[8] = {0.9999999f, 0.9999998f, 0.9999997f, 0.9999996f,
                              0.9999995f, 0.9999994f, 0.9999993f, 0.9999992f};
    const float y = 1e-7f;
    const std::size_t steps = 4096;  // between looks at the clock
    std::size_t rounds = 0;
    const auto start = std::chrono::steady_clock::now();
    double elapsed = 0;
    do {
        for (std::size_t s = 0; s < steps; ++s) {
            const float x = factors[s % 8];
            for (std::size_t c = 0; c < rows; ++c)
                for (std::size_t l = 0; l < width; ++l) acc[c][l] = acc[c][l] * x + y;
        }
        ++rounds;
        elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    } while (elapsed < seconds);
    float total = 0;
    for (std::size_t c = 0; c < rows; ++c)
        for (std::size_t l = 0; l < width; ++l) total += acc[c][l];
    *sink = total;
    return 2.0 * double(rounds) * steps * rows * width / elapsed / 1e9;
}

}  // namespace

BuildTarget build_target() {
    using namespace target;
    return {name,      vector_registers, lanes<float>(),
            tile_rows, tile_cols<float>(), registers_used(tile_rows, tile_vectors), edge_vectors * lanes<float>(),
            depth_block<float>(), probe_rows * probe_vectors};
}

double fma_peak_gflops(std::size_t threads, double seconds) {
    if (threads <= 1) {
        float sink = 0;
        return probe(seconds, &sink);
    }
    std::vector<double> rates(threads);
    std::vector<float> sinks(threads);
    std::vector<std::thread> team;
    for (std::size_t t = 0; t < threads; ++t)
        team.emplace_back([&, t] { rates[t] = probe(seconds, &sinks[t]); });
    double total = 0;
    for (std::size_t t = 0; t < threads; ++t) {
        team[t].join();
        total += rates[t];
    }
    return total;
}

}  // namespace vec
