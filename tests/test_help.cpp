// Every program answers --help: the usage and every option on stdout, exit 0, nothing on stderr.
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
    }
}

TEST_CASE("nnwalk trace|quiz|check --help: the command's usage and every option, exit 0, nothing run") {
    const std::vector<std::pair<std::string, std::vector<std::string>>> commands = {
        {"usage: nnwalk trace FILE [--format text|tsv|markdown] [--round N] [--steps K]\n\n", {"--format", "--round", "--steps"}},
        {"usage: nnwalk quiz [--seed S] [--shape 2-2-1] [--activation sigmoid|tanh|relu] [--decimals D] [--bias] "
         "[--forward-only] [--out DIR]\n\n",
         {"--seed", "--shape", "--activation", "--decimals", "--bias", "--forward-only", "--out"}},
        {"usage: nnwalk check PROBLEM.net ANSWERS.tsv [--round N] [--tol T] [--format text|markdown]\n\n",
         {"--round", "--tol", "--format"}},
    };
    for (const auto& command : commands) {
        const std::string usage = command.first;
        const std::size_t start = std::string("usage: nnwalk ").size();
        const std::string name = usage.substr(start, usage.find(' ', start) - start);
        CAPTURE(name);
        check_help({name, "--help"}, usage);
        check_help({"help", name}, usage);
        // --help wins over everything else on the line, even words the command would refuse.
        check_help({name, "no-such-file.net", "--colour", "--help"}, usage);
        const std::string text = nnwalk_here({name, "--help"}).out;
        for (const std::string& option : command.second) CHECK_MESSAGE(contains(text, "\n  " + option), option);
        CHECK(contains(text, "\n  --help: print this and stop\n"));
    }
}

TEST_CASE("nnwalk help with an unknown command: one line, exit 2") {
    expect_nnwalk_error({"help", "tarce"}, "nnwalk help: unknown command 'tarce' (expected nnwalk help trace, draw, quiz or check)");
    expect_nnwalk_error({"help", "trace", "more"}, "nnwalk help: unknown command 'more' (expected nnwalk help trace, draw, quiz or check)");
}

}  // TEST_SUITE
