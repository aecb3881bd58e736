// Files the tests write: one folder for this test process (parallel runs do not collide), removed at exit.
#pragma once

#include <string>

// The test folder's path (made on first use).
std::string test_folder();

// The path of `name` in the test folder.
std::string test_path(const std::string& name);

// Writes `bytes` to the file `name` in the test folder; returns its path.
std::string test_file(const std::string& name, const std::string& bytes);

// `utf8` (ASCII, δ, Δ, −, ü, a character beyond U+FFFF …) in UTF-16, as a spreadsheet's "Unicode text" saves
// it, without a byte-order mark: each code point decoded from its UTF-8 bytes by hand, then written as one
// 16-bit unit, or two (a surrogate pair) above U+FFFF, low byte first unless `big_endian`.
std::string utf16(const std::string& utf8, bool big_endian);
