#include "cli/options.h"

#include "core/input_error.h"
#include "core/number_parse.h"
#include "core/number_format.h"

#include <cmath>

static std::string listing(const std::set<std::string>& valued, const std::set<std::string>& flags) {
    std::string list;
    for (const auto* names : {&valued, &flags}) {
        for (const std::string& name : *names) list += (list.empty() ? "" : ", ") + name;
    }
    return list.empty() ? "no options" : list;
}

Options parse_options(const std::string& command, const std::vector<std::string>& args,
                      const std::set<std::string>& valued, const std::set<std::string>& flags) {
    Options options;
    options.command = command;
    for (std::size_t k = 0; k < args.size(); ++k) {
        const std::string& word = args[k];
        if (word.size() < 2 || word.compare(0, 2, "--") != 0) {
            options.positional.push_back(word);
            continue;
        }
        if (!valued.count(word) && !flags.count(word)) {
            throw InputError(command, 0, "unknown option " + quoted(word) + " (expected " + listing(valued, flags) + ")");
        }
        if (options.has(word)) throw InputError(command, 0, word + " given twice");
        if (flags.count(word)) {
            options.named[word] = "";
        } else if (k + 1 == args.size()) {
            throw InputError(command, 0, word + " needs a value");
        } else if (args[k + 1].empty()) {
            throw InputError(command, 0, word + " needs a value (got an empty word '')");
        } else {
            options.named[word] = args[++k];
        }
    }
    return options;
}

std::string Options::text(const std::string& name, const std::string& otherwise) const {
    return has(name) ? named.at(name) : otherwise;
}

long Options::whole(const std::string& name, long otherwise, long low, long high) const {
    if (!has(name)) return otherwise;
    const std::string& word = named.at(name);
    const std::string expected = name + " needs a whole number from " + std::to_string(low) + " to " + std::to_string(high);
    const bool digits = !word.empty() && word.size() < 12 && word.find_first_not_of("0123456789") == std::string::npos;
    if (!digits) throw InputError(command, 0, expected + " (got " + quoted(word) + ")");
    const long value = std::stol(word);
    if (value < low || value > high) throw InputError(command, 0, expected + " (got " + word + ")");
    return value;
}

double Options::number(const std::string& name, double otherwise, double low, double high) const {
    if (!has(name)) return otherwise;
    const double value = read_number(named.at(name), command, 0, name);
    if (value < low || value > high) {
        throw InputError(command, 0, name + " must be between " + plain(low) + " and " + plain(high) + " (got " + named.at(name) + ")");
    }
    return value;
}

std::string Options::choice(const std::string& name, const std::string& otherwise, const std::vector<std::string>& choices) const {
    if (!has(name)) return otherwise;
    std::string list;
    for (const std::string& c : choices) {
        if (named.at(name) == c) return c;
        list += (list.empty() ? "" : ", ") + c;
    }
    throw InputError(command, 0, name + " must be one of " + list + " (got " + quoted(named.at(name)) + ")");
}
