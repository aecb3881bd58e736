// The one error type for bad input: names the file, the line (when there is one) and what is wrong.
#pragma once

#include <stdexcept>
#include <string>

// Thrown by every parser (.net files, CSV, IDX, answer sheets, model files, command lines).
// what() reads "FILE:LINE: reason" or, without a line, "FILE: reason".
class InputError : public std::runtime_error {
public:
    // line 0 means "no line": a binary file, a whole-file problem, or a command-line option.
    InputError(const std::string& file, int line, const std::string& reason);

    const std::string file;    // the input's name as the user gave it
    const int line;            // 1-based line number, or 0
    const std::string reason;  // what is wrong (what was expected)
};

// A word from the input as it should appear in a message: in quotes, at most 40 characters, with
// unprintable bytes and invalid UTF-8 shown as '?', so binary junk cannot garble the one-line error.
std::string quoted(const std::string& word);
