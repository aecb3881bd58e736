// The command line of every lesson: its options, --help, and bad input as one line on stderr.
//
//   int main(int argc, char** argv) {
//       return run_lesson(argc, argv, {"04_xor_forward", "Lesson 04 — …\n"}, [](const LessonInput&) { … });
//   }
#pragma once

#include "cli/options.h"

#include <functional>
#include <string>
#include <utility>
#include <vector>

// One `--name VALUE` option of a lesson, as --help lists it.
struct LessonOption {
    std::string name;     // "--epochs"
    std::string value;    // what follows it, as the usage line shows it: "N", "sgd|adam", "FILE"
    std::string meaning;  // "passes over the 55,000 training images (default 30)"
};

// What a lesson accepts and what --help says about it.
struct LessonCommand {
    // A lesson with no arguments, or with --name VALUE options.
    LessonCommand(std::string program, std::string summary, std::vector<LessonOption> options = {})
        : program(std::move(program)), summary(std::move(summary)), options(std::move(options)) {}
    // A lesson that reads one optional data file, and perhaps takes --name VALUE options too.
    LessonCommand(std::string program, std::string summary, std::string file, std::string default_file,
                  std::string file_meaning, std::vector<LessonOption> options = {})
        : program(std::move(program)), summary(std::move(summary)), file(std::move(file)),
          default_file(std::move(default_file)), file_meaning(std::move(file_meaning)), options(std::move(options)) {}

    std::string program;                // "01_perceptron": the name in the usage line and in error messages
    std::string summary;                // what the lesson does, for --help: whole lines, each ending in "\n"
    std::string file;                   // "data.csv" when the lesson reads one optional data file, "" otherwise
    std::string default_file;           // the file it reads when none is given
    std::string file_meaning;           // "the animals to learn from", for --help
    std::vector<LessonOption> options;  // its --name VALUE options (--help is always there)
};

// What the lesson was given on its command line, checked.
struct LessonInput {
    std::string file;  // the data file (`default_file` when none was given); "" for a lesson without one
    Options options;   // the --name VALUE options given (read them with options.whole(…) and the like)
    std::string figures = "build/figures";  // --figures DIR: where the lesson's SVG figures go
    bool all = false;  // --all: print every row of the long tables, not only the rows that teach
};

// "usage: 01_perceptron [data.csv]": the lesson's usage line, without a line end.
std::string lesson_usage(const LessonCommand& command);

// Runs `lesson` with the checked command line and returns its exit code. Every lesson takes `--figures DIR` and `--all`. `--help` prints the usage and the
// summary on stdout and returns 0 without running it. An unknown option, a missing value, a word too many,
// or an InputError thrown by the lesson becomes one line on stderr and exit code 2; so does any other error
// the lesson throws (a figure that cannot be written, running out of memory), after what it printed so far.
int run_lesson(int argc, char** argv, const LessonCommand& command, const std::function<int(const LessonInput&)>& lesson);
