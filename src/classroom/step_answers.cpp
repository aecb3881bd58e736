#include "classroom/step_answers.h"

#include "core/input_error.h"
#include "core/input_file.h"

#include <sstream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// The step a line opens ("step<TAB>2" → "2"), or "" when it is not a step line.
static std::string step_of(std::string line) {
    if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);  // a spreadsheet's byte-order mark
    for (char& c : line) c = c == ',' || c == ';' || c == '\r' ? ' ' : c;
    std::istringstream words(line);
    std::string first, second, more;
    words >> first >> second;
    if (first != "step" || second.empty() || (words >> more)) return "";
    return second;
}

std::vector<Answers> parse_step_answers(std::istream& in, const std::string& file, const std::vector<Record>& steps,
                                        const std::string& problem_file) {
    // Each step's lines, with every other line left blank, so that parse_answers numbers them as in the sheet.
    std::vector<std::string> parts(steps.size());
    std::vector<int> opened(steps.size(), 0);  // the line of each step's "step" line
    std::vector<bool> answered(steps.size(), false);
    std::size_t step = 0;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        const std::string word = step_of(line);
        if (!word.empty()) {
            const std::size_t k = word.size() < 4 && word.find_first_not_of("0123456789") == std::string::npos ? std::stoul(word) : 0;
            if (k < 1 || k > steps.size()) {
                throw InputError(file, number, "step " + quoted(word) + " is not marked (expected step 1 to " + std::to_string(steps.size()) +
                                                   ": the problem is marked for " + std::to_string(steps.size()) + " steps)");
            }
            if (opened[k - 1] > 0) throw InputError(file, number, "step " + word + " given twice (first on line " + std::to_string(opened[k - 1]) + ")");
            opened[k - 1] = number;
            step = k - 1;
            line.clear();
        }
        for (std::size_t s = 0; s < steps.size(); ++s) parts[s] += (s == step ? line : "") + "\n";
        if (line.substr(0, line.find('#')).find_first_not_of(" \t\r") != std::string::npos) answered[step] = true;
    }
    if (in.bad()) throw InputError(file, 0, "cannot read the file (read error)");
    std::vector<Answers> answers(steps.size());
    bool any = false;
    for (std::size_t s = 0; s < steps.size(); ++s) {
        if (!answered[s]) continue;
        std::istringstream part(parts[s]);
        answers[s] = parse_answers(part, file, steps[s], problem_file);
        any = true;
    }
    if (!any) throw InputError(file, 0, "no answers (expected lines such as z[1][1]<TAB>0.5, after step<TAB>1 and step<TAB>2 lines)");
    return answers;
}

std::vector<Answers> load_step_answers(const std::string& path, const std::vector<Record>& steps, const std::string& problem_file) {
    std::ifstream in = open_input(path, "answer sheet of key<TAB>value lines");
    return parse_step_answers(in, path, steps, problem_file);
}
