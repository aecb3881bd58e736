// Files the tests write: one folder for this test process (parallel runs do not collide), removed at exit.
#pragma once

#include <string>

// The test folder's path (made on first use).
std::string test_folder();

// The path of `name` in the test folder.
std::string test_path(const std::string& name);

// Writes `bytes` to the file `name` in the test folder; returns its path.
std::string test_file(const std::string& name, const std::string& bytes);
