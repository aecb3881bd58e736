#include "classroom/marker.h"

#include "classroom/explanation.h"
#include "classroom/questions.h"
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

std::string value_label(const std::string& key, std::size_t step, std::size_t steps) {
    return steps > 1 ? key + " (step " + std::to_string(step) + ")" : key;
}

// What marking a step needs from the step before it: the student's answers there and their marks.
struct StepBefore {
    const Answers* answers = nullptr;            // none for the first step
    const std::map<Key, Mark>* marks = nullptr;
    std::size_t step = 0;                         // its number, from 1
};

// The key of the value step s − 1 computed for a weight or bias that step s carries: new_w or new_b.
static Key updated_key(const Key& k) {
    Key updated = k;
    updated.name = k.name == QuantityName::w ? QuantityName::new_w : QuantityName::new_b;
    return updated;
}

// The student's own answer for `operand`: their answer to it when it is computed, their new_w or new_b of the
// step before when it is carried from there, or none.
static const Answer* own_answer(const Quantity& operand, const Answers& answers, const StepBefore& before) {
    const Answers* source = is_computed(operand.rule) ? &answers : operand.rule == Rule::carried ? before.answers : nullptr;
    if (source == nullptr) return nullptr;
    const auto answer = source->find(is_computed(operand.rule) ? operand.key : updated_key(operand.key));
    return answer == source->end() ? nullptr : &answer->second;
}

// The operands of q as the student had them: their own answer where they gave one (own_answer), the
// problem's (rounded) value otherwise.
static Workings workings_of(const Record& rounded, const Quantity& q, const Answers& answers, const StepBefore& before, int decimals) {
    return map<Worked>(q.operands, [&](std::size_t k) {
        const Quantity& operand = rounded[k];
        const Answer* own = own_answer(operand, answers, before);
        const bool computed = is_computed(operand.rule) || operand.rule == Rule::carried;
        Worked worked;
        worked.index = k;
        worked.yours = own != nullptr;
        worked.value = own ? own->value : operand.value;
        worked.text = own ? own->text : computed ? fixed(operand.value, decimals) : plain(operand.value);
        return worked;
    });
}

// The student's earlier answers among q's operands that were not marked ✓ ("z[1][1]", or "new_w[1][1][1]
// (step 1)" for a weight carried from the step before).
static std::vector<std::string> untrue_operands(const Record& rounded, const Quantity& q, const std::map<Key, Mark>& marks,
                                                const StepBefore& before, std::size_t steps) {
    std::vector<std::string> keys;
    for_each_operand(q.operands, [&](Field, std::size_t k) {
        const Quantity& operand = rounded[k];
        const bool carried = operand.rule == Rule::carried && before.marks != nullptr;
        const std::map<Key, Mark>& where = carried ? *before.marks : marks;
        const Key key = carried ? updated_key(operand.key) : operand.key;
        const auto mark = where.find(key);
        if (mark != where.end() && mark->second != Mark::correct && mark->second != Mark::missing) {
            keys.push_back(carried ? value_label(text(key), before.step, steps) : text(key));
        }
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
        const MarkedValue& earlier = marking.values[first.first->second];
        m.mark = Mark::consistent;
        m.same_slip_as = value_label(earlier.key, earlier.step, marking.steps);
        m.explanation.clear();
        repeated[first.first->second].push_back(value_label(m.key, m.step, marking.steps));
    }
    for (const auto& [v, keys] : repeated) {
        std::string list;
        for (std::size_t k = 0; k < keys.size(); ++k) list += (k == 0 ? "" : k + 1 == keys.size() ? " and " : ", ") + keys[k];
        marking.values[v].explanation += " (the same slip again in " + list + ")";
    }
}

// Marks the values `asked` of one step (see mark_answers), appending them to `marking`; `marks` receives
// each value's mark by key.
static void mark_step(const Record& rounded, const Record& full, const std::vector<std::size_t>& asked, const Answers& answers,
                      const Tolerance& tolerance, const StepBefore& before, std::size_t step, std::map<Key, Mark>& marks,
                      Marking& marking) {
    for (std::size_t k : asked) {
        const Quantity& q = rounded[k];
        MarkedValue marked;
        marked.key = text(q.key);
        marked.step = step;
        marked.truth = q.value;
        const auto answer = answers.find(q.key);
        if (answer == answers.end()) {
            marks[q.key] = Mark::missing;
            marking.values.push_back(marked);
            continue;
        }
        marked.answer = &answer->second;
        const double yours = answer->second.value;
        const Workings workings = workings_of(rounded, q, answers, before, tolerance.decimals);
        // From the true earlier values, and from the student's own, rounding any intermediate on the way.
        const Reach from_truth = reach_from(q, rounded.values(q.operands), tolerance.decimals);
        marked.reach = reach_from(q, map<double>(workings, [](const Worked& w) { return w.value; }), tolerance.decimals);
        if (tolerance.matches(yours, q.value) || tolerance.matches(yours, full[k].value) || tolerance.reaches(yours, from_truth)) {
            marked.mark = Mark::correct;
        } else if (tolerance.matches(yours, worked_value(q, workings)) || tolerance.reaches(yours, marked.reach)) {
            // Right from the student's own numbers: ~ when some of them were not right, ✓ when they all were.
            marked.follows_from = untrue_operands(rounded, q, marks, before, marking.steps);
            marked.mark = marked.follows_from.empty() ? Mark::correct : Mark::consistent;
        } else {
            marked.mark = Mark::wrong;
            marked.slip = recognised_slip(q, workings, yours, tolerance);
            marked.explanation = explain_mistake(rounded, q, workings, answer->second, tolerance, marked.reach, marked.slip);
            if (marking.steps > 1) marked.explanation = "step " + std::to_string(step) + ", " + marked.explanation;
        }
        marks[q.key] = marked.mark;
        marking.values.push_back(marked);
    }
}

Marking mark_answers(const Record& rounded, const Record& full, const std::vector<std::size_t>& asked,
                     const Answers& answers, const Tolerance& tolerance) {
    Marking marking;
    std::map<Key, Mark> marks;
    mark_step(rounded, full, asked, answers, tolerance, StepBefore{}, 1, marks, marking);
    count_repeated_slips_once(marking);
    return marking;
}

Marking mark_steps(const std::vector<Record>& rounded, const std::vector<Record>& full, const std::vector<Answers>& answers,
                   const Tolerance& tolerance) {
    Marking marking;
    marking.steps = rounded.size();
    std::vector<std::map<Key, Mark>> marks(rounded.size());
    for (std::size_t s = 0; s < rounded.size(); ++s) {
        const StepBefore before = s == 0 ? StepBefore{} : StepBefore{&answers.at(s - 1), &marks[s - 1], s};
        mark_step(rounded[s], full.at(s), asked_quantities(rounded[s]), answers.at(s), tolerance, before, s + 1, marks[s], marking);
    }
    count_repeated_slips_once(marking);
    return marking;
}
