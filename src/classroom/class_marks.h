// Marking a whole class: every student's sheet against their own problem (and, to catch a swapped sheet,
// against everyone else's), the students who handed nothing in, and the class's marks value by value.
// Not the printing (see gradebook.h) and not the command line (cli/class_mark_command.cpp).
#pragma once

#include "classroom/class_folder.h"
#include "classroom/marker.h"
#include "classroom/tolerance.h"
#include "io/answer_sheet.h"
#include "scalar/record.h"

#include <cstddef>
#include <string>
#include <vector>

// One student's problem, as it is marked: the records of each step asked, rounded as on a calculator to
// the class's decimals and in full precision (see mark_answers).
struct ClassProblem {
    std::string file;                     // DIR/teacher/problems/ID.net, to name it in messages
    std::vector<scalar::Record> rounded;  // one per step
    std::vector<scalar::Record> full;     // the same in full precision
};

// The sheets handed in: for each roster student the file found, and the files that belong to nobody.
struct Submissions {
    std::string dir;                     // SUBMISSIONS as the user named it
    std::vector<std::string> sheets;     // sheets[r]: the sheet of roster student r (DIR/ID.tsv or .csv), or ""
    std::vector<std::string> strays;     // "FILE: reason" of each file that is no roster student's sheet
};

// The sheets in the folder `dir` for `roster`: a student's is ID.tsv or ID.csv (the extension in any case;
// the id as in the roster, or differing only in case). Hidden files (".DS_Store") are skipped. A file of an
// id not on the roster, a file that is not .tsv or .csv, and a second sheet of the same student are strays.
// Throws InputError(dir, 0, …) when `dir` is not a folder that can be listed.
Submissions find_submissions(const std::string& dir, const std::vector<Student>& roster);

// What became of one student's sheet.
enum class SheetState {
    marked,      // read and marked (some lines may have been unreadable)
    missing,     // nothing handed in
    unreadable,  // handed in, but it cannot be read at all (binary data, no answers, …)
};

// One roster student's marks.
struct StudentMarks {
    Student student;
    SheetState state = SheetState::missing;
    std::string file;             // the sheet, or "" when none was handed in
    std::string error;            // unreadable: "FILE:LINE: what is wrong (what was expected)"
    AnswerSheet sheet;            // what was read (the marks point into its answers: keep the two together)
    Marking marking;              // marked: the marks of every step, in order (mark_steps)
    std::string fits_better;      // the id of another student whose problem the sheet fits better, or ""
    std::size_t fits_better_score = 0;  // the sheet's score against that problem

    std::size_t score() const;    // values that earn credit, over all steps
    std::size_t asked() const;    // values asked, over all steps
    // The mark of value `v` (of marking.values) as a word: correct, consistent, wrong, missing, or unreadable
    // (not answered because its line could not be read); "" when the sheet was not marked.
    std::string mark_word(std::size_t v) const;
};

// Marks the sheet `file` of `roster[own]` against `problems[own]` (with follow-through from step to step), and against every other problem to see
// whether it fits one better: more values earn credit there than against its own problem, and at least half
// of the values the sheet answers (so a sheet of the forward pass alone is caught too). It is marked in full
// only against the problems whose true values it holds at least as often as its own problem's (a swapped sheet
// holds many of its owner's), so that a class of hundreds is marked in seconds. A sheet that cannot be read at all is `unreadable` with its one-line error, never an exception.
StudentMarks mark_student(const std::vector<Student>& roster, std::size_t own, const std::string& file,
                          const std::vector<ClassProblem>& problems, const Tolerance& tolerance);

// The values of a class problem as the gradebook's columns name them (value_label, marker.h): "z[1][1]" for
// one step, and "z[1][1] (step 1)", "z[1][1] (step 2)" … for more.
std::vector<std::string> value_columns(const ClassProblem& problem);

// How the class did on one value, over the sheets in_summary.
struct ValueSummary {
    std::string column;            // the value, as value_columns names it
    std::size_t correct = 0, consistent = 0, wrong = 0, missing = 0;  // missing counts unreadable values too
    std::string slip;              // the most common named slip, numbers shown as "…" ("the bias b = … is missing")
    std::size_t slip_count = 0;    // on how many sheets it was made (0: no slip named)
};

// Whether a student's marks count in the class's summary: a sheet marked that does not fit another student's
// problem better (a swapped sheet says nothing of how its own problem went).
bool in_summary(const StudentMarks& marks);

// Each value's summary over the sheets in_summary, in the order of the columns. A slip counts where it was
// made and where it was repeated (a ~ "the same slip as"); slips are the same when slip_kind (explanation.h)
// says so.
std::vector<ValueSummary> summarize_values(const std::vector<StudentMarks>& students, const std::vector<std::string>& columns);

// A slip with the problem's own numbers (each written right after "= ") shown as "…": "the rate η = 0.5 is
// missing" is "the rate η = … is missing"; the numbers of a formula stay ("f′ = a(1 − a)").
std::string slip_pattern(const std::string& slip);
