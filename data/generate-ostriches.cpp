// Writes data/ostriches.csv: 50 adult humans and 50 ostriches from a fixed seed (src/data/ostriches.cpp
// has the ranges). tests/test_lesson01.cpp checks that the committed file is exactly this program's output.
// Build and run from the repository root, after `make`:
//   g++ -std=c++17 -Isrc data/generate-ostriches.cpp build/libnnwalk.a -o build/generate-ostriches
//   build/generate-ostriches > data/ostriches.csv
#include "data/ostriches.h"

#include <iostream>

int main() {
    std::cout << generate_ostriches_csv(ostriches_seed, ostriches_humans, ostriches_birds);
}
