// nnwalk: the command-line tool (see docs/nnwalk.md). All the work is in run_nnwalk.
#include "cli/commands.h"

#include <iostream>

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    return run_nnwalk(args, std::cout, std::cerr);
}
