// Runs a program for a test and captures its stdout, stderr and exit code separately (not a shell).
#pragma once

#include <string>
#include <vector>

// What a finished program left behind: three separate things to check.
struct ProgramResult {
    std::string out;    // everything written to stdout
    std::string err;    // everything written to stderr
    int exit_code = -1; // the exit status (0..255), or -1 when the program could not run or was killed
};

// Runs `program` with `arguments` (no shell: no quoting, no globbing), stdin from /dev/null, in the
// current directory, and waits for it to finish.
ProgramResult run_program(const std::string& program, const std::vector<std::string>& arguments = {});

// The same, run in `folder` (the child changes to it first; give `program` as an absolute path).
ProgramResult run_program_in(const std::string& folder, const std::string& program, const std::vector<std::string>& arguments = {});

// True when `text` contains `part` exactly.
bool contains(const std::string& text, const std::string& part);

// Runs `nnwalk ARGS…` in this process (cli/commands.h run_nnwalk): fast, and checked by the sanitizers.
ProgramResult nnwalk_here(const std::vector<std::string>& arguments);

// Checks (with doctest) that `program ARGS…` fails with exit code 2, exactly `message` as its one line on
// stderr, and nothing on stdout.
void expect_program_error(const std::string& program, const std::vector<std::string>& arguments, const std::string& message);

// Checks (with doctest) that `nnwalk ARGS…` fails with exit code 2, exactly `message` as its one line on
// stderr, and nothing on stdout.
void expect_nnwalk_error(const std::vector<std::string>& arguments, const std::string& message);
