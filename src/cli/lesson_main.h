// The command line of a lesson that reads one data file: `NN_name [data.csv]`.
#pragma once

#include <string>

// Runs `lesson` on argv[1], or on `default_path` when no argument is given. A second argument, or bad input
// (InputError), becomes one line on stderr and exit code 2. Returns the lesson's exit code otherwise.
int run_lesson_on_file(int argc, char** argv, const std::string& default_path, int (*lesson)(const std::string& path));
