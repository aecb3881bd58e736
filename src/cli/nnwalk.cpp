#include "cli/commands.h"

#include "core/input_error.h"

#include <algorithm>
#include <new>
#include <sstream>

static const char* const usage =
    "usage: nnwalk COMMAND ...\n"
    "  nnwalk trace FILE [--format text|tsv|markdown] [--round N] [--steps K]\n"
    "      every value of K training steps of the network in FILE (a .net file; see docs/nnwalk.md)\n"
    "  nnwalk draw FILE [--values] [--step K] [-o OUT.svg]\n"
    "      an SVG drawing of the network in FILE, every weight on its connection; --values adds each\n"
    "      node's z, a and δ\n"
    "  nnwalk quiz [--seed S] [--shape 2-2-1] [--activation F,…] [--loss L] [--steps K] [--decimals D]\n"
    "              [--bias] [--forward-only] [--out DIR]\n"
    "      a hand-calculation problem quiz-S.net with its worksheet quiz-S.md and key quiz-S-key.tsv\n"
    "      (see docs/classroom.md)\n"
    "  nnwalk check PROBLEM.net ANSWERS.tsv [--round N] [--tol T] [--steps K]\n"
    "               [--format text|markdown]\n"
    "      marks a student's key<TAB>value answers with follow-through; exit 0 full marks,\n"
    "      1 something wrong, 3 nothing wrong but values missing\n"
    "  nnwalk class new ROSTER.csv --out DIR [--shape 2-2-1] [--activation F[,F…]] [--bias] [--steps K] …\n"
    "      a class folder: one problem, printable worksheet and blank answer sheet per student\n"
    "  nnwalk class mark DIR SUBMISSIONS [--format text|markdown]\n"
    "      marks every SUBMISSIONS/ID.tsv or ID.csv of the class DIR; writes DIR/gradebook.csv\n";

// The last lines of the usage: how to ask for a command's options.
static const char* const usage_of_help =
    "  nnwalk COMMAND --help, nnwalk help COMMAND\n"
    "      the usage of COMMAND and every option it takes\n";

// What `nnwalk COMMAND --help` (or `nnwalk help COMMAND`) prints: the usage line, what it does, every option.
static const char* const trace_help =
    "usage: nnwalk trace FILE [--format text|tsv|markdown] [--round N] [--steps K]\n\n"
    "Every value of a forward pass (a file without targets) or of K training steps (with targets), each\n"
    "with its formula and its numbers: the values a student computes by hand.\n"
    "  FILE: the network and its examples, a .net file (the format: docs/nnwalk.md)\n"
    "  --format text|tsv|markdown: text for the terminal, tsv key<TAB>value lines, markdown tables\n"
    "    (default text)\n"
    "  --round N: work as a decimal calculator: the file's numbers as written, every computed value\n"
    "    rounded to N decimals, 0 to 12, half away from zero (default: no rounding)\n"
    "  --steps K: training steps, cycling through the examples, 1 to 100000; needs targets (default 1)\n"
    "  --help: print this and stop\n";

static const char* const draw_help =
    "usage: nnwalk draw FILE [--values] [--step K] [-o OUT.svg]\n\n"
    "An SVG drawing of the network in FILE: layers in columns, each node with its name and bias, each\n"
    "connection with its weight (networks of at most 5 nodes per layer), each layer's activation.\n"
    "  FILE: the network, a .net file (the format: docs/nnwalk.md)\n"
    "  --values: also each node's z, a and δ of the next step, and each new weight beside the old one\n"
    "  --step K: draw the network after K training steps, 0 to 100000; needs targets (default 0)\n"
    "  -o OUT.svg, --out OUT.svg: where the drawing goes (default stdout); on an error nothing is written\n"
    "  --help: print this and stop\n";

