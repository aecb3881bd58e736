// Prints a marked answer sheet: a table of ✓ ~ ✗ – marks, the mistakes explained, a score. Text for the
// terminal, Markdown for a feedback sheet to hand back. Not the marking (see marker.h).
#pragma once

#include "classroom/marker.h"

#include <ostream>
#include <string>
#include <vector>

// What the printers need besides the marks: the files' names and the tolerance used.
struct FeedbackHeading {
    std::string problem_file;   // the .net file as the user named it
    std::string answers_file;   // the answer sheet as the user named it
    Tolerance tolerance;        // decimals asked for and the tolerance
    std::vector<UnreadableLine> unreadable;  // the sheet's lines that could not be read (listed under the table)
};

// "score 38/40: 30 ✓ correct, 8 ~ consistent, 1 ✗ wrong, 1 – missing" (the last line of the text form).
std::string score_line(const Marking& marking);

// Text: a heading, one row per value (mark, key, yours, true value, note), the unreadable lines, the mistakes,
// the score last. A value whose line could not be read is – with the note "unreadable: line N".
void print_feedback_text(std::ostream& out, const FeedbackHeading& heading, const Marking& marking);

// Markdown: the same as a table, with the unreadable lines and the mistakes as lists.
void print_feedback_markdown(std::ostream& out, const FeedbackHeading& heading, const Marking& marking);
