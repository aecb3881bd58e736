#include "io/answer_sheet.h"

#include "core/input_error.h"
#include "core/input_file.h"
#include "core/number_parse.h"

#include <fstream>
#include <sstream>
#include <vector>

// How many indices a quantity's name takes ("z" → 2, "dw" → 3, "E" → 0), or −1 for an unknown name.
static int index_count(const std::string& name) {
    for (const char* two : {"z", "a", "b", "delta", "db", "new_b"}) {
        if (name == two) return 2;
    }
    for (const char* three : {"w", "dw", "new_w"}) {
        if (name == three) return 3;
    }
    if (name == "t") return 1;
    if (name == "E" || name == "rate") return 0;
    return -1;
}

bool is_quantity_key(const std::string& key) {
    const std::size_t bracket = key.find('[');
    const int expected = index_count(key.substr(0, bracket));
    if (expected < 0) return false;
    int count = 0;
    std::size_t k = bracket;
    while (k != std::string::npos && k < key.size()) {
        const std::size_t close = key.find(']', k);
        if (key[k] != '[' || close == std::string::npos || close == k + 1 || close - k > 6) return false;
        if (key.find_first_not_of("0123456789", k + 1) != close) return false;
        ++count;
        k = close + 1;
    }
    return count == expected;
}

// The words of a line, split at blanks (tabs, spaces, a Windows '\r'), after cutting off a '#' comment.
static std::vector<std::string> words_of(const std::string& line) {
    std::istringstream words(line.substr(0, line.find('#')));
    std::vector<std::string> result;
    for (std::string word; words >> word;) result.push_back(word);
    return result;
}

// Whether `key` belongs to the backward pass or the update, which a problem without targets does not have.
static bool needs_targets(const std::string& key) {
    const std::string name = key.substr(0, key.find('['));
    return name == "E" || name == "t" || name == "rate" || name == "delta" || name == "dw" || name == "new_w" ||
           name == "db" || name == "new_b";
}

// Why the problem has no `key`: it has no targets, or the indices are outside its layers.
static std::string not_in_problem(const std::string& key, const Record& problem, const std::string& problem_file) {
    if (!problem.has("E") && needs_targets(key)) {
        return problem_file + " has no " + key + " (it has no targets, so only the forward pass is marked)";
    }
    return problem_file + " has no " + key + " (its values are listed by: nnwalk trace " + problem_file + ")";
}

Answers parse_answers(std::istream& in, const std::string& file, const Record& problem, const std::string& problem_file) {
    Answers answers;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);  // a spreadsheet's byte-order mark
        const std::vector<std::string> words = words_of(line);
        if (words.empty()) continue;
        if (words.size() != 2) {
            throw InputError(file, number, "expected a key and a value, such as z[1][1]<TAB>0.5 (got " + std::to_string(words.size()) + " words)");
        }
        const std::string& key = words[0];
        if (key == "step") {
            if (words[1] != "1") throw InputError(file, number, "only step 1 is marked (got step " + quoted(words[1]) + ")");
            continue;
        }
        if (!is_quantity_key(key)) {
            throw InputError(file, number, "unknown key " + quoted(key) + " (expected a value such as z[1][2], a[1][2], E, delta[2][1], dw[2][1][1], new_w[2][1][1], db[2][1] or new_b[2][1])");
        }
        const auto earlier = answers.find(key);
        if (earlier != answers.end()) {
            throw InputError(file, number, key + " given twice (first on line " + std::to_string(earlier->second.line) + ")");
        }
        const double value = read_number(words[1], file, number, "the value of " + key);
        if (!problem.has(key)) throw InputError(file, number, not_in_problem(key, problem, problem_file));
        answers[key] = Answer{value, words[1], number};
    }
    if (in.bad()) throw InputError(file, 0, "cannot read the file (read error)");
    if (answers.empty()) throw InputError(file, 0, "no answers (expected lines such as z[1][1]<TAB>0.5)");
    return answers;
}

Answers load_answers(const std::string& path, const Record& problem, const std::string& problem_file) {
    std::ifstream in = open_input(path, "answer sheet of key<TAB>value lines");
    return parse_answers(in, path, problem, problem_file);
}
