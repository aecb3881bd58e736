#include "output_text.h"

#include "print/table.h"

#include <doctest/doctest.h>

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>

std::string read_text_file(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

std::string line_with(const std::string& text, const std::string& part) {
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.find(part) != std::string::npos) return line;
    }
    return "";
}

std::vector<double> numbers_in(const std::string& line) {
    std::vector<double> numbers;
    std::size_t k = 0;
    while (k < line.size()) {
        const unsigned char c = static_cast<unsigned char>(line[k]);
        const bool minus = c == '-' && k + 1 < line.size() && std::isdigit(static_cast<unsigned char>(line[k + 1]));
        if (std::isalpha(c) || c == '_') {
            // A word, digits included ("x1", "w2", "height_m"), is a name, not a number.
            while (k < line.size() && (std::isalnum(static_cast<unsigned char>(line[k])) || line[k] == '_')) ++k;
        } else if (std::isdigit(c) || minus) {
            char* end = nullptr;
            numbers.push_back(std::strtod(line.c_str() + k, &end));
            k = static_cast<std::size_t>(end - line.c_str());
        } else {
            ++k;
        }
    }
    return numbers;
}

std::vector<std::string> expected_output_excerpts(const std::string& markdown_path) {
    std::vector<std::string> excerpts;
    std::istringstream lines(read_text_file(markdown_path));
    std::string line, excerpt;
    bool inside = false;
    while (std::getline(lines, line)) {
        if (!inside && line.rfind("```text expected-output", 0) == 0) {
            inside = true;
            excerpt.clear();
        } else if (inside && line.rfind("```", 0) == 0) {
            inside = false;
            excerpts.push_back(excerpt);
        } else if (inside) {
            excerpt += line + "\n";
        }
    }
    return excerpts;
}

std::vector<CheckedExcerpt> checked_excerpts(const std::string& markdown_path, const std::string& kind) {
    const std::string doc = read_text_file(markdown_path);
    const std::string marker = "<!-- checked" + (kind.empty() ? std::string() : " " + kind) + ": nnwalk ";
    std::vector<CheckedExcerpt> excerpts;
    for (std::size_t at = doc.find(marker); at != std::string::npos; at = doc.find(marker, at + 1)) {
        const std::size_t command_end = doc.find(" -->", at);
        CheckedExcerpt excerpt;
        std::istringstream command(doc.substr(at + marker.size(), command_end - at - marker.size()));
        for (std::string word; command >> word;) excerpt.arguments.push_back(word);
        const std::size_t words = excerpt.arguments.size();
        if (words >= 3 && excerpt.arguments[words - 3] == "|" && excerpt.arguments[words - 2] == "exit") {
            excerpt.exit_code = std::stoi(excerpt.arguments[words - 1]);
            excerpt.arguments.resize(words - 3);
        }
        const std::size_t block = doc.find("```\n", command_end) + 4;
        excerpt.text = doc.substr(block, doc.find("```", block) - block);
        excerpts.push_back(excerpt);
    }
    return excerpts;
}

void check_expected_output(const std::string& markdown_path, const std::string& output) {
    const std::vector<std::string> excerpts = expected_output_excerpts(markdown_path);
    INFO(markdown_path);
    REQUIRE(!excerpts.empty());
    for (const std::string& excerpt : excerpts) {
        INFO(excerpt);
        CHECK(output.find(excerpt) != std::string::npos);
    }
}

std::string xml_problem(const std::string& text) {
    std::vector<std::string> open;
    std::size_t at = 0;
    while ((at = text.find('<', at)) != std::string::npos) {
        const std::size_t end = text.find('>', at);
        if (end == std::string::npos) return "unclosed tag at " + std::to_string(at);
        const std::string tag = text.substr(at + 1, end - at - 1);
        at = end + 1;
        if (tag[0] == '?') continue;
        std::size_t quotes = 0;
        for (char c : tag) quotes += c == '"';
        if (quotes % 2) return "odd quotes in <" + tag + ">";
        if (tag[0] == '/') {
            if (open.empty() || open.back() != tag.substr(1)) return "unexpected </" + tag.substr(1) + ">";
            open.pop_back();
        } else if (tag.back() != '/') {
            open.push_back(tag.substr(0, tag.find_first_of(" \n")));
        }
    }
    if (!open.empty()) return "<" + open.back() + "> never closed";
    for (std::size_t amp = text.find('&'); amp != std::string::npos; amp = text.find('&', amp + 1)) {
        const std::string after = text.substr(amp, 6);
        if (after.rfind("&amp;", 0) && after.rfind("&lt;", 0) && after.rfind("&gt;", 0) && after.rfind("&quot;", 0))
            return "bare & at " + std::to_string(amp);
    }
    return "";
}

std::map<std::string, std::string> marks_by_label(const std::string& out) {
    std::map<std::string, std::string> marks;
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);) {
        for (const char* mark : {"✓", "~", "✗", "–"}) {
            const std::string prefix = std::string(mark) + "  ";
            if (line.rfind(prefix, 0) != 0) continue;
            std::istringstream words(line.substr(prefix.size()));
            std::string key, more;
            words >> key >> more;
            if (more == "(step") {
                std::string number;
                words >> number;
                key += " (step " + number;
            }
            marks[key] = mark;
        }
    }
    return marks;
}

std::string lines_wider_than(const std::string& text, int width) {
    std::string wide;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);)
        if (text_width(line) > width) wide += line + "\n";
    return wide;
}
