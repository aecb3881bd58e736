// Tests of the test helper that runs a program: stdout, stderr and exit code come back separately.
#include <doctest/doctest.h>

#include "run_program.h"

TEST_SUITE("run_program") {
    TEST_CASE("stdout, stderr and the exit code are kept apart") {
        const ProgramResult result = run_program("/bin/sh", {"-c", "echo out; echo err >&2; exit 3"});
        CHECK(result.out == "out\n");
        CHECK(result.err == "err\n");
        CHECK(result.exit_code == 3);
    }

    TEST_CASE("a missing program reports exit code 127, like a shell") {
        const ProgramResult result = run_program("/no/such/program");
        CHECK(result.out.empty());
        CHECK(result.exit_code == 127);
    }

    TEST_CASE("contains finds exact parts only") {
        CHECK(contains("z[1][2] = 1.3000", "= 1.3000"));
        CHECK_FALSE(contains("z[1][2] = 1.3000", "1.30001"));
    }
}
