#include "classroom/class_folder.h"

#include "core/input_error.h"
#include "core/input_file.h"
#include "io/spreadsheet_text.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iterator>
#include <map>
#include <random>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// ---- the roster ----

// `word` in lowercase ASCII, without spaces around it: how header names are compared.
static std::string folded(const std::string& word) {
    const std::size_t first = word.find_first_not_of(" \t"), last = word.find_last_not_of(" \t");
    std::string text = first == std::string::npos ? "" : word.substr(first, last - first + 1);
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// The cells of one CSV line split at `separator`: a cell in double quotes may hold the separator and ""
// for one quote; spaces around an unquoted cell are cut off. Throws InputError for a quote left open.
static std::vector<std::string> cells_of(const std::string& line, char separator, const std::string& file, int number) {
    std::vector<std::string> cells;
    std::size_t k = 0;
    while (true) {
        std::string cell;
        while (k < line.size() && line[k] == ' ') ++k;
        if (k < line.size() && line[k] == '"') {
            for (++k;; ++k) {
                if (k >= line.size()) throw InputError(file, number, "a quoted cell is not closed (expected \"…\" around a cell, and \"\" for a quote inside it)");
                if (line[k] == '"' && k + 1 < line.size() && line[k + 1] == '"') {
                    cell += '"';
                    ++k;
                } else if (line[k] == '"') {
                    break;
                } else {
                    cell += line[k];
                }
            }
            ++k;
            while (k < line.size() && line[k] != separator) ++k;  // anything after the closing quote is dropped
        } else {
            const std::size_t end = std::min(line.find(separator, k), line.size());
            cell = line.substr(k, end - k);
            cell.erase(cell.find_last_not_of(" \t") + 1);
            k = end;
        }
        cells.push_back(cell);
        if (k >= line.size()) return cells;
        ++k;  // past the separator
    }
}

// The separator of the header line: ',' unless the line has none and has ';' or tabs (a spreadsheet's other
// exports).
static char separator_of(const std::string& header) {
    if (header.find(',') != std::string::npos) return ',';
    if (header.find(';') != std::string::npos) return ';';
    if (header.find('\t') != std::string::npos) return '\t';
    return ',';
}

// Whether `id` can name a folder on every system: letters, digits, '-', '_' and '.', at most 64, not starting
// with '.' (so not "." or "..", and not a hidden file, which class mark passes over when it looks for sheets).
static bool safe_id(const std::string& id) {
    if (id.empty() || id.size() > 64 || id.front() == '.') return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
    });
}

std::vector<Student> parse_roster(std::istream& in, const std::string& file) {
    const std::string expected = "expected a header line such as id,name, then one line per student";
    std::vector<Student> roster;
    std::map<std::string, Student> seen;  // lowercase id → the student who has it
    std::size_t id_column = 0, name_column = 0;
    char separator = ',';
    int header_line = 0;
    // The roster as a spreadsheet saves it: UTF-8 or UTF-16, any line ends (io/spreadsheet_text.h); a file in
    // another encoding, such as a Windows "CSV" in cp1252, is refused at its first line that is not UTF-8.
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) throw InputError(file, 0, "cannot read the file (read error)");
    const std::vector<std::string> lines = text_lines(bytes, file, "a roster, a text file with a header line such as id,name");
    for (int number = 1; number <= static_cast<int>(lines.size()); ++number) {
        const std::string& line = lines[number - 1];
        if (line.find_first_not_of(" \t,;") == std::string::npos) continue;
        if (header_line == 0) {
            header_line = number;
            separator = separator_of(line);
            const std::vector<std::string> header = cells_of(line, separator, file, number);
            std::vector<std::string> names;
            for (const std::string& cell : header) names.push_back(folded(cell));
            const auto id = std::find(names.begin(), names.end(), "id"), name = std::find(names.begin(), names.end(), "name");
            if (id == names.end() || name == names.end()) {
                throw InputError(file, number, std::string("the header has no '") + (id == names.end() ? "id" : "name") + "' column (" +
                                                   expected + "; got " + ::quoted(line) + ")");
            }
            id_column = static_cast<std::size_t>(id - names.begin());
            name_column = static_cast<std::size_t>(name - names.begin());
            continue;
        }
        const std::vector<std::string> cells = cells_of(line, separator, file, number);
        Student student;
        student.id = id_column < cells.size() ? cells[id_column] : "";
        student.name = name_column < cells.size() ? cells[name_column] : "";
        student.line = static_cast<std::size_t>(number);
        if (student.id.empty()) throw InputError(file, number, "the student has no id (expected an id in the 'id' column of every line)");
        if (!safe_id(student.id)) {
            throw InputError(file, number, "the id " + ::quoted(student.id) + " cannot name a folder (expected letters, digits, '-', '_' "
                                           "and '.', at most 64, not starting with '.')");
        }
        const auto earlier = seen.find(folded(student.id));
        if (earlier != seen.end()) {
            const std::string also = earlier->second.id == student.id ? "" : ", as " + ::quoted(earlier->second.id) + ": ids that differ only in case share a folder on some systems";
            throw InputError(file, number, "the id " + ::quoted(student.id) + " is given twice (first on line " +
                                               std::to_string(earlier->second.line) + also + ")");
        }
        seen[folded(student.id)] = student;
        roster.push_back(student);
    }
    if (header_line == 0) throw InputError(file, 0, "the roster is empty (" + expected + ")");
    if (roster.empty()) throw InputError(file, header_line, "no students after the header (" + expected + ")");
    return roster;
}

