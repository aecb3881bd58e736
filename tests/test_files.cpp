#include "test_files.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace {

// The folder, made when first asked for and removed with everything in it when the process ends.
struct TestFolder {
    std::filesystem::path path;
    TestFolder() : path(std::filesystem::temp_directory_path() / ("nnwalk_tests_" + std::to_string(getpid()))) {
        std::filesystem::create_directories(path);
    }
    ~TestFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
};

}  // namespace

std::string test_folder() {
    static const TestFolder folder;
    return folder.path.string();
}

std::string test_path(const std::string& name) { return (std::filesystem::path(test_folder()) / name).string(); }

std::string test_file(const std::string& name, const std::string& bytes) {
    const std::string path = test_path(name);
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

std::string utf16(const std::string& utf8, bool big_endian) {
    std::string bytes;
    const auto unit = [&](std::uint32_t u) {
        const char high = static_cast<char>(u >> 8), low = static_cast<char>(u & 0xFF);
        bytes += big_endian ? std::string{high, low} : std::string{low, high};
    };
    for (std::size_t k = 0; k < utf8.size();) {
        const auto b = [&](std::size_t n) { return static_cast<std::uint32_t>(static_cast<unsigned char>(utf8[k + n])); };
        std::uint32_t code;
        if (b(0) < 0x80) {
            code = b(0), k += 1;
        } else if (b(0) < 0xE0) {
            code = (b(0) & 0x1F) << 6 | (b(1) & 0x3F), k += 2;
        } else if (b(0) < 0xF0) {
            code = (b(0) & 0x0F) << 12 | (b(1) & 0x3F) << 6 | (b(2) & 0x3F), k += 3;
        } else {
            code = (b(0) & 0x07) << 18 | (b(1) & 0x3F) << 12 | (b(2) & 0x3F) << 6 | (b(3) & 0x3F), k += 4;
        }
        if (code < 0x10000) {
            unit(code);
        } else {
            unit(0xD800 + ((code - 0x10000) >> 10));
            unit(0xDC00 + ((code - 0x10000) & 0x3FF));
        }
    }
    return bytes;
}
