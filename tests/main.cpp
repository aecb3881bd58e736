// The doctest runner for the whole suite: `build/tests/nnwalk_tests -ts=lesson03` runs one suite.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
