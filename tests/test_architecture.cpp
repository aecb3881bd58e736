// The folders of src/ (and lessons/) include each other without a cycle, and docs/architecture.md says
// exactly who includes whom and which files each folder holds: the graph is read from the `#include "…"`
// lines themselves, so the doc cannot drift from the code.
#include "output_text.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

// Folder name → the other folders its files include.
using FolderGraph = std::map<std::string, std::set<std::string>>;

// The folders whose includes are read, relative to the repository root (the tests run there).
const char* const source_root = "src";
const char* const lessons_root = "lessons";

// The folder a file belongs to: "src/io/csv.cpp" → "io", "lessons/01_perceptron.cpp" → "lessons".
std::string folder_of(const fs::path& file) {
    const fs::path relative = file.lexically_relative(source_root);
    if (!relative.empty() && *relative.begin() != "..") return relative.begin()->string();
    return lessons_root;
}

// The names in the `#include "…"` lines of `file` (system includes `<…>` are not the project's).
std::vector<std::string> quoted_includes(const fs::path& file) {
    std::vector<std::string> names;
    std::istringstream lines(read_text_file(file.string()));
    for (std::string line; std::getline(lines, line);) {
        // "#include", also with spaces around the '#' ("  #  include" is valid C++ too)
        std::size_t at = line.find_first_not_of(" \t");
        if (at == std::string::npos || line[at] != '#') continue;
        at = line.find_first_not_of(" \t", at + 1);
        if (at == std::string::npos || line.compare(at, 7, "include") != 0) continue;
        const std::string rest = line.substr(at + 7);
        const std::size_t open = rest.find_first_not_of(" \t") == rest.find('"') ? rest.find('"') : std::string::npos;
        const std::size_t close = open == std::string::npos ? open : rest.find('"', open + 1);
        if (close != std::string::npos) names.push_back(rest.substr(open + 1, close - open - 1));
    }
    return names;
}

// The source files (.h, .cpp) under `root`, in a fixed order.
std::vector<fs::path> source_files(const fs::path& root) {
    std::vector<fs::path> files;
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(root)) {
        const std::string extension = entry.path().extension().string();
        if (entry.is_regular_file() && (extension == ".h" || extension == ".cpp")) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

// The real folder graph: every folder of src/ (with or without includes) and lessons/, each with the
// folders it includes. A quoted include is looked up as the compiler does with -Isrc: next to the including
// file first, then under src/; one that is found in neither place is reported (and left out of the graph).
FolderGraph real_graph() {
    REQUIRE_MESSAGE(fs::is_directory(source_root), "no src/ here: run the tests from the repository root");
    REQUIRE_MESSAGE(fs::is_directory(lessons_root), "no lessons/ here: run the tests from the repository root");
    FolderGraph graph;
    for (const fs::directory_entry& entry : fs::directory_iterator(source_root)) {
        if (entry.is_directory()) graph[entry.path().filename().string()];
    }
    graph[lessons_root];
    std::vector<fs::path> files = source_files(source_root);
    const std::vector<fs::path> lessons = source_files(lessons_root);
    files.insert(files.end(), lessons.begin(), lessons.end());
    for (const fs::path& file : files) {
        for (const std::string& name : quoted_includes(file)) {
            fs::path included = file.parent_path() / name;
            if (!fs::exists(included)) included = fs::path(source_root) / name;
            if (!fs::exists(included)) {
                FAIL_CHECK(file.string() << ": #include \"" << name << "\" is neither next to the file nor under src/");
                continue;
            }
            const std::string from = folder_of(file), to = folder_of(included.lexically_normal());
            if (from != to) graph[from].insert(to);
        }
    }
    return graph;
}

// A cycle between folders, written "scalar → print → scalar", or "" when there is none.
std::string find_cycle(const FolderGraph& graph) {
    std::map<std::string, int> state;  // 0 not seen, 1 on the current path, 2 finished
    std::vector<std::string> path;
    std::string cycle;
    std::function<bool(const std::string&)> visit = [&](const std::string& folder) {
        state[folder] = 1;
        path.push_back(folder);
        const auto edges = graph.find(folder);
        if (edges != graph.end()) {
            for (const std::string& next : edges->second) {
                if (state[next] == 1) {
                    for (auto at = std::find(path.begin(), path.end(), next); at != path.end(); ++at) cycle += *at + " → ";
                    cycle += next;
                    return true;
                }
                if (state[next] == 0 && visit(next)) return true;
            }
        }
        path.pop_back();
        state[folder] = 2;
        return false;
    };
    for (const auto& [folder, edges] : graph) {
        if (state[folder] == 0 && visit(folder)) return cycle;
    }
    return "";
}

// A graph written one folder a line, "io → core, scalar" ("core → (nothing)"), as in the doc's block.
std::string graph_text(const FolderGraph& graph) {
    std::string text;
    for (const auto& [folder, edges] : graph) {
        text += folder + " → ";
        if (edges.empty()) text += "(nothing)";
        for (auto at = edges.begin(); at != edges.end(); ++at) text += (at == edges.begin() ? "" : ", ") + *at;
        text += "\n";
    }
    return text;
}

// The lines of the fenced block that opens with "```text NAME" in `markdown`.
std::vector<std::string> fenced_block(const std::string& markdown, const std::string& name) {
    std::vector<std::string> block;
    std::istringstream lines(markdown);
    bool inside = false, found = false;
    for (std::string line; std::getline(lines, line);) {
        if (!inside && line == "```text " + name) {
            inside = found = true;
        } else if (inside && line.rfind("```", 0) == 0) {
            inside = false;
        } else if (inside) {
            block.push_back(line);
        }
    }
    REQUIRE_MESSAGE(found, "no block opened with ```text " << name);
    return block;
}

// `text` without spaces at either end.
std::string trimmed(const std::string& text) {
    const std::size_t first = text.find_first_not_of(' ');
    if (first == std::string::npos) return "";
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

// The doc's graph: lines "folder → a, b, c" or "folder → (nothing)".
FolderGraph doc_graph(const std::string& markdown) {
    FolderGraph graph;
    for (const std::string& line : fenced_block(markdown, "folder-graph")) {
        const std::size_t arrow = line.find("→");
        REQUIRE_MESSAGE(arrow != std::string::npos, "no → in the folder-graph line: " << line);
        const std::string folder = trimmed(line.substr(0, arrow));
        CHECK_MESSAGE(graph.count(folder) == 0, "folder listed twice in the folder-graph block: " << folder);
        std::set<std::string>& edges = graph[folder];
        const std::string rest = trimmed(line.substr(arrow + std::string("→").size()));
        if (rest == "(nothing)") continue;
        std::istringstream names(rest);
        for (std::string name; std::getline(names, name, ',');) edges.insert(trimmed(name));
    }
    return graph;
}

// The doc's table: folder ("src/io/" → "io", "lessons/" → "lessons") → the `names` in its files column.
std::map<std::string, std::set<std::string>> doc_files(const std::string& markdown) {
    std::map<std::string, std::set<std::string>> files;
    std::istringstream lines(markdown);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("| `src/", 0) != 0 && line.rfind("| `lessons/", 0) != 0) continue;
        std::vector<std::string> cells;
        std::istringstream row(line.substr(1));
        for (std::string cell; std::getline(row, cell, '|');) cells.push_back(trimmed(cell));
        REQUIRE_MESSAGE(cells.size() >= 3, "a folder row needs three cells: " << line);
        std::string folder = cells[0].substr(1, cells[0].size() - 3);  // `src/io/` → src/io
        if (folder.rfind("src/", 0) == 0) folder = folder.substr(4);
        std::set<std::string>& names = files[folder];
        // The backquoted words of the files column not inside parentheses (those are explanations).
        int depth = 0;
        for (std::size_t k = 0; k < cells[2].size(); ++k) {
            const char c = cells[2][k];
            if (c == '(') ++depth;
            if (c == ')') --depth;
            if (c == '`' && depth == 0) {
                const std::size_t end = cells[2].find('`', k + 1);
                names.insert(cells[2].substr(k + 1, end - k - 1));
                k = end;
            }
        }
    }
    return files;
}

