#include "cli/commands.h"

#include "core/input_error.h"

#include <sstream>

static const char* const usage =
    "usage: nnwalk COMMAND ...\n"
    "  nnwalk trace FILE [--format text|tsv|markdown] [--round N] [--steps K]\n"
    "      every value of K training steps of the network in FILE (a .net file; see docs/nnwalk.md)\n"
    "  nnwalk draw FILE [--values] [--step K] [-o OUT.svg]\n"
    "      an SVG drawing of the network in FILE, every weight on its connection; --values adds each node's z, a and δ\n"
    "  nnwalk quiz [--seed S] [--shape 2-2-1] [--activation sigmoid|tanh|relu] [--decimals D] [--bias] [--forward-only] [--out DIR]\n"
    "      a hand-calculation problem quiz-S.net with its worksheet quiz-S.md and key quiz-S-key.tsv (see docs/classroom.md)\n"
    "  nnwalk check PROBLEM.net ANSWERS.tsv [--round N] [--tol T] [--format text|markdown]\n"
    "      marks a student's key<TAB>value answers with follow-through; exit 0 full marks, 1 something wrong,\n"
    "      3 nothing wrong but values missing\n";

int run_nnwalk(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.empty() || args[0] == "--help" || args[0] == "help") {
        (args.empty() ? err : out) << usage;
        return args.empty() ? 2 : 0;
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
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
        } else {
            throw InputError("nnwalk", 0, "unknown command " + quoted(args[0]) + " (expected trace, draw, quiz or check; see nnwalk --help)");
        }
    } catch (const InputError& error) {
        err << error.what() << "\n";
        return 2;
    }
    out << result.str();
    return code;
}