static const char* const quiz_help =
    "usage: nnwalk quiz [--seed S] [--shape 2-2-1] [--activation F[,F…]] [--loss L] [--steps 1|2]\n"
    "                   [--decimals D] [--bias] [--forward-only] [--out DIR]\n\n"
    "A hand-calculation problem: writes quiz-S.net (the problem), quiz-S.md (the worksheet) and\n"
    "quiz-S-key.tsv (the answer key) into DIR (see docs/classroom.md). Every answer is at least 0.001 in\n"
    "size at 4 decimals.\n"
    "  --seed S: the problem's number, 0 to 99999999999 (default 1)\n"
    "  --shape 2-2-1: inputs, then each layer's neurons; at most 4 layers of at most 6 neurons\n"
    "    (default 2-2-1)\n"
    "  --activation F[,F…]: sigmoid, tanh or relu for every layer, or one per layer such as relu,sigmoid;\n"
    "    softmax only for the last layer (default sigmoid)\n"
    "  --loss squared-error|cross-entropy: the error; cross-entropy makes the last layer softmax (default\n"
    "    squared-error, or cross-entropy with a softmax output)\n"
    "  --steps 1|2: training steps to work, the second from the first's new weights (default 1)\n"
    "  --decimals D: decimals of the given numbers, 0 to 3 (default 1)\n"
    "  --bias: give every neuron a bias (default: no biases)\n"
    "  --forward-only: no targets, only the forward pass is asked\n"
    "  --out DIR: where the three files go (default .)\n"
    "  --help: print this and stop\n";

static const char* const check_help =
    "usage: nnwalk check PROBLEM.net ANSWERS.tsv [--round N] [--tol T] [--steps K]\n"
    "                    [--format text|markdown]\n\n"
    "Marks a student's answers with follow-through: a value computed right from the student's own\n"
    "earlier values counts as right, and so does every honest rounding along the way. Exit 0 for full\n"
    "marks, 1 when an answer is wrong or a line cannot be read (it is listed, the rest is marked), 3 when\n"
    "none is wrong but some are missing (see docs/classroom.md).\n"
    "  PROBLEM.net: the problem, as nnwalk quiz or nnwalk class new wrote it\n"
    "  ANSWERS.tsv: the student's key and value lines: tab-separated or CSV, UTF-8 or UTF-16, as a text\n"
    "    editor or a spreadsheet saves them\n"
    "  --round N: the decimals the answers were asked to, 0 to 12 (default 4)\n"
    "  --tol T: a plain band: how far an answer may be off, 0 to 1 (default: every honest rounding,\n"
    "    within half a unit in the N-th decimal)\n"
    "  --steps K: mark K training steps, 1 to 10; a line step<TAB>k opens the answers of step k\n"
    "    (default 1)\n"
    "  --format text|markdown: text for the terminal, markdown for a feedback sheet (default text)\n"
    "  --help: print this and stop\n";

static const char* const class_help =
    "usage: nnwalk class new ROSTER.csv --out DIR [--shape 2-2-1] [--activation F[,F…]] [--bias]\n"
    "                        [--steps 1|2] [--loss squared-error|cross-entropy]\n"
    "       nnwalk class mark DIR SUBMISSIONS [--format text|markdown]\n\n"
    "The commands of a class folder (see docs/classroom.md); nnwalk class new --help and\n"
    "nnwalk class mark --help say more.\n";

static const char* const class_new_help =
    "usage: nnwalk class new ROSTER.csv --out DIR [--shape 2-2-1] [--activation F[,F…]] [--bias]\n"
    "                        [--steps 1|2] [--loss squared-error|cross-entropy]\n\n"
    "A class folder for an assignment: a new random class secret and, for each student of the roster, a\n"
    "problem derived from the secret and the student's id. DIR/teacher/ holds the secret and settings\n"
    "(class.tsv), the roster, every problem and every key; DIR/students/ID/ what student ID receives:\n"
    "problem.net, worksheet.html (printable) and answers.tsv (the blank answer sheet). Nothing is written\n"
    "when anything is wrong.\n"
    "  ROSTER.csv: a header line with an id and a name column (more columns allowed), then one line per\n"
    "    student; ids name folders: letters, digits, '-', '_' and '.'\n"
    "  --shape 2-2-1: inputs, then each layer's neurons; at most 4 layers of at most 6 neurons\n"
    "    (default 2-2-1)\n"
    "  --activation F[,F…]: sigmoid, tanh or relu for every layer, or one per layer such as relu,sigmoid;\n"
    "    softmax only for the last layer (default sigmoid)\n"
    "  --bias: give every neuron a bias (default: no biases)\n"
    "  --loss squared-error|cross-entropy: the error; cross-entropy makes the last layer softmax (default\n"
    "    squared-error, or cross-entropy with a softmax output)\n"
    "  --steps 1|2: training steps to work by hand, the second from the first's new weights (default 1)\n"
    "  --out DIR: the new class folder; refused when it exists and holds files (a class is never\n"
    "    overwritten)\n"
    "  --help: print this and stop\n";

