// The nnwalk tool's commands, callable in-process (the tests do) as well as from src/cli/main.cpp.
#pragma once

#include <ostream>
#include <string>
#include <vector>

// Runs `nnwalk ARGS…` (args without the program name). Writes the result to `out` only when the command
// completes (exit 0, 1 or 3), so a failure leaves nothing half-printed; errors go to `err` as one line. Returns
// the exit code: 0 success, 1 a command's "no" answer (a marked answer is wrong), 3 values missing from a marked
// sheet, 2 bad input or bad usage.
int run_nnwalk(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// nnwalk trace FILE [--format text|tsv|markdown] [--round N] [--steps K]: prints every value of K training
// steps (or of the forward pass, when the file has no targets). Throws InputError for bad input.
void trace_command(const std::vector<std::string>& args, std::ostream& out);

// nnwalk draw FILE [--values] [--step K] [-o OUT.svg]: an SVG of the network in FILE after K training steps
// (default 0), with the values of the next step on it when asked; to OUT.svg, or stdout. Throws InputError for
// bad input (then no file is written).
void draw_command(const std::vector<std::string>& args, std::ostream& out);

// nnwalk quiz [--seed S] [--shape 2-2-1] [--activation sigmoid|tanh|relu] [--decimals D] [--bias] [--forward-only]
// [--out DIR]: writes the problem quiz-S.net, its worksheet quiz-S.md and its key quiz-S-key.tsv into DIR.
// Throws InputError for bad options or a folder that cannot be written.
void quiz_command(const std::vector<std::string>& args, std::ostream& out);

// nnwalk check PROBLEM.net ANSWERS.tsv [--round N] [--tol T] [--format text|markdown]: marks the answers with
// follow-through. Returns 0 for full marks (every value answered, correct or consistent), 1 when one is wrong or
// a line of the sheet cannot be read (it is listed; the rest is marked), 3 when none is wrong but some are
// missing; throws InputError for unusable input (a sheet that cannot be read as a whole, see
// io/answer_sheet.h), or for a problem with a value that cannot be computed.
int check_command(const std::vector<std::string>& args, std::ostream& out);

// nnwalk class new ROSTER.csv [--shape 2-2-1] [--activation F[,F…]] [--bias] [--loss …] [--steps 1|2] --out DIR:
// a class folder (see classroom/class_folder.h) with one problem per student. Returns 0; throws InputError for
// bad input, a roster that cannot be used, or an --out that holds files (then nothing is written).
// nnwalk class mark DIR SUBMISSIONS: see class_mark_command. Bad lines of class mark go to `err`.
int class_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// nnwalk class mark DIR SUBMISSIONS [--format text|markdown]: marks every SUBMISSIONS/ID.tsv or ID.csv against
// student ID's problem, writes DIR/gradebook.csv (through a temporary file and a rename) and prints the report.
// Returns 0; 1 when a sheet has lines that cannot be read or fits another student's problem better; 2 when a
// file handed in cannot be marked (a sheet unreadable as a whole, a file that is no roster student's sheet:
// one line each on `err`, their rows and the rest still marked). Throws InputError, with nothing written, for
// what stops the whole run: bad options, DIR not a class folder or one of its problems unreadable, SUBMISSIONS
// not a folder, a DIR/gradebook.csv that class mark did not write, a gradebook that cannot be written.
int class_mark_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
