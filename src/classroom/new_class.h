// The files of a new class, made in memory from the roster and the settings (the layout: class_folder.h).
// Nothing is written here: `nnwalk class new` writes them all, or none.
#pragma once

#include "classroom/class_folder.h"

#include <string>
#include <vector>

// One file of a class: where it goes inside the class folder, and its bytes.
struct ClassFile {
    std::string path;   // relative to the class folder, with '/' ("students/s01/problem.net")
    std::string bytes;  // the whole file
};

// Every file of a class with `settings` (its secret included) for `roster`, read from the roster file whose
// bytes are `roster_bytes` (copied as they are): the teacher's settings, roster, problems and keys, and each
// student's problem, worksheet and blank answer sheet, in that order.
std::vector<ClassFile> new_class_files(const ClassSettings& settings, const std::vector<Student>& roster,
                                       const std::string& roster_bytes);
