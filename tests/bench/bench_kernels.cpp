// The products of `make bench`'s two recipes, one by one, against the machine's own arithmetic ceiling: a
// small FMA-peak probe (vec::fma_peak_gflops, vector/kernels.h), then for every product of a training step and of inference its
// GFLOP/s on 1 and on THREADS threads and the percent of the peak measured on as many threads.
// usage: bench_kernels THREADS        e.g. bench_kernels 2
#include "core/rng.h"
#include "vector/kernels.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>

using vec::Matrix;

namespace {

enum class Kind { ab, abt, atb_into, atb };  // A.B, A.Bᵀ, C += α.Aᵀ.B (SGD into W), C = α.Aᵀ.B (gradient)

struct Product {
    const char* recipe;
    const char* what;
    Kind kind;
    std::size_t m, k, n;  // C is m × n, summed over a depth of k
};

Matrix<float> random_matrix(std::size_t rows, std::size_t cols, Rng& rng) {
    Matrix<float> x(rows, cols);
    for (std::size_t e = 0; e < x.size(); ++e) x.data()[e] = static_cast<float>(rng.uniform(-1, 1));
    return x;
}

// Best GFLOP/s of 5 runs of about 40 ms each.
double gflops(const Product& p, vec::ThreadPool* pool) {
    Rng rng(1);
    Matrix<float> a, b, c = random_matrix(p.m, p.n, rng);
    switch (p.kind) {
        case Kind::ab: a = random_matrix(p.m, p.k, rng), b = random_matrix(p.k, p.n, rng); break;
        case Kind::abt: a = random_matrix(p.m, p.k, rng), b = random_matrix(p.n, p.k, rng); break;
        default: a = random_matrix(p.k, p.m, rng), b = random_matrix(p.k, p.n, rng); break;
    }
    auto once = [&] {
        switch (p.kind) {
            case Kind::ab: vec::multiply(a, b, c, pool); break;
            case Kind::abt: vec::multiply_transposed_b(a, b, c, pool); break;
            case Kind::atb_into: vec::multiply_transposed_a(a, b, 1e-9f, 1.0f, c, pool); break;
            case Kind::atb: vec::multiply_transposed_a(a, b, -1.0f / 1024, 0.0f, c, pool); break;
        }
    };
    const double flop = 2.0 * double(p.m) * double(p.k) * double(p.n);
    const std::size_t reps = std::max<std::size_t>(1, std::size_t(0.04 * 100e9 / flop));  // ~40 ms at 100 GFLOP/s
    once();
    double best = 0;
    for (int run = 0; run < 5; ++run) {
        const auto start = std::chrono::steady_clock::now();
        for (std::size_t r = 0; r < reps; ++r) once();
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        best = std::max(best, flop * double(reps) / s / 1e9);
    }
    return best;
}

}  // namespace

int main(int argc, char** argv) {
    const std::size_t threads = argc > 1 ? std::stoul(argv[1]) : 2;
    // The products of one training step (forward Z = A.W per layer, back Δ.Wᵀ per hidden layer, the update
    // Aᵀ.Δ per layer) and of inference (evaluate: batches of 1,024), for both recipes of run.sh.
    const Product products[] = {
        {"SGD b32", "Z1 = X.W1", Kind::ab, 32, 784, 300},
        {"SGD b32", "Z2 = A1.W2", Kind::ab, 32, 300, 100},
        {"SGD b32", "Z3 = A2.W3", Kind::ab, 32, 100, 10},
        {"SGD b32", "D2.W3t", Kind::abt, 32, 10, 100},
        {"SGD b32", "D1 = D2.W2t", Kind::abt, 32, 100, 300},
        {"SGD b32", "W1 += a.Xt.D1", Kind::atb_into, 784, 32, 300},
        {"SGD b32", "W2 += a.A1t.D2", Kind::atb_into, 300, 32, 100},
        {"SGD b32", "W3 += a.A2t.D3", Kind::atb_into, 100, 32, 10},
        {"SGD inf", "Z1 = X.W1", Kind::ab, 1024, 784, 300},
        {"SGD inf", "Z2 = A1.W2", Kind::ab, 1024, 300, 100},
        {"Adam b1024", "Z1 = X.W1", Kind::ab, 1024, 784, 1000},
        {"Adam b1024", "Z2 = A1.W2", Kind::ab, 1024, 1000, 10},
        {"Adam b1024", "D1 = D2.W2t", Kind::abt, 1024, 10, 1000},
        {"Adam b1024", "G1 = a.Xt.D1", Kind::atb, 784, 1024, 1000},
        {"Adam b1024", "G2 = a.A1t.D2", Kind::atb, 1000, 1024, 10},
        {"Adam inf", "Z1 = X.W1", Kind::ab, 1024, 784, 1000},
    };
    vec::ThreadPool one(1), all(threads);
    double peak1 = 0, peak_all = 0;
    for (int run = 0; run < 3; ++run) {  // best of 3: another program may hold a core for a while
        peak1 = std::max(peak1, vec::fma_peak_gflops(1));
        peak_all = std::max(peak_all, vec::fma_peak_gflops(threads));
    }
    const vec::BuildTarget t = vec::build_target();
    std::printf("  vector unit: %s (%zu registers of %zu floats); register tile %zu rows x %zu floats (%zu registers)\n",
                t.vector_unit, t.vector_registers, t.float_lanes, t.tile_rows, t.tile_floats, t.tile_registers);
    std::printf("  FMA peak (probe: %zu chains of %zu floats): %.1f GFLOP/s on 1 thread, %.1f on %zu\n",
                t.probe_chains, t.float_lanes, peak1, peak_all, threads);
    std::printf("  %-11s %-16s %-18s %9s %7s %9s %7s\n", "recipe", "product", "m x k x n", "1 thread", "% peak",
                (std::to_string(threads) + " threads").c_str(), "% peak");
    for (const Product& p : products) {
        const double g1 = gflops(p, &one), g_all = gflops(p, &all);
        const std::string shape = std::to_string(p.m) + "x" + std::to_string(p.k) + "x" + std::to_string(p.n);
        std::printf("  %-11s %-16s %-18s %9.1f %6.0f%% %9.1f %6.0f%%\n", p.recipe, p.what, shape.c_str(), g1,
                    100 * g1 / peak1, g_all, 100 * g_all / peak_all);
    }
    return 0;
}
