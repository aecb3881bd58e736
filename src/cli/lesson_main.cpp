#include "cli/lesson_main.h"

#include "core/input_error.h"

#include <iostream>

int run_lesson_on_file(int argc, char** argv, const std::string& default_path, int (*lesson)(const std::string& path)) {
    if (argc > 2) {
        const std::string program = argv[0];
        std::cerr << "usage: " << program.substr(program.rfind('/') + 1) << " [data.csv] (default " << default_path << ")\n";
        return 2;
    }
    try {
        return lesson(argc == 2 ? argv[1] : default_path);
    } catch (const InputError& error) {
        std::cerr << error.what() << "\n";
        return 2;
    }
}
