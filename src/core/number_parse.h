// Reads one decimal number from a word of an input file, refusing anything that is not a finite decimal.
#pragma once

#include <string>

// The finite decimal written in `word` ("0.5", "-3", "1e-3"). Throws InputError(file, line, …) for words that
// are not numbers ("abc", "0x10", "1,5") and for non-finite ones ("nan", "inf", "1e999"). `what` names the
// value in the message: "'abc' is not a number (expected the weight as a decimal number such as 0.5)".
double read_number(const std::string& word, const std::string& file, int line, const std::string& what);
