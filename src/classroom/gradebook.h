// What `nnwalk class mark` writes and prints: the gradebook (CSV, one row per roster student) and the report
// of the class (each student's score, each value's marks, what to look at). Printing only; the marks come
// from class_marks.h.
#pragma once

#include "classroom/class_marks.h"

#include <ostream>
#include <string>
#include <vector>

// The gradebook's first line (without its line end): a UTF-8 byte-order mark (so that a spreadsheet reads
// δ and Δw, and accented names, as UTF-8), then id,name,score,percent,note and one column per value. A file
// whose first line is not exactly this was not written by class mark for this class, and is never overwritten.
std::string gradebook_header(const std::vector<std::string>& columns);

// The gradebook: the header, then one row per student in roster order: id, name, score "k/n", percent (one
// decimal), a note, and each value's mark as a word (correct, consistent, wrong, missing, unreadable). A
// student with no sheet has the score "missing", one whose sheet cannot be read "unreadable" (the note says
// why), and neither has marks. The note also says when a sheet fits another student's problem better, and
// which lines could not be read. Cells with a comma, a quote or spaces around them are quoted.
void write_gradebook(std::ostream& out, const std::vector<std::string>& columns, const std::vector<StudentMarks>& students);

// What the report is about.
struct ClassReport {
    std::string dir;                          // the class folder
    std::string submissions;                  // the folder of the sheets
    std::string gradebook;                    // the gradebook written
    int decimals = 4;                         // the decimals the answers were marked to
    std::vector<std::string> columns;         // the values, as value_columns names them
    std::vector<StudentMarks> students;       // in roster order
    std::vector<std::string> strays;          // "FILE: reason" of each file that is no student's sheet
};

// "fits s13's problem better: 28/28 against 3/28", or "" when the sheet fits its own problem best.
std::string fits_better_note(const StudentMarks& marks);

// The things a teacher should look at, one line each: sheets that cannot be read ("FILE:LINE: reason"),
// lines that cannot be read, sheets that fit another problem better, and files that are no one's sheet.
std::vector<std::string> points_to_look_at(const ClassReport& report);

// Text for the terminal: a heading, the students' scores, the class value by value (correct, consistent,
// wrong, missing and the most common slip, over the sheets marked), then what to look at.
void print_class_report_text(std::ostream& out, const ClassReport& report);

// The same in Markdown: tables and a list.
void print_class_report_markdown(std::ostream& out, const ClassReport& report);
