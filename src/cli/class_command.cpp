#include "cli/commands.h"

#include "classroom/class_folder.h"
#include "classroom/new_class.h"
#include "classroom/quiz.h"
#include "cli/options.h"
#include "core/input_error.h"
#include "core/input_file.h"

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

namespace fs = std::filesystem;

static const char* const class_new_usage =
    "usage: nnwalk class new ROSTER.csv --out DIR [--shape 2-2-1] [--activation F[,F…]] [--bias] [--steps 1|2] "
    "[--loss squared-error|cross-entropy]";

// The bytes of the file at `path` (already read once as a roster, so it opens).
static std::string file_bytes(const std::string& path) {
    std::ifstream in = open_input(path, "roster, a CSV file with a header line id,name");
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Refuses an --out that exists and is not an empty folder: a class is never overwritten.
static void require_new_folder(const std::string& dir) {
    std::error_code error;
    const fs::file_status status = fs::status(dir, error);
    if (!fs::exists(status)) return;
    if (!fs::is_directory(status)) throw InputError("nnwalk class new", 0, "--out " + dir + " is a file (expected a new or empty folder)");
    if (!fs::is_empty(dir, error) || error) {
        throw InputError("nnwalk class new", 0, "--out " + dir + " already holds files (expected a new or empty folder: a class is never overwritten)");
    }
}

// Writes `files` into a new folder beside `dir`, then renames it to `dir`: a failure leaves no half-made class.
static void write_class(const std::string& dir, const std::vector<ClassFile>& files) {
    std::error_code error;
    fs::path target = fs::path(dir).lexically_normal();
    if (!target.has_filename()) target = target.parent_path();  // "class-3b/" names the folder class-3b
    if (target.has_parent_path()) fs::create_directories(target.parent_path(), error);
    const fs::path partial = target.string() + ".partial-" + new_secret().substr(0, 8);
    auto fail = [&](const std::string& why) {
        std::error_code ignored;
        fs::remove_all(partial, ignored);
        return InputError("nnwalk class new", 0, "cannot write the class into " + dir + " (" + why + ")");
    };
    for (const ClassFile& file : files) {
        const fs::path path = partial / file.path;
        fs::create_directories(path.parent_path(), error);
        if (error) throw fail(error.message());
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << file.bytes;
        if (!out.flush()) throw fail("expected a folder that can be written");
    }
    fs::rename(partial, target, error);  // over an empty folder too
    if (error) throw fail(error.message());
}

// nnwalk class new ROSTER.csv …: one problem, worksheet and blank answer sheet per student, and the teacher's files.
static void class_new_command(const std::vector<std::string>& args, std::ostream& out) {
    const std::string command = "nnwalk class new";
    const Options options = parse_options(command, args, {"--shape", "--activation", "--loss", "--steps", "--out"}, {"--bias"});
    if (options.positional.size() != 1) throw InputError(command, 0, std::string("needs one roster file (") + class_new_usage + ")");
    if (!options.has("--out")) throw InputError(command, 0, std::string("needs --out DIR, the new class folder (") + class_new_usage + ")");
    const std::string roster_file = options.positional[0], dir = options.text("--out", "");

    QuizSettings quiz;
    quiz.shape = parse_shape(options.text("--shape", "2-2-1"), command, "--shape");
    quiz.activations = parse_activations(options.text("--activation", "sigmoid"), quiz.shape.size() - 1, command, "--activation");
    quiz.loss = options.choice("--loss", "squared-error", {"squared-error", "cross-entropy"}) == "squared-error" ? Loss::squared : Loss::cross_entropy;
    settle_loss(quiz, options.has("--loss"), command);
    ClassSettings settings;
    settings.shape = quiz.shape;
    for (std::size_t l = 1; l < quiz.shape.size(); ++l) settings.activations.push_back(quiz.activation(l));
    settings.loss = quiz.loss;
    settings.bias = options.has("--bias");
    settings.steps = static_cast<std::size_t>(options.whole("--steps", 1, 1, 2));

    const std::vector<Student> roster = read_roster(roster_file);
    require_new_folder(dir);
    settings.secret = new_secret();
    const std::vector<ClassFile> files = new_class_files(settings, roster, file_bytes(roster_file));
    write_class(dir, files);
    out << "wrote the class " << dir << " for " << roster.size() << (roster.size() == 1 ? " student" : " students") << ":\n"
        << "  " << (fs::path(dir) / "teacher").string() << "/: the class secret and settings, the roster, every problem and key (keep these)\n"
        << "  " << (fs::path(dir) / "students").string() << "/ID/: problem.net, worksheet.html and answers.tsv (hand out each folder)\n";
}

int class_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.empty() || (args[0] != "new" && args[0] != "mark")) {
        throw InputError("nnwalk class", 0, (args.empty() ? std::string("needs a command") : "unknown command " + quoted(args[0])) +
                                                " (expected nnwalk class new ROSTER.csv … --out DIR, or nnwalk class mark DIR SUBMISSIONS)");
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (args[0] == "mark") return class_mark_command(rest, out, err);
    class_new_command(rest, out);
    return 0;
}
