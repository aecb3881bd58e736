#include "cli/commands.h"

#include "classroom/questions.h"
#include "classroom/quiz.h"
#include "classroom/worksheet.h"
#include "cli/computed_records.h"
#include "cli/options.h"
#include "core/input_error.h"

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

static const char* const quiz_usage =
    "usage: nnwalk quiz [--seed S] [--shape 2-2-1] [--activation F[,F…]] [--loss L] [--steps 1|2] [--decimals D] [--bias] "
    "[--forward-only] [--out DIR]";

// The command line that makes the same problem again, for the .net file's comment.
static std::string quiz_command_line(const QuizSettings& settings, const std::string& shape) {
    std::string line = "nnwalk quiz --seed " + std::to_string(settings.seed) + " --shape " + shape + " --activation " +
                       activations_text(settings) + " --decimals " + std::to_string(settings.decimals);
    if (settings.steps > 1) line += " --steps " + std::to_string(settings.steps);
    if (settings.bias) line += " --bias";
    if (settings.forward_only) line += " --forward-only";
    return line;
}

// Writes each text to its path, all or none: every path is checked first, each text goes to PATH.partial, and
// only when all are written are they renamed; otherwise the partial files are removed and an InputError
// names the path. So a failure leaves no half-written quiz and no earlier quiz overwritten.
static void write_files(const std::vector<std::pair<std::string, std::string>>& files) {
    const std::string expected = "expected a file that can be written in the --out folder";
    for (const auto& [path, text] : files) {
        std::error_code error;
        const std::filesystem::file_status status = std::filesystem::status(path, error);
        if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status))
            throw InputError(path, 0, "is not a file (" + expected + ")");
    }
    auto remove_partials = [&] {
        std::error_code ignored;
        for (const auto& file : files) std::filesystem::remove(file.first + ".partial", ignored);
    };
    for (const auto& [path, text] : files) {
        std::ofstream out(path + ".partial", std::ios::binary | std::ios::trunc);
        out << text;
        out.close();
        if (!out) {
            remove_partials();
            throw InputError(path, 0, "cannot be written (" + expected + ")");
        }
    }
    for (const auto& [path, text] : files) {
        std::error_code error;
        std::filesystem::rename(path + ".partial", path, error);
        if (error) {
            remove_partials();
            throw InputError(path, 0, "cannot be written (" + expected + ")");
        }
    }
}

void quiz_command(const std::vector<std::string>& args, std::ostream& out) {
    const Options options = parse_options("nnwalk quiz", args, {"--seed", "--shape", "--activation", "--loss", "--steps", "--decimals", "--out"},
                                          {"--bias", "--forward-only"});
    if (!options.positional.empty()) {
        throw InputError("nnwalk quiz", 0, "unexpected " + quoted(options.positional[0]) + " (" + quiz_usage + ")");
    }
    QuizSettings settings;
    settings.seed = static_cast<std::uint64_t>(options.whole("--seed", 1, 0, 99999999999));
    const std::string shape = options.text("--shape", "2-2-1");
    settings.shape = parse_shape(shape, "nnwalk quiz", "--shape");
    settings.activations = parse_activations(options.text("--activation", "sigmoid"), settings.shape.size() - 1, "nnwalk quiz",
                                            "--activation");
    settings.decimals = static_cast<int>(options.whole("--decimals", 1, 0, 3));
    settings.bias = options.has("--bias");
    settings.forward_only = options.has("--forward-only");
    settings.loss = options.choice("--loss", "squared-error", {"squared-error", "cross-entropy"}) == "squared-error" ? Loss::squared
                                                                                                     : Loss::cross_entropy;
    settings.steps = static_cast<std::size_t>(options.whole("--steps", 1, 1, 2));
    if (settings.steps > 1 && settings.forward_only) throw InputError("nnwalk quiz", 0, "--steps 2 needs targets: leave out --forward-only");
    settle_loss(settings, options.has("--loss"), "nnwalk quiz");
    const std::string folder = options.text("--out", ".");

    // Everything is made before anything is written, so a failure leaves no half-written quiz.
    const NetFile net = make_quiz(settings);
    const std::string name = "quiz-" + std::to_string(settings.seed);
    const std::vector<Record> steps = net.trains() ? traced_records(net, settings.steps, quiz_answer_decimals, "nnwalk quiz")
                                                   : std::vector<Record>{problem_values(net, quiz_answer_decimals, "nnwalk quiz")};
    std::size_t asked = 0;
    for (const Record& record : steps) asked += asked_quantities(record).size();
    std::ostringstream problem, worksheet, key;
    write_netfile(problem, net, quiz_command_line(settings, shape) + "\nquiz " + std::to_string(settings.seed) +
                                    ": the worksheet is " + name + ".md");
    write_worksheet(worksheet, "Quiz " + std::to_string(settings.seed), name + ".net", net, steps);
    write_answer_key(key, steps);

    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error || !std::filesystem::is_directory(folder)) {
        throw InputError("nnwalk quiz", 0, "cannot make the folder " + folder + " (--out needs a folder that can be written)");
    }
    const std::filesystem::path base(folder);
    write_files({{(base / (name + ".net")).string(), problem.str()},
                 {(base / (name + ".md")).string(), worksheet.str()},
                 {(base / (name + "-key.tsv")).string(), key.str()}});
    out << "wrote " << (base / (name + ".net")).string() << " (the problem), " << (base / (name + ".md")).string()
        << " (the worksheet, " << asked << " values) and " << (base / (name + "-key.tsv")).string() << " (the key)\n";
}
