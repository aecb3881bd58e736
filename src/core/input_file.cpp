#include "core/input_file.h"

#include "core/input_error.h"

#include <filesystem>

std::ifstream open_input(const std::string& path, const std::string& what) {
    std::error_code ignored;
    if (std::filesystem::is_directory(path, ignored)) throw InputError(path, 0, "is a folder, not a file (expected a readable " + what + ")");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, 0, "cannot open the file (expected a readable " + what + ")");
    return in;
}
