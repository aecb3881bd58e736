// Every program answers --help: the usage and every option on stdout, exit 0, nothing on stderr.
#include "output_text.h"
#include "run_program.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

// `nnwalk ARGS…` printed a help text starting with `start` on stdout, nothing on stderr, and exited 0.
void check_help(const std::vector<std::string>& arguments, const std::string& start) {
    const ProgramResult run = nnwalk_here(arguments);
    CAPTURE(run.out);
    CAPTURE(run.err);
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    CHECK(run.out.rfind(start, 0) == 0);
    CHECK((!run.out.empty() && run.out.back() == '\n'));
}

}  // namespace

TEST_SUITE("help") {

TEST_CASE("nnwalk --help and nnwalk help: the commands, exit 0") {
    for (const std::string word : {"--help", "help"}) {
        CAPTURE(word);
        check_help({word}, "usage: nnwalk COMMAND ...\n  nnwalk trace FILE");
        CHECK(contains(nnwalk_here({word}).out, "  nnwalk COMMAND --help, nnwalk help COMMAND\n"));
        CHECK(contains(nnwalk_here({word}).out, "\n  nnwalk class new ROSTER.csv --out DIR "));
        CHECK(contains(nnwalk_here({word}).out, "\n  nnwalk class mark DIR SUBMISSIONS [--format text|markdown]\n"));
    }
}

TEST_CASE("nnwalk trace|quiz|check|class new|class mark --help: the command's usage and every option, exit 0, nothing run") {
    const std::vector<std::pair<std::string, std::vector<std::string>>> commands = {
        {"usage: nnwalk trace FILE [--format text|tsv|markdown] [--round N] [--steps K]\n\n", {"--format", "--round", "--steps"}},
        {"usage: nnwalk quiz [--seed S] [--shape 2-2-1] [--activation F[,F…]] [--loss L] [--steps 1|2]\n",
         {"--seed", "--shape", "--activation", "--loss", "--steps", "--decimals", "--bias", "--forward-only", "--out"}},
        {"usage: nnwalk check PROBLEM.net ANSWERS.tsv [--round N] [--tol T] [--steps K]\n"
         "                    [--format text|markdown]\n\n",
         {"--round", "--tol", "--steps", "--format"}},
        {"usage: nnwalk class new ROSTER.csv --out DIR [--shape 2-2-1] [--activation F[,F…]] [--bias]\n",
         {"ROSTER.csv", "--shape", "--activation", "--bias", "--loss", "--steps", "--out"}},
        {"usage: nnwalk class mark DIR SUBMISSIONS [--format text|markdown]\n\n", {"DIR", "SUBMISSIONS", "--format"}},
    };
    for (const auto& command : commands) {
        const std::string usage = command.first;
        const std::size_t start = std::string("usage: nnwalk ").size();
        std::string name = usage.substr(start, usage.find(' ', start) - start);
        const bool sub = name == "class";  // nnwalk class new, class mark: commands of two words
        if (sub) name = usage.substr(start, usage.find(' ', start + 6) - start);
        CAPTURE(name);
        const std::vector<std::string> words = sub ? std::vector<std::string>{"class", name.substr(6)} : std::vector<std::string>{name};
        auto with = [&](std::vector<std::string> before, const std::vector<std::string>& after) {
            before.insert(before.end(), words.begin(), words.end());
            before.insert(before.end(), after.begin(), after.end());
            return before;
        };
        check_help(with({}, {"--help"}), usage);
        check_help(with({"help"}, {}), usage);
        // --help wins over everything else on the line, even words the command would refuse.
        check_help(with({}, {"no-such-file.net", "--colour", "--help"}), usage);
        const std::string text = nnwalk_here(with({}, {"--help"})).out;
        for (const std::string& option : command.second) CHECK_MESSAGE(contains(text, "\n  " + option), option);
        CHECK(contains(text, "\n  --help: print this and stop\n"));
    }
}

TEST_CASE("nnwalk help with an unknown command: one line, exit 2") {
    expect_nnwalk_error({"help", "tarce"}, "nnwalk help: unknown command 'tarce' (expected nnwalk help trace, draw, quiz, check, class new or class mark)");
    expect_nnwalk_error({"help", "trace", "more"}, "nnwalk help: unknown command 'more' (expected nnwalk help trace, draw, quiz, check, class new or class mark)");
}

}  // TEST_SUITE

TEST_SUITE("help") {

// Every line of every --help fits in 100 characters (UTF-8 characters, not bytes), so a terminal of 100
// columns never wraps one mid-sentence.
TEST_CASE("every help text of nnwalk and of the lessons fits in 100 characters") {
    std::vector<ProgramResult> helps;
    for (const std::vector<std::string>& command : std::vector<std::vector<std::string>>{
             {"--help"}, {"trace", "--help"}, {"draw", "--help"}, {"quiz", "--help"}, {"check", "--help"},
             {"class", "--help"}, {"class", "new", "--help"}, {"class", "mark", "--help"}})
        helps.push_back(nnwalk_here(command));
    for (const char* lesson : {"01_perceptron", "02_parallel_stack", "03_sequential_stack", "04_xor_forward",
                               "05_xor_backprop", "06_mnist_mlp"})
        helps.push_back(run_program(std::string(NNWALK_BUILD "/lessons/") + lesson, {"--help"}));
    for (const ProgramResult& help : helps) {
        CHECK(help.exit_code == 0);
        CHECK(lines_wider_than(help.out, 100) == "");
    }
}

}  // TEST_SUITE
