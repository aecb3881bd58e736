#include "run_program.h"

#include "cli/commands.h"

#include <doctest/doctest.h>

#include <sstream>

#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

// Opens a fresh temporary file for one output stream; its name is removed at once, the file lives
// on as long as the descriptor is open.
static int temporary_file() {
    char name[] = "/tmp/nnwalk_run_XXXXXX";
    const int fd = mkstemp(name);
    if (fd >= 0) unlink(name);
    return fd;
}

// Reads everything the child wrote into `fd` (from the start).
static std::string read_all(int fd) {
    std::string text;
    lseek(fd, 0, SEEK_SET);
    char buffer[4096];
    ssize_t count = 0;
    while ((count = read(fd, buffer, sizeof buffer)) > 0) text.append(buffer, static_cast<std::size_t>(count));
    return text;
}

ProgramResult run_program(const std::string& program, const std::vector<std::string>& arguments) {
    return run_program_in("", program, arguments);
}

ProgramResult run_program_in(const std::string& folder, const std::string& program, const std::vector<std::string>& arguments) {
    ProgramResult result;
    const int out_fd = temporary_file();
    const int err_fd = temporary_file();
    if (out_fd < 0 || err_fd < 0) return result;

    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str()));
    for (const std::string& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
    argv.push_back(nullptr);

    std::fflush(nullptr);  // so the child does not repeat our buffered output
    const pid_t pid = fork();
    if (pid == 0) {
        const int null_fd = open("/dev/null", O_RDONLY);
        dup2(null_fd, 0);
        dup2(out_fd, 1);
        dup2(err_fd, 2);
        if (!folder.empty() && chdir(folder.c_str()) != 0) _exit(127);
        execv(program.c_str(), argv.data());
        _exit(127);  // exec failed: the same code a shell uses for "command not found"
    }
    int status = 0;
    if (pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
    result.out = read_all(out_fd);
    result.err = read_all(err_fd);
    close(out_fd);
    close(err_fd);
    return result;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

ProgramResult nnwalk_here(const std::vector<std::string>& arguments) {
    std::ostringstream out, err;
    ProgramResult result;
    result.exit_code = run_nnwalk(arguments, out, err);
    result.out = out.str();
    result.err = err.str();
    return result;
}

void expect_nnwalk_error(const std::vector<std::string>& arguments, const std::string& message) {
    const ProgramResult run = nnwalk_here(arguments);
    CAPTURE(run.err);
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK(run.err == message + "\n");
}

void expect_program_error(const std::string& program, const std::vector<std::string>& arguments, const std::string& message) {
    const ProgramResult run = run_program(program, arguments);
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK(run.err == message + "\n");
}
