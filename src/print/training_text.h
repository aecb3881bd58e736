// Console lines of a training run, epoch by epoch (lesson 05), and which epochs get one. Printing only.
#pragma once

#include <string>
#include <vector>

// "  epoch   350: E = 0.2577": the epoch right-aligned in 5 places, the error E to 4 decimals.
std::string error_line(int epoch, double error);

// The epochs whose error line a run of `last` epochs prints, in order, each once: every epoch with `all`;
// otherwise epoch 0, every `every`-th (or every 2·every-th, 5·every-th, 10·every-th, …, so that about 10
// are shown) and the last (which may be one of them).
std::vector<int> shown_epochs(int last, int every, bool all);
