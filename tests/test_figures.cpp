// docs/figures/ holds the figures the docs show (made by `make figures`): lessons 01–05 must still draw exactly
// those files, and every image a doc shows must be there. Lesson 06's figures come from the real MNIST and
// its default recipe, so they cannot be redrawn here: the lesson06 suite draws them from tiny data and checks
// their structure, and this suite checks that the committed ones are there and well formed.
#include "output_text.h"
#include "run_program.h"
#include "test_files.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const std::string figures = "docs/figures";  // the tests run from the repository's top folder

// The lessons 01–05, whose figures are redrawn in well under a second each.
const std::vector<std::string> quick_lessons = {"01_perceptron", "02_parallel_stack", "03_sequential_stack",
                                                "04_xor_forward", "05_xor_backprop"};

// The names of the .svg files in `folder`, sorted.
std::set<std::string> svg_files(const std::string& folder) {
    std::set<std::string> names;
    if (!fs::is_directory(folder)) return names;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder))
        if (entry.path().extension() == ".svg") names.insert(entry.path().filename().string());
    return names;
}

// The targets of the images `![text](target)` of Markdown `text`, in order.
std::vector<std::string> image_links(const std::string& text) {
    std::vector<std::string> links;
    for (std::size_t at = text.find("!["); at != std::string::npos; at = text.find("![", at + 2)) {
        const std::size_t open = text.find("](", at), close = text.find(')', open);
        if (open == std::string::npos || close == std::string::npos || text.find('\n', at) < open) continue;
        links.push_back(text.substr(open + 2, close - open - 2));
    }
    return links;
}

// Every Markdown file of the repository's docs: README.md and docs/**/*.md.
std::vector<std::string> markdown_files() {
    std::vector<std::string> files = {"README.md"};
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator("docs"))
        if (entry.path().extension() == ".md") files.push_back(entry.path().string());
    return files;
}

}  // namespace

TEST_SUITE("figures") {

TEST_CASE("lessons 01-05 draw exactly the figures kept in docs/figures (make figures redraws them)") {
    std::set<std::string> drawn;
    for (const std::string& lesson : quick_lessons) {
        const std::string folder = test_path("figures-" + lesson);
        const ProgramResult run = run_program(NNWALK_BUILD "/lessons/" + lesson, {"--figures", folder});
        CAPTURE(lesson);
        CAPTURE(run.err);
        REQUIRE(run.exit_code == 0);
        for (const std::string& name : svg_files(folder)) {
            CAPTURE(name);
            drawn.insert(name);
            const std::string kept = read_text_file(figures + "/" + name);
            CHECK_MESSAGE(!kept.empty(), "docs/figures/" << name << " is missing: run `make figures`");
            CHECK_MESSAGE(kept == read_text_file(folder + "/" + name), "docs/figures/" << name << " is stale: run `make figures`");
        }
    }
    CHECK(drawn.size() >= 4);
    // No figure of lessons 01-05 in docs/figures that no lesson draws any more.
    for (const std::string& name : svg_files(figures)) {
        CAPTURE(name);
        if (name.rfind("06_", 0) != 0) CHECK(drawn.count(name) == 1);
    }
}

TEST_CASE("lesson 06's figures are kept in docs/figures, well formed") {
    for (const char* name : {"06_learning_curves.svg", "06_confusion.svg", "06_sweep.svg"}) {
        CAPTURE(name);
        const std::string svg = read_text_file(figures + "/" + name);
        REQUIRE_FALSE(svg.empty());
        CHECK(xml_problem(svg) == "");
    }
}

TEST_CASE("every image a doc shows is a file in docs/figures") {
    std::size_t images = 0;
    for (const std::string& file : markdown_files()) {
        for (const std::string& link : image_links(read_text_file(file))) {
            CAPTURE(file);
            CAPTURE(link);
            const fs::path target = fs::path(file).parent_path() / link;
            CHECK(fs::weakly_canonical(target).parent_path() == fs::weakly_canonical(figures));
            CHECK(fs::is_regular_file(target));
            ++images;
        }
    }
    CHECK(images >= 7);  // lessons 01, 03, 04, 05 and lesson 06's three
}

}  // TEST_SUITE("figures")
