// A class folder, as `nnwalk class new` makes it: the roster, the class settings and secret, one problem per
// student derived from the secret and the student's id, and where each file lives. Not the worksheets (see
// html_worksheet.h) and not the marking (see marker.h).
//
//   DIR/teacher/class.tsv           the settings, `name<TAB>value` lines (write_class_settings)
//   DIR/teacher/roster.csv          the roster as given, byte for byte
//   DIR/teacher/problems/ID.net     each student's problem (the same bytes as DIR/students/ID/problem.net)
//   DIR/teacher/keys/ID.tsv         each student's key: key<TAB>value in worksheet order
//   DIR/students/ID/problem.net     what the student receives: the problem,
//   DIR/students/ID/worksheet.html  the printable worksheet,
//   DIR/students/ID/answers.tsv     the blank answer sheet: every key in order, `key<TAB>` with no value
#pragma once

#include "classroom/quiz.h"

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>
#include <vector>

// One student of the roster.
struct Student {
    std::string id;        // a folder name: letters, digits, '-', '_' and '.' (not "." or "..")
    std::string name;      // as written in the roster (may be empty)
    std::size_t line = 0;  // its line in the roster file, counted from 1
};

// Reads a roster: CSV (',' or ';' or tabs) with a header row naming at least the columns `id` and `name`, in
// any order and any case, more columns allowed; quoted cells, UTF-8 (with or without a byte-order mark) or
// UTF-16 text and any line ends are accepted, blank lines skipped. Throws InputError(file, line, …) for a
// file without a header or students, a header without an id column, an empty, unsafe or repeated id (ids
// that differ only in case count as the same: some file systems do not tell their folders apart), an
// unclosed quote, or bytes that are not text (binary data, or an encoding other than UTF-8 and UTF-16).
std::vector<Student> parse_roster(std::istream& in, const std::string& file);

// The same from the file at `path`; an unreadable file is an InputError too.
std::vector<Student> read_roster(const std::string& path);

// What every problem of a class has in common (DIR/teacher/class.tsv).
struct ClassSettings {
    std::string secret;                          // 32 hex digits: the key every problem is derived from
    std::vector<std::size_t> shape = {2, 2, 1};  // n_0, n_1, …, n_L
    std::vector<scalar::Activation> activations; // f of each layer l = 1..L (L values)
    bool bias = false;                           // whether the neurons have biases
    scalar::Loss loss = scalar::Loss::squared;   // squared-error, or cross-entropy with a softmax output
    std::size_t steps = 1;                       // training steps asked: 1 or 2
    int decimals = quiz_answer_decimals;         // decimals of the answers

    // The settings as `nnwalk quiz` takes them, for the student `id` (the seed from student_seed).
    QuizSettings quiz_for(const std::string& id) const;
};

// A new class secret: 128 bits from std::random_device, as 32 lowercase hex digits.
std::string new_secret();

// The seed of the problem of student `id` in the class whose secret is `secret` (32 hex digits): a keyed
// mix (SplitMix64 rounds over the secret's two halves and the id's bytes). Not cryptographic, but nothing a
// student holds (their problem, their id) gives the secret or another student's seed.
std::uint64_t student_seed(const std::string& secret, const std::string& id);

// Writes the settings as `name<TAB>value` lines: secret, shape (2-2-1), activation (one name per layer,
// joined by ','), bias (yes|no), loss (squared-error|cross-entropy), steps, decimals.
void write_class_settings(std::ostream& out, const ClassSettings& settings);

// Reads them back; throws InputError(file, line, …) for a line that is not `name<TAB>value`, an unknown
// name, a value that is not valid, and InputError(file, 0, …) for a missing name.
ClassSettings parse_class_settings(std::istream& in, const std::string& file);

// A class folder opened for marking.
struct ClassFolder {
    std::string dir;               // DIR as the user named it
    std::vector<Student> roster;   // DIR/teacher/roster.csv
    ClassSettings settings;        // DIR/teacher/class.tsv
};

// Opens the class in `dir`. Throws InputError when it is not a class folder (no DIR/teacher/class.tsv) or
// its settings or roster cannot be read.
ClassFolder open_class(const std::string& dir);

std::string settings_path(const std::string& dir);                    // DIR/teacher/class.tsv
std::string roster_path(const std::string& dir);                      // DIR/teacher/roster.csv
std::string problem_path(const ClassFolder& c, const std::string& id);  // DIR/teacher/problems/ID.net
std::string key_path(const ClassFolder& c, const std::string& id);      // DIR/teacher/keys/ID.tsv
std::string student_folder(const ClassFolder& c, const std::string& id);  // DIR/students/ID
