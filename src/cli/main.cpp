// nnwalk: the command-line tool (see docs/nnwalk.md). All the work is in run_nnwalk; anything it lets
// escape (it should not) still ends as one line on stderr and exit code 2.
#include "cli/commands.h"

#include <exception>
#include <iostream>

int main(int argc, char** argv) {
    try {
        const std::vector<std::string> args(argv + 1, argv + argc);
        return run_nnwalk(args, std::cout, std::cerr);
    } catch (const std::exception& error) {
        std::cout.flush();
        std::cerr << "nnwalk: " << error.what() << "\n";
        return 2;
    }
}
