// Opens an input file for reading, the one way every reader does: a missing file, an unreadable one or a
// folder is an InputError that names it.
#pragma once

#include <fstream>
#include <string>

// The file at `path`, open for reading in binary mode. `what` names what was expected, as in
// "cannot open the file (expected a readable .net file)" or "is a folder, not a file (expected a readable …)".
std::ifstream open_input(const std::string& path, const std::string& what);
