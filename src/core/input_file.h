// Opens an input file for reading, the one way every reader does: a missing file, an unreadable one, a folder,
// a file that is not a regular file (/dev/zero, a FIFO) or one larger than its reader expects is an InputError
// that names it.
#pragma once

#include <cstdint>
#include <fstream>
#include <string>

// The most bytes of a text input (.net file, CSV, answer sheet): far more than any lesson or class needs.
constexpr std::uint64_t max_text_bytes = 16u << 20;  // 16 MiB
// The most bytes of a binary input (IDX, model file): MNIST's largest file is 47 MB.
constexpr std::uint64_t max_binary_bytes = 1u << 30;  // 1 GiB

// The file at `path`, open for reading in binary mode. `what` names what was expected, as in
// "cannot open the file (expected a readable .net file)" or "is a folder, not a file (expected a readable …)".
std::ifstream open_input(const std::string& path, const std::string& what, std::uint64_t max_bytes = max_text_bytes);
