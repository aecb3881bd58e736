// Our own seeded random numbers: the same draws on every compiler and platform.
#pragma once

#include <cstdint>
#include <vector>

// xoshiro256** seeded through splitmix64. The standard library's distributions differ between
// implementations, so every distribution we need is written here.
class Rng {
public:
    explicit Rng(std::uint64_t seed);

    std::uint64_t next();                       // 64 random bits
    double uniform();                           // in [0, 1), 53 random bits
    double uniform(double low, double high);    // in [low, high)
    std::uint64_t below(std::uint64_t n);       // in 0..n-1, unbiased (n > 0)
    double normal();                            // mean 0, standard deviation 1 (Box–Muller)

    // Fisher–Yates shuffle of 0..n-1 in place.
    void shuffle(std::vector<std::size_t>& order);

private:
    std::uint64_t state[4];
};
