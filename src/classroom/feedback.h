// Prints a marked answer sheet: a table of ✓ ~ ✗ – marks, the mistakes explained, a score. Text for the
// terminal, Markdown for a feedback sheet to hand back. Not the marking (see marker.h).
#pragma once

#include "classroom/marker.h"

#include <ostream>
#include <string>

// What the printers need besides the marks: the files' names and the tolerance used.
struct FeedbackHeading {
    std::string problem_file;   // the .net file as the user named it
    std::string answers_file;   // the answer sheet as the user named it
    Tolerance tolerance;        // decimals asked for and the tolerance
};

// "score 38/40: 30 ✓ correct, 8 ~ consistent, 1 ✗ wrong, 1 – missing" (the last line of the text form).
std::string score_line(const Marking& marking);

// Text: a heading, one row per value (mark, key, yours, true value, note), the mistakes, the score last.
void print_feedback_text(std::ostream& out, const FeedbackHeading& heading, const Marking& marking);

// Markdown: the same as a table, with the mistakes as a list.
void print_feedback_markdown(std::ostream& out, const FeedbackHeading& heading, const Marking& marking);