static const char* const class_mark_help =
    "usage: nnwalk class mark DIR SUBMISSIONS [--format text|markdown]\n\n"
    "Marks every sheet handed in, SUBMISSIONS/ID.tsv or ID.csv (tab-separated or CSV, as a spreadsheet\n"
    "saves it), against the problem of student ID in the class folder DIR, with follow-through as nnwalk\n"
    "check does. Writes DIR/gradebook.csv (one row per roster student: id, name, score, percent, note,\n"
    "each value's mark; never over a file it did not write) and prints each student's score, how the\n"
    "class did on each value, and what to look at: sheets that cannot be read, a sheet that fits another\n"
    "student's problem better, files of no roster student. Exit 0; 1 when something needs a look; 2 when\n"
    "a file cannot be marked (one line each on stderr; the rest is marked) or nothing can be (one line,\n"
    "nothing written).\n"
    "  DIR: the class folder nnwalk class new made\n"
    "  SUBMISSIONS: the folder of the sheets handed in, each named after its student's id\n"
    "  --format text|markdown: text for the terminal, markdown for a page to keep (default text)\n"
    "  --help: print this and stop\n";

// The help of the command called `name`, or nullptr when there is no such command.
static const char* help_of(const std::string& name) {
    if (name == "trace") return trace_help;
    if (name == "draw") return draw_help;
    if (name == "quiz") return quiz_help;
    if (name == "check") return check_help;
    if (name == "class") return class_help;
    if (name == "class new") return class_new_help;
    if (name == "class mark") return class_mark_help;
    return nullptr;
}

int run_nnwalk(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.empty()) {
        err << usage << usage_of_help;
        return 2;
    }
    if (args[0] == "--help" || args[0] == "help") {
        if (args.size() == 1) {
            out << usage << usage_of_help;
            return 0;
        }
        const bool sub = args[1] == "class" && args.size() == 3 && help_of("class " + args[2]) != nullptr;
        const char* help = help_of(sub ? "class " + args[2] : args[1]);
        if (help == nullptr || args.size() > (sub ? 3u : 2u)) {
            err << "nnwalk help: unknown command " << quoted(args[1 + (help != nullptr)])
                << " (expected nnwalk help trace, draw, quiz, check, class new or class mark)\n";
            return 2;
        }
        out << help;
        return 0;
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    const std::string named = args[0] == "class" && !rest.empty() && help_of("class " + rest[0]) ? "class " + rest[0] : args[0];
    if (help_of(named) != nullptr && std::find(rest.begin(), rest.end(), "--help") != rest.end()) {
        out << help_of(named);
        return 0;
    }
    std::ostringstream result;  // printed only when the command completes
    int code = 0;
    try {
        if (args[0] == "trace") {
            trace_command(rest, result);
        } else if (args[0] == "draw") {
            draw_command(rest, result);
        } else if (args[0] == "quiz") {
            quiz_command(rest, result);
        } else if (args[0] == "check") {
            code = check_command(rest, result);
        } else if (args[0] == "class") {
            code = class_command(rest, result, err);
        } else {
            throw InputError("nnwalk", 0, "unknown command " + quoted(args[0]) + " (expected trace, draw, quiz, check or class; see nnwalk --help)");
        }
    } catch (const InputError& error) {
        err << error.what() << "\n";
        return 2;
    } catch (const std::bad_alloc&) {
        err << "nnwalk " << args[0] << ": out of memory (expected a smaller network or fewer steps)\n";
        return 2;
    } catch (const std::exception& error) {
        err << "nnwalk " << args[0] << ": " << error.what() << "\n";
        return 2;
    }
    out << result.str();
    return code;
}
