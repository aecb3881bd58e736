// The nnwalk tool's commands, callable in-process (the tests do) as well as from src/cli/main.cpp.
#pragma once

#include <ostream>
#include <string>
#include <vector>

// Runs `nnwalk ARGS…` (args without the program name). Writes the result to `out` only when the command
// succeeds, so a failure leaves nothing half-printed; errors go to `err` as one line. Returns the exit code:
// 0 success, 1 a command's "no" answer (e.g. a marked answer is wrong), 2 bad input or bad usage.
int run_nnwalk(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// nnwalk trace FILE [--format text|tsv|markdown] [--round N] [--steps K]: prints every value of K training
// steps (or of the forward pass, when the file has no targets). Throws InputError for bad input.
void trace_command(const std::vector<std::string>& args, std::ostream& out);
