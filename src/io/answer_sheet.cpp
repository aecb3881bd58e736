#include "io/answer_sheet.h"

#include "core/input_error.h"
#include "core/input_file.h"
#include "core/number_parse.h"

#include <fstream>
#include <sstream>
#include <vector>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// The words of a line, split at blanks (tabs, spaces, a Windows '\r'), after cutting off a '#' comment.
static std::vector<std::string> words_of(const std::string& line) {
    std::istringstream words(line.substr(0, line.find('#')));
    std::vector<std::string> result;
    for (std::string word; words >> word;) result.push_back(word);
    return result;
}

// Why the problem has no `key`: it has no targets, or the indices are outside its layers.
static std::string not_in_problem(const std::string& key, const Record& problem, const std::string& problem_file) {
    if (!problem.has(key::E()) && needs_targets(parse_key(key)->name)) {
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
            throw InputError(file, number, "expected a key and a value, such as z[1][1]<TAB>0.5 (got " + std::to_string(words.size()) +
                                               (words.size() == 1 ? " word)" : " words)"));
        }
        const std::string& key = words[0];
        if (key == "step") {
            if (words[1] != "1") throw InputError(file, number, "only step 1 is marked (got step " + quoted(words[1]) + ")");
            continue;
        }
        const std::optional<Key> parsed = parse_key(key);
        if (!parsed) {
            throw InputError(file, number, "unknown key " + quoted(key) + " (expected a value such as z[1][2], a[1][2], E, δ[2][1], Δw[2][1][1], new_w[2][1][1], Δb[2][1] or new_b[2][1])");
        }
        const auto earlier = answers.find(*parsed);
        if (earlier != answers.end()) {
            throw InputError(file, number, key + " given twice (first on line " + std::to_string(earlier->second.line) + ")");
        }
        const double value = read_number(words[1], file, number, "the value of " + key);
        if (!problem.has(*parsed)) throw InputError(file, number, not_in_problem(key, problem, problem_file));
        answers[*parsed] = Answer{value, words[1], number};
    }
    if (in.bad()) throw InputError(file, 0, "cannot read the file (read error)");
    if (answers.empty()) throw InputError(file, 0, "no answers (expected lines such as z[1][1]<TAB>0.5)");
    return answers;
}

Answers load_answers(const std::string& path, const Record& problem, const std::string& problem_file) {
    std::ifstream in = open_input(path, "answer sheet of key<TAB>value lines");
    return parse_answers(in, path, problem, problem_file);
}
