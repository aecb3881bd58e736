// Console lines of a training run, epoch by epoch (lesson 05). Printing only.
#pragma once

#include <string>

// "  epoch   350: E = 0.2577": the epoch right-aligned in 5 places, the error E to 4 decimals.
std::string error_line(int epoch, double error);
