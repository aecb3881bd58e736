// Prints the records of `nnwalk trace` three ways: text for reading, TSV for scripts, Markdown for worksheets.
#pragma once

#include "scalar/record.h"

#include <ostream>
#include <string>
#include <vector>

// What the printers need besides the records: the file's name and how many decimals to show.
struct TraceHeading {
    std::string file;   // the .net file as the user named it
    int decimals = 4;   // decimals shown for computed values (the rounding, when the records are rounded)
    bool rounded = false;  // whether the values were rounded as they were computed (--round)
};

// Text: each step grouped by stage, each value as "key = formula = numbers = value".
void print_trace_text(std::ostream& out, const TraceHeading& heading, const std::vector<scalar::Record>& steps);

// TSV: "step<TAB>k" opens each step, then "key<TAB>value" for the inputs and every computed value (the
// shortest text that reads back as the same double, or exactly the rounded decimals with --round).
void print_trace_tsv(std::ostream& out, const TraceHeading& heading, const std::vector<scalar::Record>& steps);

// Markdown: one table per stage and step (quantity | formula | numbers | value).
void print_trace_markdown(std::ostream& out, const TraceHeading& heading, const std::vector<scalar::Record>& steps);
