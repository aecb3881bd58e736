// The command line of an nnwalk command: positional words and "--name value" options, checked.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

// What a command was given after its name.
struct Options {
    std::string command;                       // "nnwalk trace", used in error messages
    std::vector<std::string> positional;       // words that are not options, in order
    std::map<std::string, std::string> named;  // "--round" → "2"; flags map to ""

    bool has(const std::string& name) const { return named.count(name) > 0; }
    // The option's text, or `otherwise` when it was not given.
    std::string text(const std::string& name, const std::string& otherwise) const;
    // The option as a whole number in [low, high], or `otherwise`; InputError when not such a number.
    long whole(const std::string& name, long otherwise, long low, long high) const;
    // The option as a finite decimal number in [low, high], or `otherwise`; InputError otherwise.
    double number(const std::string& name, double otherwise, double low, double high) const;
    // The option's text, which must be one of `choices`, or `otherwise`.
    std::string choice(const std::string& name, const std::string& otherwise, const std::vector<std::string>& choices) const;
};

// Splits `args` into positional words and options. `valued` lists options that take a value ("--round"),
// `flags` those that take none ("--bias"). Throws InputError(command, 0, …) for an unknown option, a
// missing or empty value (`--load ""`), or an option given twice.
Options parse_options(const std::string& command, const std::vector<std::string>& args,
                      const std::set<std::string>& valued, const std::set<std::string>& flags = {});
