// How numbers are written: the shortest exact form, fixed decimals, 17 digits.
#include "core/number_format.h"

#include <doctest/doctest.h>

TEST_SUITE("print") {

TEST_CASE("plain: the shortest form that reads back as exactly the same double") {
    CHECK(plain(0.4) == "0.4");
    CHECK(plain(10) == "10");            // not "1e+01"
    CHECK(plain(-0.5) == "-0.5");
    CHECK(plain(-0.0) == "0");
    CHECK(plain(0.0005) == "0.0005");
    CHECK(plain(1e-7) == "1e-07");       // tiny values keep their exponent
    CHECK(plain(0.1 + 0.2) == "0.30000000000000004");  // 0.1 + 0.2 is not the double nearest 0.3
    CHECK(plain(123456) == "123456");
}

TEST_CASE("fixed: exactly the decimals asked for, and no sign on a value that rounds to zero") {
    CHECK(fixed(0.7310585786, 4) == "0.7311");
    CHECK(fixed(-0.00001, 4) == "0.0000");
    CHECK(fixed(-0.13529, 4) == "-0.1353");
    CHECK(fixed(2, 0) == "2");
    CHECK(fixed(1e20, 4) == "1.0000e+20");
}

TEST_CASE("plain: the shortest text that reads back as the same double; negative numbers in parentheses") {
    CHECK(plain(1.3) == "1.3");
    CHECK(plain(0.4 + 1.0) == "1.4");                  // 0.4 + 1.0 is the double nearest 1.4
    CHECK(plain(0.1 + 0.2) == "0.30000000000000004");  // 0.1 + 0.2 is not the double nearest 0.3
    CHECK(plain(-0.0) == "0");                         // never -0
    CHECK(parenthesized("-0.5") == "(-0.5)");
    CHECK(parenthesized("0.5") == "0.5");
}

TEST_CASE("scientific: one decimal and the exponent, as printf's %.1e writes it") {
    CHECK(scientific(2.34e-11) == "2.3e-11");
    CHECK(scientific(12345) == "1.2e+04");
    CHECK(scientific(0) == "0.0e+00");
}

TEST_CASE("numbers with commas between groups of three digits") {
    CHECK(with_commas(0) == "0");
    CHECK(with_commas(999) == "999");
    CHECK(with_commas(1000) == "1,000");
    CHECK(with_commas(266610) == "266,610");
    CHECK(with_commas(47040000) == "47,040,000");
}

}  // TEST_SUITE
