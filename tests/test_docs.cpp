// The docs' expected-output excerpts still match what the programs print.
#include "cli/commands.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

namespace {

std::string file_text(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The words of a command line.
std::vector<std::string> words_of(const std::string& line) {
    std::istringstream in(line);
    std::vector<std::string> words;
    for (std::string w; in >> w;) words.push_back(w);
    return words;
}

}  // namespace

TEST_SUITE("docs") {

TEST_CASE("docs/nnwalk.md: every '<!-- checked: nnwalk … -->' excerpt appears in the command's output") {
    const std::string doc = file_text("docs/nnwalk.md");
    REQUIRE(!doc.empty());
    const std::string marker = "<!-- checked: nnwalk ";
    int excerpts = 0;
    for (std::size_t at = doc.find(marker); at != std::string::npos; at = doc.find(marker, at + 1)) {
        const std::size_t command_end = doc.find(" -->", at);
        const std::string command = doc.substr(at + marker.size(), command_end - at - marker.size());
        const std::size_t block = doc.find("```\n", command_end) + 4;
        const std::string excerpt = doc.substr(block, doc.find("```", block) - block);
        std::ostringstream out, err;
        CAPTURE(command);
        REQUIRE(run_nnwalk(words_of(command), out, err) == 0);
        CHECK(out.str().find(excerpt) != std::string::npos);
        ++excerpts;
    }
    CHECK(excerpts == 2);
}

}  // TEST_SUITE
