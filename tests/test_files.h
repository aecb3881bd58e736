// Files the tests write: one folder for this test process (parallel runs do not collide), removed at exit.
#pragma once

#include <string>

// The path of `name` in the test folder (the folder is made on first use).
std::string test_path(const std::string& name);

// Writes `bytes` to the file `name` in the test folder; returns its path.
std::string test_file(const std::string& name, const std::string& bytes);
