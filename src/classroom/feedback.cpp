#include "classroom/feedback.h"

#include "core/number_format.h"
#include "print/table.h"

#include <algorithm>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

std::string score_line(const Marking& marking) {
    return "score " + std::to_string(marking.score()) + "/" + std::to_string(marking.values.size()) + ": " +
           std::to_string(marking.count(Mark::correct)) + " ✓ correct, " + std::to_string(marking.count(Mark::consistent)) +
           " ~ consistent, " + std::to_string(marking.count(Mark::wrong)) + " ✗ wrong, " +
           std::to_string(marking.count(Mark::missing)) + " – missing";
}

// x in decimals without an exponent or trailing zeros: 0.00005 rather than 5e-05.
static std::string decimal(double x) {
    std::string text = fixed(x, 12);
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
    return text;
}

// "marked to 4 decimals (tolerance 0.00005)".
static std::string marking_rule(const Tolerance& tolerance) {
    return "marked to " + std::to_string(tolerance.decimals) + " decimals (tolerance " + decimal(tolerance.width) + ")";
}

// The line of the sheet that meant to answer `v` but could not be read, or 0.
static int unreadable_line_of(const FeedbackHeading& heading, const MarkedValue& v) {
    for (const UnreadableLine& line : heading.unreadable) {
        if (line.step == v.step && line.key == v.key) return line.line;
    }
    return 0;
}

// "FILE:LINE: reason" of an unreadable line.
static std::string unreadable_message(const FeedbackHeading& heading, const UnreadableLine& line) {
    return heading.answers_file + ":" + std::to_string(line.line) + ": " + line.reason;
}

// The note of a row: for ~ the earlier answers it follows from, for ✗ and – a word.
static std::string note(const FeedbackHeading& heading, const MarkedValue& v) {
    switch (v.mark) {
        case Mark::correct: return "";
        case Mark::consistent: {
            if (!v.same_slip_as.empty()) return "the same slip as " + v.same_slip_as;
            std::string keys;
            for (const std::string& key : v.follows_from) keys += (keys.empty() ? "" : ", ") + key;
            return "consistent with your " + keys;
        }
        case Mark::wrong: return "wrong: see below";
        case Mark::missing: {
            const int line = unreadable_line_of(heading, v);
            return line > 0 ? "unreadable: line " + std::to_string(line) : "missing";
        }
    }
    return "";
}

void print_feedback_text(std::ostream& out, const FeedbackHeading& heading, const Marking& marking) {
    out << "nnwalk check " << heading.problem_file << " " << heading.answers_file << ": " << marking.values.size() << " values"
        << (marking.steps > 1 ? " of " + std::to_string(marking.steps) + " training steps" : "") << ", "
        << marking_rule(heading.tolerance) << "\n\n";
    std::vector<std::vector<std::string>> rows;
    for (const MarkedValue& v : marking.values) {
        rows.push_back({mark_symbol(v.mark), value_label(v.key, v.step, marking.steps), v.answer ? v.answer->text : "",
                        fixed(v.truth, heading.tolerance.decimals), note(heading, v)});
    }
    const std::vector<Column> columns = {{"", true, 1, ""}, {"value", true}, {"yours"}, {"true"}, {"", true}};
    out << table_text(columns, rows, {"", false});
    if (!heading.unreadable.empty()) {
        out << "\nunreadable lines (their values count as not answered)\n";
        for (const UnreadableLine& line : heading.unreadable) out << "  " << unreadable_message(heading, line) << "\n";
    }
    if (marking.count(Mark::wrong) > 0) {
        out << "\nmistakes\n";
        for (const MarkedValue& v : marking.values) {
            if (v.mark == Mark::wrong) out << "  " << v.explanation << "\n";
        }
    }
    out << "\n" << score_line(marking) << "\n";
}

void print_feedback_markdown(std::ostream& out, const FeedbackHeading& heading, const Marking& marking) {
    out << "# Feedback on " << heading.answers_file << "\n\n"
        << "Problem `" << heading.problem_file << "`, " << marking_rule(heading.tolerance) << ". "
        << "✓ correct, ~ consistent with your earlier answers (full credit), ✗ wrong, – missing.\n\n"
        << "**Score: " << marking.score() << "/" << marking.values.size() << "** (" << marking.count(Mark::correct)
        << " ✓, " << marking.count(Mark::consistent) << " ~, " << marking.count(Mark::wrong) << " ✗, "
        << marking.count(Mark::missing) << " –)\n\n"
        << "| | value | yours | true | note |\n| :---: | --- | ---: | ---: | --- |\n";
    for (const MarkedValue& v : marking.values) {
        out << "| " << mark_symbol(v.mark) << " | `" << value_label(v.key, v.step, marking.steps) << "` | " << (v.answer ? v.answer->text : "") << " | "
            << fixed(v.truth, heading.tolerance.decimals) << " | " << note(heading, v) << " |\n";
    }
    if (!heading.unreadable.empty()) {
        out << "\n## Unreadable lines\n\nTheir values count as not answered.\n\n";
        for (const UnreadableLine& line : heading.unreadable) out << "- " << unreadable_message(heading, line) << "\n";
    }
    if (marking.count(Mark::wrong) > 0) {
        out << "\n## Mistakes\n\n";
        for (const MarkedValue& v : marking.values) {
            if (v.mark == Mark::wrong) out << "- " << v.explanation << "\n";
        }
    }
}
