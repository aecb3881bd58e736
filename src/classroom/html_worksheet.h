// The printable worksheet of a class problem: one self-contained HTML file (inline CSS and SVG, no scripts,
// nothing fetched) that prints on A4 and Letter. Not the Markdown worksheet of `nnwalk quiz` (worksheet.h).
#pragma once

#include "io/netfile.h"
#include "scalar/record.h"

#include <ostream>
#include <string>
#include <vector>

// Who the worksheet is for, as the roster gives them.
struct WorksheetStudent {
    std::string id;    // the student's id (their folder's name)
    std::string name;  // their name, or "" (the field is then left blank to fill in)
};

// Writes the worksheet of `net` for `student`: name, id and date fields; the network drawn with every given
// number on it (inputs, weights, biases, targets) and the rate; the formulas (from the rule table); and for
// each step of `steps` (the problem's records, whose decimals() are the decimals asked for) the values asked,
// in order, each with its formula, room to work and an empty cell for the answer. Everything taken from data
// is HTML-escaped (figure/svg.h's escaped).
void write_html_worksheet(std::ostream& out, const WorksheetStudent& student, const NetFile& net,
                          const std::vector<scalar::Record>& steps);
