#include "classroom/marker.h"

#include "classroom/explanation.h"
#include "core/reach.h"
#include "core/number_format.h"

#include <map>

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

// The student's earlier answers among q's operands that were not marked ✓ ("z[1][1]").
static std::vector<std::string> untrue_operands(const Record& rounded, const Quantity& q, const std::map<Key, Mark>& marks) {
    std::vector<std::string> keys;
    for_each_operand(q.operands, [&](Field, std::size_t k) {
        const auto mark = marks.find(rounded[k].key);
        if (mark != marks.end() && mark->second != Mark::correct && mark->second != Mark::missing) keys.push_back(text(rounded[k].key));
    });
    return keys;
}

// Every answer a careful rounder reaches by q's formula from these operand values (see core/reach.h).
static Reach reach_from(const Quantity& q, const Operands<double>& values, int decimals) {
    return rule_entry(q.rule).reach(map<Reach>(values, [&](double x) { return Reach::of(x, decimals); }), q.activation);
}

// A slip repeated is one slip: of the wrong values with the same kind of slip, the first stays ✗ and says
// where the slip was repeated; the others become ~, "the same slip as" the first.
static void count_repeated_slips_once(Marking& marking) {
    std::map<std::string, std::size_t> first_with;  // slip kind → the first value it explains
    std::map<std::size_t, std::vector<std::string>> repeated;
    for (std::size_t v = 0; v < marking.values.size(); ++v) {
        MarkedValue& m = marking.values[v];
        if (m.mark != Mark::wrong || m.slip.empty()) continue;
        const auto first = first_with.emplace(slip_kind(m.slip), v);
        if (first.second) continue;
        m.mark = Mark::consistent;
        m.same_slip_as = marking.values[first.first->second].key;
        m.explanation.clear();
        repeated[first.first->second].push_back(m.key);
    }
    for (const auto& [v, keys] : repeated) {
        std::string list;
        for (std::size_t k = 0; k < keys.size(); ++k) list += (k == 0 ? "" : k + 1 == keys.size() ? " and " : ", ") + keys[k];
        marking.values[v].explanation += " (the same slip again in " + list + ")";
    }
}

Marking mark_answers(const Record& rounded, const Record& full, const std::vector<std::size_t>& asked,
                     const Answers& answers, const Tolerance& tolerance) {
    Marking marking;
    std::map<Key, Mark> marks;  // the marks so far
    for (std::size_t k : asked) {
        const Quantity& q = rounded[k];
        MarkedValue marked;
        marked.key = text(q.key);
        marked.truth = q.value;
        const auto answer = answers.find(q.key);
        if (answer == answers.end()) {
            marks[q.key] = Mark::missing;
            marking.values.push_back(marked);
            continue;
        }
        marked.answer = &answer->second;
        const double yours = answer->second.value;
        const Workings workings = workings_of(rounded, q, answers, tolerance.decimals);
        // From the true earlier values, and from the student's own, rounding any intermediate on the way.
        const Reach from_truth = reach_from(q, rounded.values(q.operands), tolerance.decimals);
        marked.reach = reach_from(q, map<double>(workings, [](const Worked& w) { return w.value; }), tolerance.decimals);
        if (tolerance.matches(yours, q.value) || tolerance.matches(yours, full[k].value) || tolerance.reaches(yours, from_truth)) {
            marked.mark = Mark::correct;
        } else if (tolerance.matches(yours, worked_value(q, workings)) || tolerance.reaches(yours, marked.reach)) {
            // Right from the student's own numbers: ~ when some of them were not right, ✓ when they all were.
            marked.follows_from = untrue_operands(rounded, q, marks);
            marked.mark = marked.follows_from.empty() ? Mark::correct : Mark::consistent;
        } else {
            marked.mark = Mark::wrong;
            marked.slip = recognised_slip(q, workings, yours, tolerance);
            marked.explanation = explain_mistake(rounded, q, workings, answer->second, tolerance, marked.reach, marked.slip);
        }
        marks[q.key] = marked.mark;
        marking.values.push_back(marked);
    }
    count_repeated_slips_once(marking);
    return marking;
}
