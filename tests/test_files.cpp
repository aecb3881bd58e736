#include "test_files.h"

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
