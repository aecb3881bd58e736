// The vector core's fast matrix products against a product worked by hand and against the plain reference
// loops, on shapes that exercise every edge of the tiles, in float and double, with 1 to 3 threads.
#include "core/rng.h"
#include "vector/kernels.h"

#include <doctest/doctest.h>

#include <array>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <thread>
#include <vector>

using vec::Matrix;

namespace {

template <typename T>
Matrix<T> random_matrix(std::size_t rows, std::size_t cols, Rng& rng) {
    Matrix<T> m(rows, cols);
    for (std::size_t e = 0; e < m.size(); ++e) m.data()[e] = static_cast<T>(rng.uniform(-1, 1));
    return m;
}

// Two ways of summing the same `depth` products may differ by rounding only: each partial sum is off by at
// most one rounding (unit roundoff u = ε/2) of a value no bigger than Σ|a·b| ≤ depth (entries in [−1, 1]), so
// |fast − reference| ≤ 2·depth·u·depth, summed over both versions. The bound is loose; a wrong index is off
// by O(1).
template <typename T>
double rounding_bound(std::size_t depth) {
    return 2.0 * depth * depth * std::numeric_limits<T>::epsilon();
}

template <typename T>
double largest_difference(const Matrix<T>& x, const Matrix<T>& y) {
    REQUIRE(x.rows() == y.rows());
    REQUIRE(x.cols() == y.cols());
    double worst = 0;
    for (std::size_t e = 0; e < x.size(); ++e) worst = std::fmax(worst, std::fabs(double(x.data()[e]) - double(y.data()[e])));
    return worst;
}

// Shapes (m, k, n) around the old tile sizes (8 rows × 32 floats or 16 doubles) and the depth block (256),
// and the shapes of the MNIST model's layers (10 outputs among them).
const std::size_t shapes[][3] = {{1, 1, 1},   {3, 5, 7},    {8, 32, 32},   {9, 33, 33},   {17, 300, 100},
                                 {32, 784, 300}, {7, 257, 65}, {24, 100, 10}, {40, 3, 129}};

// The same around this build's own tile and depth block (vec::build_target(): they follow the target).
std::vector<std::array<std::size_t, 3>> all_shapes() {
    std::vector<std::array<std::size_t, 3>> all;
    for (const auto& shape : shapes) all.push_back({shape[0], shape[1], shape[2]});
    const vec::BuildTarget t = vec::build_target();
    all.push_back({t.tile_rows, t.depth_block, t.tile_floats});
    all.push_back({t.tile_rows + 1, t.depth_block + 1, t.tile_floats + 1});
    all.push_back({2 * t.tile_rows - 1, 2 * t.depth_block - 1, t.tile_floats + t.edge_floats + 1});
    all.push_back({t.tile_rows - 1, 3, 2 * t.tile_floats + t.float_lanes});
    // Narrow C (one vector or less: padded B) and right edges a few columns past whole vectors (the edge
    // tile then starts left of its band and writes only the band's columns).
    const std::size_t lanes = t.float_lanes, narrow[] = {2, lanes - 1, lanes, lanes + 1, 2 * lanes - 1};
    for (std::size_t n : narrow) all.push_back({2 * t.tile_rows + 3, 37, n});
    const std::size_t edges[] = {t.tile_floats + 1, t.tile_floats + lanes - 1, t.tile_floats + lanes + 3,
                                 2 * t.tile_floats - lanes + 1, 1000};
    for (std::size_t n : edges) all.push_back({t.tile_rows + 3, 19, n});
    all.push_back({150, 130, 2 * t.tile_floats + 5});  // many rows, deep: B packed into panels; an edge
    // Aᵀ·B with at least 128 rows of C in each of its 4 parts: B packed once, for all parts, with an edge
    // band of zeros (and, below, B narrower than one vector).
    all.push_back({520, 130, 2 * t.tile_floats + 5});
    all.push_back({520, 130, 10});
    all.push_back({520, 420, 10});  // the same, narrow, over three blocks of the depth (as G2's 1024 is cut)
    all.push_back({130, 40, 5});    // narrow in double too (8 doubles per NEON tile, 24 per AVX-512 tile)
    // … and C wide enough that A is copied into panels too, over two blocks of the depth, with a last tile of
    // 3 rows.
    all.push_back({515, 266, 4 * t.tile_floats + 5});
    all.push_back({300, 64, 10});  // the shapes of an output layer of 10: the update, and …
    all.push_back({130, 100, 10});  // … a big batch forward (several runs of rows)
    return all;
}

template <typename T>
void check_all_products(std::size_t threads) {
    Rng rng(7);
    vec::ThreadPool pool(threads);
    for (const auto& shape : all_shapes()) {
        const std::size_t m = shape[0], k = shape[1], n = shape[2];
        CAPTURE(m);
        CAPTURE(k);
        CAPTURE(n);
        CAPTURE(threads);
        const double bound = rounding_bound<T>(k);
        Matrix<T> a = random_matrix<T>(m, k, rng), b = random_matrix<T>(k, n, rng), fast, plain;
        // C = A·B
        vec::multiply(a, b, fast, &pool);
        vec::multiply_reference(a, b, plain);
        CHECK(largest_difference(fast, plain) <= bound);
        // C = A·Bᵀ with B (n × k)
        Matrix<T> b_rows = random_matrix<T>(n, k, rng);
        vec::multiply_transposed_b(a, b_rows, fast, &pool);
        vec::multiply_transposed_b_reference(a, b_rows, plain);
        CHECK(largest_difference(fast, plain) <= bound);
        // C = alpha·Aᵀ·B with A (k × m), then C = C + alpha·Aᵀ·B on top of a random C
        Matrix<T> a_cols = random_matrix<T>(k, m, rng);
        const T alpha = T(-0.375);
        vec::multiply_transposed_a(a_cols, b, alpha, T(0), fast, &pool);
        vec::multiply_transposed_a_reference(a_cols, b, alpha, T(0), plain);
        CHECK(largest_difference(fast, plain) <= bound);
        Matrix<T> start = random_matrix<T>(m, n, rng);
        fast = start;
        plain = start;
        vec::multiply_transposed_a(a_cols, b, alpha, T(1), fast, &pool);
        vec::multiply_transposed_a_reference(a_cols, b, alpha, T(1), plain);
        CHECK(largest_difference(fast, plain) <= bound + 4 * std::numeric_limits<T>::epsilon());
    }
}

}  // namespace

