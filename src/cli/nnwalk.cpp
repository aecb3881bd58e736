#include "cli/commands.h"

#include "data/input_error.h"

#include <sstream>

static const char* const usage =
    "usage: nnwalk COMMAND ...\n"
    "  nnwalk trace FILE [--format text|tsv|markdown] [--round N] [--steps K]\n"
    "      every value of K training steps of the network in FILE (a .net file; see docs/nnwalk.md)\n";

int run_nnwalk(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.empty() || args[0] == "--help" || args[0] == "help") {
        (args.empty() ? err : out) << usage;
        return args.empty() ? 2 : 0;
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    std::ostringstream result;  // printed only when the command succeeds
    try {
        if (args[0] == "trace") {
            trace_command(rest, result);
        } else {
            throw InputError("nnwalk", 0, "unknown command " + quoted(args[0]) + " (expected trace; see nnwalk --help)");
        }
    } catch (const InputError& error) {
        err << error.what() << "\n";
        return 2;
    }
    out << result.str();
    return 0;
}