std::vector<Student> read_roster(const std::string& path) {
    std::ifstream in = open_input(path, "roster, a CSV file with a header line id,name");
    return parse_roster(in, path);
}

// ---- the secret and the seeds ----

std::string new_secret() {
    std::random_device device;
    std::string secret;
    const char* const digits = "0123456789abcdef";
    for (int word = 0; word < 4; ++word) {
        const std::uint32_t bits = static_cast<std::uint32_t>(device());
        for (int shift = 28; shift >= 0; shift -= 4) secret += digits[(bits >> shift) & 0xF];
    }
    return secret;
}

// One SplitMix64 round: a bijective mix of 64 bits in which every input bit changes about half the output.
static std::uint64_t mixed(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// The 64-bit number written by 16 hex digits.
static std::uint64_t hex_word(const std::string& digits) { return std::stoull(digits, nullptr, 16); }

std::uint64_t student_seed(const std::string& secret, const std::string& id) {
    const std::uint64_t k0 = hex_word(secret.substr(0, 16)), k1 = hex_word(secret.substr(16, 16));
    std::uint64_t h = mixed(k0);
    for (unsigned char c : id) h = mixed(h ^ c ^ k1);
    return mixed(h ^ k1 ^ id.size());
}

QuizSettings ClassSettings::quiz_for(const std::string& id) const {
    QuizSettings quiz;
    quiz.seed = student_seed(secret, id);
    quiz.shape = shape;
    quiz.activations = activations;
    quiz.loss = loss;
    quiz.steps = steps;
    quiz.bias = bias;
    return quiz;
}

// ---- the settings file ----

// "2-2-1".
static std::string shape_text(const std::vector<std::size_t>& shape) {
    std::string text;
    for (std::size_t n : shape) text += (text.empty() ? "" : "-") + std::to_string(n);
    return text;
}

static std::string loss_text(Loss loss) { return loss == Loss::squared ? "squared-error" : "cross-entropy"; }

void write_class_settings(std::ostream& out, const ClassSettings& settings) {
    std::string activations;
    for (Activation f : settings.activations) activations += (activations.empty() ? "" : ",") + activation_name(f);
    out << "secret\t" << settings.secret << "\n"
        << "shape\t" << shape_text(settings.shape) << "\n"
        << "activation\t" << activations << "\n"
        << "bias\t" << (settings.bias ? "yes" : "no") << "\n"
        << "loss\t" << loss_text(settings.loss) << "\n"
        << "steps\t" << settings.steps << "\n"
        << "decimals\t" << settings.decimals << "\n";
}

// Whether `text` is 32 hex digits.
static bool is_secret(const std::string& text) {
    return text.size() == 32 && text.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos;
}

ClassSettings parse_class_settings(std::istream& in, const std::string& file) {
    ClassSettings settings;
    std::map<std::string, int> lines;  // name → its line
    std::string line, activations;
    for (int number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        const std::size_t tab = line.find('\t');
        if (tab == std::string::npos) throw InputError(file, number, "expected a name, a tab and a value, such as shape<TAB>2-2-1 (got " + ::quoted(line) + ")");
        const std::string name = line.substr(0, tab), value = line.substr(tab + 1);
        if (lines.count(name)) throw InputError(file, number, name + " given twice (first on line " + std::to_string(lines[name]) + ")");
        lines[name] = number;
        auto bad = [&](const std::string& what) { return InputError(file, number, name + " " + ::quoted(value) + " is not valid (expected " + what + ")"); };
        if (name == "secret") {
            if (!is_secret(value)) throw bad("32 hex digits");
            settings.secret = value;
        } else if (name == "shape") {
            settings.shape = parse_shape(value, file + ":" + std::to_string(number), "shape");
        } else if (name == "activation") {
            activations = value;
        } else if (name == "bias") {
            if (value != "yes" && value != "no") throw bad("yes or no");
            settings.bias = value == "yes";
        } else if (name == "loss") {
            if (value != "squared-error" && value != "cross-entropy") throw bad("squared-error or cross-entropy");
            settings.loss = value == "squared-error" ? Loss::squared : Loss::cross_entropy;
        } else if (name == "steps") {
            if (value != "1" && value != "2") throw bad("1 or 2");
            settings.steps = value == "1" ? 1 : 2;
        } else if (name == "decimals") {
            if (value.size() != 1 || !std::isdigit(static_cast<unsigned char>(value[0]))) throw bad("a number of decimals from 0 to 9");
            settings.decimals = value[0] - '0';
        } else {
            throw InputError(file, number, "unknown setting " + ::quoted(name) + " (expected secret, shape, activation, bias, loss, steps or decimals)");
        }
    }
    if (in.bad()) throw InputError(file, 0, "cannot read the file (read error)");
    for (const char* name : {"secret", "shape", "activation", "bias", "loss", "steps", "decimals"}) {
        if (!lines.count(name)) throw InputError(file, 0, std::string("has no ") + name + " line (expected the settings nnwalk class new writes)");
    }
    const std::string where = file + ":" + std::to_string(lines["activation"]);
    settings.activations = parse_activations(activations, settings.shape.size() - 1, where, "activation");
    if (settings.activations.size() == 1) settings.activations.assign(settings.shape.size() - 1, settings.activations[0]);
    return settings;
}

// ---- the folder ----

static std::string joined(const std::string& dir, const std::string& path) { return (std::filesystem::path(dir) / path).string(); }

std::string settings_path(const std::string& dir) { return joined(dir, "teacher/class.tsv"); }
std::string roster_path(const std::string& dir) { return joined(dir, "teacher/roster.csv"); }
std::string problem_path(const ClassFolder& c, const std::string& id) { return joined(c.dir, "teacher/problems/" + id + ".net"); }
std::string key_path(const ClassFolder& c, const std::string& id) { return joined(c.dir, "teacher/keys/" + id + ".tsv"); }
std::string student_folder(const ClassFolder& c, const std::string& id) { return joined(c.dir, "students/" + id); }

ClassFolder open_class(const std::string& dir) {
    std::error_code ignored;
    if (!std::filesystem::is_directory(dir, ignored)) {
        throw InputError(dir, 0, "is not a folder (expected a class folder made by nnwalk class new)");
    }
    if (!std::filesystem::exists(settings_path(dir), ignored)) {
        throw InputError(dir, 0, "is not a class folder (expected " + settings_path(dir) + ", as nnwalk class new writes it)");
    }
    ClassFolder c;
    c.dir = dir;
    std::ifstream settings = open_input(settings_path(dir), "class settings file of name<TAB>value lines");
    c.settings = parse_class_settings(settings, settings_path(dir));
    c.roster = read_roster(roster_path(dir));
    return c;
}
