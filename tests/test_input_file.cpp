// Every reader opens its file through open_input: a missing file and a folder are refused the same way.
#include "io/csv.h"
#include "io/idx.h"
#include "core/input_error.h"
#include "io/netfile.h"
#include "test_files.h"
#include "vector/model_file.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <functional>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

namespace {

// The InputError message `read` throws for `path`, or "" when it throws none.
std::string error_of(const std::function<void(const std::string&)>& read, const std::string& path) {
    try {
        read(path);
    } catch (const InputError& error) {
        return error.what();
    }
    return "";
}

}  // namespace

TEST_SUITE("input_file") {

TEST_CASE("a folder and a missing file: one line naming the path and what was expected") {
    const std::string folder = test_path("a-folder");
    std::filesystem::create_directories(folder);
    const std::string missing = test_path("missing");
    const std::vector<std::pair<std::string, std::function<void(const std::string&)>>> readers = {
        {".net file", [](const std::string& p) { load_netfile(p); }},
        {"CSV file", [](const std::string& p) { read_csv(p); }},
        {"IDX file", [](const std::string& p) { read_idx_labels(p); }},
        {"nnwalk model file", [](const std::string& p) { vec::Network<float> n(784); vec::load_weights(n, p); }},
    };
    for (const auto& reader : readers) {
        const std::string what = reader.first;  // not a structured binding: CAPTURE's lambda must capture it
        const auto& read = reader.second;
        CAPTURE(what);
        CHECK(error_of(read, folder) == folder + ": is a folder, not a file (expected a readable " + what + ")");
        CHECK(error_of(read, missing) == missing + ": cannot open the file (expected a readable " + what + ")");
    }
}

}  // TEST_SUITE
