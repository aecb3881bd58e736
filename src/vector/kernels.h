// Matrix products for the vector core: a plain reference version of each and a fast one checked against it.
#pragma once

#include "vector/matrix.h"
#include "vector/thread_pool.h"

#include <cstddef>

namespace vec {

// Shapes use the letters of the product: A is (m × k) or, when transposed, (k × m); C is (m × n).
// The reference versions are three plain loops, for reading and for checking. The fast versions compute
// C in tiles of a few rows × a few dozen columns held in registers (the compiler vectorises the loop over
// the columns), and share the work between the pool's threads (pool may be nullptr: one thread).
// The results do not depend on the number of threads: every product is cut into the same tasks, each summed
// in the same order, whatever the thread count. T is float or double.

// C (m × n) = A (m × k) · B (k × n). Used for Z = A[l−1] · W.
template <typename T>
void multiply_reference(const Matrix<T>& a, const Matrix<T>& b, Matrix<T>& c);
template <typename T>
void multiply(const Matrix<T>& a, const Matrix<T>& b, Matrix<T>& c, ThreadPool* pool);

// C (m × n) = A (m × k) · Bᵀ, with B (n × k). Used for Δ[l] · Wᵀ when going back a layer.
template <typename T>
void multiply_transposed_b_reference(const Matrix<T>& a, const Matrix<T>& b, Matrix<T>& c);
template <typename T>
void multiply_transposed_b(const Matrix<T>& a, const Matrix<T>& b, Matrix<T>& c, ThreadPool* pool);

// C (m × n) = beta·C + alpha·Aᵀ · B, with A (k × m) and B (k × n); beta is 0 or 1 (C must already have
// its shape when beta is 1). Used for the weight gradient A[l−1]ᵀ · Δ[l], or (beta = 1) to add the SGD
// change straight into W.
template <typename T>
void multiply_transposed_a_reference(const Matrix<T>& a, const Matrix<T>& b, T alpha, T beta, Matrix<T>& c);
template <typename T>
void multiply_transposed_a(const Matrix<T>& a, const Matrix<T>& b, T alpha, T beta, Matrix<T>& c,
                           ThreadPool* pool);

// What the vector core was built for (from the compiler's predefined macros under VECTOR_FLAGS), for
// `make bench` and the tests.
struct BuildTarget {
    const char* vector_unit;        // "AVX-512", "AVX2 + FMA", "SSE2", "NEON (AArch64)", "none (scalar)", …
    std::size_t vector_registers;   // how many
    std::size_t float_lanes;        // floats in one vector register
    std::size_t tile_rows;          // the products' register tile: rows …
    std::size_t tile_floats;        // … × floats (tile_vectors · float_lanes)
    std::size_t tile_registers;     // registers the tile needs: accumulators + a row of B + a broadcast
    std::size_t edge_floats;        // the narrowest tile at the right edge of C
    std::size_t depth_block;        // the depth is summed in equal blocks of at most this many (float)
    std::size_t probe_chains;       // independent vector FMA chains in the peak probe
};
BuildTarget build_target();

// Measures the arithmetic ceiling: float multiply-adds on `threads` threads at once for about `seconds`,
// with enough independent chains of vector FMAs to hide their latency in the target's registers. Returns
// GFLOP/s (one multiply-add = 2 floating-point operations), for all threads together.
double fma_peak_gflops(std::size_t threads, double seconds = 0.2);

}  // namespace vec