// The names of the files in `folder` without their extensions (csv.h, csv.cpp → csv).
std::set<std::string> file_stems(const fs::path& folder) {
    std::set<std::string> stems;
    for (const fs::path& file : source_files(folder)) stems.insert(file.stem().string());
    return stems;
}

}  // namespace

TEST_SUITE("architecture") {

TEST_CASE("the cycle finder names a cycle and finds none where there is none") {
    CHECK(find_cycle({{"scalar", {"core", "print"}}, {"print", {"scalar"}}, {"core", {}}}) == "print → scalar → print");
    CHECK(find_cycle({{"a", {"b"}}, {"b", {"c"}}, {"c", {"d"}}, {"d", {"b"}}}) == "b → c → d → b");
    CHECK(find_cycle({{"cli", {"print", "core"}}, {"print", {"core"}}, {"core", {}}}) == "");
    CHECK(find_cycle({}) == "");
}

TEST_CASE("the folders of src/ and lessons/ include each other without a cycle") {
    const FolderGraph graph = real_graph();
    // Not vacuous: the nine folders of src/, the lessons, and includes between them.
    CHECK(graph.size() >= 10);
    CHECK(graph.at("io").count("core") == 1);
    const std::string cycle = find_cycle(graph);
    CHECK_MESSAGE(cycle.empty(), "the folders include each other in a cycle: " << cycle);
}

TEST_CASE("docs/architecture.md lists exactly the real folder graph") {
    const std::string doc = read_text_file("docs/architecture.md");
    REQUIRE(!doc.empty());
    const std::string real = graph_text(real_graph());
    const std::string documented = graph_text(doc_graph(doc));
    INFO("the real graph, to copy into the ```text folder-graph block:\n" << real);
    CHECK(documented == real);
}

TEST_CASE("docs/architecture.md's table has one row per folder, naming exactly the files in it") {
    const std::string doc = read_text_file("docs/architecture.md");
    const std::map<std::string, std::set<std::string>> documented = doc_files(doc);
    const FolderGraph graph = real_graph();
    std::set<std::string> folders, rows;
    for (const auto& [folder, edges] : graph) folders.insert(folder);
    for (const auto& [folder, names] : documented) rows.insert(folder);
    CHECK(rows == folders);
    for (const auto& [folder, names] : documented) {
        const fs::path path = folder == lessons_root ? fs::path(lessons_root) : fs::path(source_root) / folder;
        const std::set<std::string> real = file_stems(path);
        for (const std::string& name : names) CHECK_MESSAGE(real.count(name) == 1, "the doc names " << name << ", which is not in " << path.string());
        for (const std::string& name : real) CHECK_MESSAGE(names.count(name) == 1, path.string() << " has " << name << ", which the doc's table does not name");
    }
}

}  // TEST_SUITE
