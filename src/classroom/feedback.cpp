#include "classroom/feedback.h"

#include "core/number_format.h"

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

// The note of a row: for ~ the earlier answers it follows from, for ✗ and – a word.
static std::string note(const MarkedValue& v) {
    switch (v.mark) {
        case Mark::correct: return "";
        case Mark::consistent: {
            std::string keys;
            for (const std::string& key : v.follows_from) keys += (keys.empty() ? "" : ", ") + key;
            return "consistent with your " + keys;
        }
        case Mark::wrong: return "wrong: see below";
        case Mark::missing: return "missing";
    }
    return "";
}

// `text` padded with spaces to `width` characters, on the right (left-aligned) or on the left (right-aligned).
// The texts padded here are ASCII, so characters are bytes.
static std::string padded(const std::string& text, std::size_t width, bool right_aligned = false) {
    const std::string spaces(width > text.size() ? width - text.size() : 0, ' ');
    return right_aligned ? spaces + text : text + spaces;
}

void print_feedback_text(std::ostream& out, const FeedbackHeading& heading, const Marking& marking) {
    out << "nnwalk check " << heading.problem_file << " " << heading.answers_file << ": " << marking.values.size()
        << " values, " << marking_rule(heading.tolerance) << "\n\n";
    std::size_t key_width = 5, yours_width = 5, true_width = 4;
    for (const MarkedValue& v : marking.values) {
        key_width = std::max(key_width, v.key.size());
        if (v.answer) yours_width = std::max(yours_width, v.answer->text.size());
        true_width = std::max(true_width, fixed(v.truth, heading.tolerance.decimals).size());
    }
    out << "   " << padded("value", key_width) << "  " << padded("yours", yours_width, true) << "  "
        << padded("true", true_width, true) << "\n";
    for (const MarkedValue& v : marking.values) {
        const std::string row = mark_symbol(v.mark) + "  " + padded(v.key, key_width) + "  " +
                                padded(v.answer ? v.answer->text : "", yours_width, true) + "  " +
                                padded(fixed(v.truth, heading.tolerance.decimals), true_width, true) + "  " + note(v);
        out << row.substr(0, row.find_last_not_of(' ') + 1) << "\n";
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
        out << "| " << mark_symbol(v.mark) << " | `" << v.key << "` | " << (v.answer ? v.answer->text : "") << " | "
            << fixed(v.truth, heading.tolerance.decimals) << " | " << note(v) << " |\n";
    }
    if (marking.count(Mark::wrong) > 0) {
        out << "\n## Mistakes\n\n";
        for (const MarkedValue& v : marking.values) {
            if (v.mark == Mark::wrong) out << "- " << v.explanation << "\n";
        }
    }
}