TEST_SUITE("vector") {

TEST_CASE("the reference product against a product worked by hand") {
    // A = [1 2 3; 4 5 6], B = [7 8; 9 10; 11 12]
    Matrix<double> a(2, 3), b(3, 2), c;
    const double a_values[] = {1, 2, 3, 4, 5, 6}, b_values[] = {7, 8, 9, 10, 11, 12};
    for (int e = 0; e < 6; ++e) a.data()[e] = a_values[e], b.data()[e] = b_values[e];
    vec::multiply_reference(a, b, c);
    // row 1: 1·7 + 2·9 + 3·11 = 7 + 18 + 33 = 58;  1·8 + 2·10 + 3·12 = 8 + 20 + 36 = 64
    // row 2: 4·7 + 5·9 + 6·11 = 28 + 45 + 66 = 139; 4·8 + 5·10 + 6·12 = 32 + 50 + 72 = 154
    CHECK(c(0, 0) == 58);
    CHECK(c(0, 1) == 64);
    CHECK(c(1, 0) == 139);
    CHECK(c(1, 1) == 154);
    // Aᵀ·A (3 × 3): (1,1) = 1·1 + 4·4 = 17, (1,3) = 1·3 + 4·6 = 27, (3,3) = 3·3 + 6·6 = 45; times alpha = 0.5
    vec::multiply_transposed_a_reference(a, a, 0.5, 0.0, c);
    CHECK(c(0, 0) == 8.5);
    CHECK(c(0, 2) == 13.5);
    CHECK(c(2, 2) == 22.5);
    // A·Aᵀ (2 × 2): (1,2) = 1·4 + 2·5 + 3·6 = 32
    vec::multiply_transposed_b_reference(a, a, c);
    CHECK(c(0, 1) == 32);
    CHECK(c(1, 0) == 32);
    // The fast product gives the same small integers exactly (every partial sum is an exact integer).
    vec::multiply(a, b, c, nullptr);
    CHECK(c(1, 1) == 154);
}

TEST_CASE("fast products equal the reference loops up to rounding: float and double, 1 to 3 threads") {
    for (std::size_t threads = 1; threads <= 3; ++threads) {
        check_all_products<float>(threads);
        check_all_products<double>(threads);
    }
}

// FNV-1a over the bits of every float of C: equal only when every float is.
std::uint64_t bits_hash(const Matrix<float>& c) {
    std::uint64_t hash = 14695981039346656037ull;
    for (std::size_t e = 0; e < c.size(); ++e) {
        std::uint32_t bits;
        std::memcpy(&bits, &c.data()[e], sizeof bits);
        for (int byte = 0; byte < 4; ++byte) hash = (hash ^ ((bits >> (8 * byte)) & 0xff)) * 1099511628211ull;
    }
    return hash;
}

TEST_CASE("the fast products give the same floats on every FMA target, whatever its tile") {
    // The order of every sum follows from the depth alone (equal blocks, the depth cut in grains of 8), not
    // from the tile, so AVX-512 (8 × 48), AVX2 (4 × 24) and NEON (4 × 16) builds give the same bits. The
    // hashes were computed by the AVX-512 build and are checked by the AVX2 build (`make BUILD=build/avx2
    // VECTOR_ARCH=-march=haswell test`) and by `make test-arm64`. Shapes: a batch of 32 cut along a depth of
    // 784 (4 × 196), B packed by each task (300 rows, depth 200), and Aᵀ·B with B packed once for all parts.
    // Targets without fused multiply-adds round each product on its own, so their floats differ.
    const std::string unit = vec::build_target().vector_unit;
    if (unit != "AVX-512" && unit != "AVX2 + FMA" && unit != "NEON (AArch64)") return;
    Rng rng(11);
    vec::ThreadPool pool(2);
    Matrix<float> c;
    const Matrix<float> x = random_matrix<float>(32, 784, rng), w = random_matrix<float>(784, 300, rng);
    vec::multiply(x, w, c, &pool);
    CHECK(bits_hash(c) == 11781692728332838066ull);
    const Matrix<float> a = random_matrix<float>(300, 200, rng), b = random_matrix<float>(200, 100, rng);
    vec::multiply(a, b, c, &pool);
    CHECK(bits_hash(c) == 8069560453503614919ull);
    const Matrix<float> a_cols = random_matrix<float>(130, 520, rng), d = random_matrix<float>(130, 101, rng);
    vec::multiply_transposed_a(a_cols, d, -1.0f / 130, 0.0f, c, &pool);
    CHECK(bits_hash(c) == 4807927868736200198ull);
}

TEST_CASE("the thread pool runs every task of every job exactly once, also when the task count changes") {
    // Jobs follow each other with different task counts (a worker still finishing one job must never
    // take a task of the next): each task adds its job's number to its own slot.
    vec::ThreadPool pool(3);
    const std::size_t counts[] = {2, 37, 5, 300, 3, 64};
    std::vector<long> sums(300, 0), expected(300, 0);
    for (long job = 1; job <= 3000; ++job) {
        const std::size_t tasks = counts[job % 6];
        pool.run(tasks, [&](std::size_t t) { sums[t] += job; });
        for (std::size_t t = 0; t < tasks; ++t) expected[t] += job;
    }
    for (std::size_t t = 0; t < sums.size(); ++t) {
        CAPTURE(t);
        REQUIRE(sums[t] == expected[t]);
    }
}

TEST_CASE("a waiting worker takes part in every job, none passes it by") {
    // A worker waiting for the next job must never see the job's number without its tasks: it would find
    // nothing to claim and wait for the job after, leaving the whole product to the caller (seen in training:
    // a quarter of the Adam recipe's steps took twice as long). Each job's task 0 (the caller's) waits for
    // task 1 (the worker's) to start; a job the worker misses is noticed after 2 seconds.
    // The wait yields its core, so that a worker sharing it (one core, a busy machine) still gets to run; the
    // jobs stop after 20,000 or half a second.
    vec::ThreadPool pool(2);
    long missed = 0, job = 0;
    const auto stop = std::chrono::steady_clock::now() + std::chrono::milliseconds(500);
    for (; job < 20000 && missed == 0 && std::chrono::steady_clock::now() < stop; ++job) {
        std::atomic<bool> started{false};
        pool.run(2, [&](std::size_t t) {
            if (t == 1) {
                started = true;
                return;
            }
            const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(2);
            while (!started && std::chrono::steady_clock::now() < give_up) std::this_thread::yield();
            if (!started) ++missed;
        });
    }
    CAPTURE(job);
    CHECK(missed == 0);
}

TEST_CASE("run_in_parts covers every index once, in runs that do not overlap, alone or shared") {
    // Each run adds 1 to its indices; every index must end at exactly 1, whatever the pool and the work.
    for (std::size_t threads = 1; threads <= 3; ++threads) {
        vec::ThreadPool pool(threads);
        const std::size_t sizes[] = {0, 1, 2, 7, 13, 1000};
        const std::size_t works[] = {10, 1000000};  // below and above the size at which it is shared
        for (std::size_t n : sizes)
            for (std::size_t work : works) {
                CAPTURE(threads);
                CAPTURE(n);
                CAPTURE(work);
                std::vector<int> seen(n, 0);
                std::atomic<int> bad_runs{0};  // checked here: a failing assertion must not throw on a worker
                vec::run_in_parts(&pool, n, work, [&](std::size_t first, std::size_t last) {
                    if (first > last || last > n) {
                        ++bad_runs;
                        return;
                    }
                    for (std::size_t e = first; e < last; ++e) ++seen[e];
                });
                CHECK(bad_runs.load() == 0);
                for (std::size_t e = 0; e < n; ++e) REQUIRE(seen[e] == 1);
            }
    }
}

}  // TEST_SUITE("vector")
