#include "classroom/marker.h"

#include "classroom/explanation.h"
#include "core/number_format.h"

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

std::string mark_symbol(Mark mark) {
    switch (mark) {
        case Mark::correct: return "✓";
        case Mark::consistent: return "~";
        case Mark::wrong: return "✗";
        case Mark::missing: return "–";
    }
    return "";
}

std::size_t Marking::count(Mark mark) const {
    std::size_t n = 0;
    for (const MarkedValue& v : values) n += v.mark == mark ? 1 : 0;
    return n;
}

std::size_t Marking::score() const { return count(Mark::correct) + count(Mark::consistent); }

bool Marking::all_right() const { return count(Mark::wrong) == 0; }

// The operands of q as the student had them: their answer where they gave one for a computed operand, the
// problem's (rounded) value otherwise.
static Workings workings_of(const Record& rounded, const Quantity& q, const Answers& answers, int decimals) {
    return map<Worked>(q.operands, [&](std::size_t k) {
        const Quantity& operand = rounded[k];
        const auto answer = answers.find(operand.key);
        Worked worked;
        worked.index = k;
        worked.yours = is_computed(operand.rule) && answer != answers.end();
        worked.value = worked.yours ? answer->second.value : operand.value;
        worked.text = worked.yours ? answer->second.text : is_computed(operand.rule) ? fixed(operand.value, decimals) : plain(operand.value);
        return worked;
    });
}

// The student's earlier answers among q's operands that are not true values themselves ("z[1][1]").
static std::vector<std::string> untrue_operands(const Record& rounded, const Record& full, const Quantity& q,
                                                const Answers& answers, const Tolerance& tolerance) {
    std::vector<std::string> keys;
    for_each_operand(q.operands, [&](Field, std::size_t k) {
        const auto answer = answers.find(rounded[k].key);
        if (answer == answers.end() || !is_computed(rounded[k].rule)) return;
        const double yours = answer->second.value;
        if (!tolerance.matches(yours, rounded[k].value) && !tolerance.matches(yours, full[k].value)) keys.push_back(text(rounded[k].key));
    });
    return keys;
}

Marking mark_answers(const Record& rounded, const Record& full, const std::vector<std::size_t>& asked,
                     const Answers& answers, const Tolerance& tolerance) {
    Marking marking;
    for (std::size_t k : asked) {
        const Quantity& q = rounded[k];
        MarkedValue marked;
        marked.key = text(q.key);
        marked.truth = q.value;
        const auto answer = answers.find(q.key);
        if (answer == answers.end()) {
            marking.values.push_back(marked);
            continue;
        }
        marked.answer = &answer->second;
        const double yours = answer->second.value;
        const Workings workings = workings_of(rounded, q, answers, tolerance.decimals);
        if (tolerance.matches(yours, q.value) || tolerance.matches(yours, full[k].value)) {
            marked.mark = Mark::correct;
        } else if (tolerance.matches(yours, worked_value(q, workings))) {
            // Right from the student's own numbers: ~ when some of them are untrue, ✓ when they are all true
            // (written to the last digit of a full-precision working rather than as rounded along the way).
            marked.follows_from = untrue_operands(rounded, full, q, answers, tolerance);
            marked.mark = marked.follows_from.empty() ? Mark::correct : Mark::consistent;
        } else {
            marked.mark = Mark::wrong;
            marked.explanation = explain_mistake(rounded, q, workings, answer->second, tolerance);
        }
        marking.values.push_back(marked);
    }
    return marking;
}
