#include "cli/lesson_main.h"

#include "core/input_error.h"

#include <algorithm>
#include <exception>
#include <iostream>
#include <new>
#include <set>

std::string lesson_usage(const LessonCommand& command) {
    std::string usage = "usage: " + command.program;
    if (!command.file.empty()) usage += " [" + command.file + "]";
    for (const LessonOption& option : command.options)
        usage += " [" + option.name + (option.value.empty() ? "" : " " + option.value) + "]";
    usage += " [--figures DIR] [--all]";
    return usage;
}

// The usage line cut before a " [" wherever it would pass 100 characters, the next lines indented under the
// first option.
static std::string wrapped_usage(const LessonCommand& command) {
    const std::string usage = lesson_usage(command), indent(("usage: " + command.program + " ").size(), ' ');
    std::string text, line;
    for (std::size_t at = 0; at < usage.size();) {
        const std::size_t next = std::min(usage.find(" [", at + 1), usage.size());
        const std::string word = usage.substr(at, next - at);
        if (!line.empty() && line.size() + word.size() > 100) text += line + "\n", line = indent + word.substr(1);
        else line += word;
        at = next;
    }
    return text + line;
}

// What --help prints: the usage line, the summary, and one line for the file and each option.
static std::string help_text(const LessonCommand& command) {
    std::string text = wrapped_usage(command) + "\n\n" + command.summary + "\n";
    if (!command.file.empty())
        text += "  " + command.file + ": " + command.file_meaning + " (default " + command.default_file + ")\n";
    for (const LessonOption& option : command.options)
        text += "  " + option.name + (option.value.empty() ? "" : " " + option.value) + ": " + option.meaning + "\n";
    return text + "  --figures DIR: where the lesson's SVG figures go (default build/figures)\n"
                  "  --all: print every row of the long tables (without it: the rows that teach, and a summary)\n"
                  "  --help: print this and stop\n";
}

// The checked command line; InputError for anything the lesson does not take.
static LessonInput read_input(int argc, char** argv, const LessonCommand& command) {
    std::set<std::string> valued = {"--figures"}, flags = {"--help", "--all"};
    for (const LessonOption& option : command.options) (option.value.empty() ? flags : valued).insert(option.name);
    LessonInput input;
    input.options = parse_options(command.program, std::vector<std::string>(argv + 1, argv + argc), valued, flags);
    if (input.options.has("--help")) return input;
    input.all = input.options.has("--all");
    input.figures = input.options.text("--figures", input.figures);
    const std::vector<std::string>& words = input.options.positional;
    const std::size_t allowed = command.file.empty() ? 0 : 1;
    if (words.size() > allowed) {
        const std::string extra = quoted(words[allowed]);
        if (allowed > 0) throw InputError(command.program, 0, "unexpected argument " + extra + " (" + lesson_usage(command) + ")");
        if (!command.options.empty()) throw InputError(command.program, 0, "unexpected word " + extra + " (expected only --options)");
        throw InputError(command.program, 0, "unexpected argument " + extra + " (the lesson takes no arguments)");
    }
    input.file = words.empty() ? command.default_file : words[0];
    return input;
}

int run_lesson(int argc, char** argv, const LessonCommand& command, const std::function<int(const LessonInput&)>& lesson) {
    try {
        const LessonInput input = read_input(argc, argv, command);
        if (input.options.has("--help")) {
            std::cout << help_text(command);
            return 0;
        }
        return lesson(input);
    } catch (const InputError& error) {
        std::cout.flush();  // what the lesson printed before the error stays, then the one line
        std::cerr << error.what() << "\n";
        return 2;
    } catch (const std::bad_alloc&) {
        std::cout.flush();
        std::cerr << command.program << ": out of memory (expected smaller data or a smaller network)\n";
        return 2;
    } catch (const std::exception& error) {
        std::cout.flush();
        std::cerr << command.program << ": " << error.what() << "\n";
        return 2;
    }
}
