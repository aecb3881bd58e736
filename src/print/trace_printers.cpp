#include "print/trace_printers.h"

#include "print/formula_text.h"
#include "core/number_format.h"

Stage stage_of(Rule rule) {
    switch (rule) {
        case Rule::squared_error:
        case Rule::cross_entropy: return Stage::error;
        case Rule::output_delta:
        case Rule::softmax_delta:
        case Rule::hidden_delta: return Stage::backward;
        case Rule::weight_change:
        case Rule::bias_change:
        case Rule::updated: return Stage::update;
        default: return Stage::forward;
    }
}

std::string stage_title(Stage stage) {
    switch (stage) {
        case Stage::forward: return "forward pass";
        case Stage::error: return "error";
        case Stage::backward: return "backward pass";
        case Stage::update: return "update";
    }
    return "";
}

std::vector<const Quantity*> computed_in(const Record& record, Stage stage) {
    std::vector<const Quantity*> found;
    for (const Quantity& q : record.quantities()) {
        if (is_computed(q.rule) && stage_of(q.rule) == stage) found.push_back(&q);
    }
    return found;
}

static const Stage stages[] = {Stage::forward, Stage::error, Stage::backward, Stage::update};

// "(1, 1)": the values of the recorded keys that start with `prefix` ("a[0]" for the inputs, "t[" for targets).
static std::string listed(const Record& record, const std::string& prefix) {
    std::string list;
    for (const Quantity& q : record.quantities()) {
        if (q.key.rfind(prefix, 0) == 0) list += (list.empty() ? "" : ", ") + plain(q.value);
    }
    return "(" + list + ")";
}

// "step 1: inputs (1, 1), targets (0), rate η = 0.5" (targets and rate only when the step trains).
static std::string step_heading(const Record& record, std::size_t step) {
    std::string heading = "step " + std::to_string(step) + ": inputs " + listed(record, "a[0]");
    if (record.has("rate")) heading += ", targets " + listed(record, "t[") + ", rate η = " + plain(record.value("rate"));
    return heading;
}

void print_trace_text(std::ostream& out, const TraceHeading& heading, const std::vector<Record>& steps) {
    out << "nnwalk trace " << heading.file << ": values shown to " << heading.decimals << " decimals"
        << (heading.rounded ? ", rounded as they were computed (--round)" : " (computed in full precision)") << "\n";
    for (std::size_t s = 0; s < steps.size(); ++s) {
        const Record& record = steps[s];
        out << "\n" << step_heading(record, s + 1) << "\n";
        for (Stage stage : stages) {
            const std::vector<const Quantity*> quantities = computed_in(record, stage);
            if (!quantities.empty()) out << stage_title(stage) << "\n";
            for (const Quantity* q : quantities) out << "  " << value_line(record, q->key, heading.decimals) << "\n";
        }
    }
}

void print_trace_tsv(std::ostream& out, const TraceHeading& heading, const std::vector<Record>& steps) {
    for (std::size_t s = 0; s < steps.size(); ++s) {
        out << "step\t" << s + 1 << "\n";
        for (const Quantity& q : steps[s].quantities()) {
            if (q.rule == Rule::given) continue;
            out << q.key << "\t" << (heading.rounded && is_computed(q.rule) ? fixed(q.value, heading.decimals) : exact(q.value)) << "\n";
        }
    }
}

void print_trace_markdown(std::ostream& out, const TraceHeading& heading, const std::vector<Record>& steps) {
    out << "# nnwalk trace " << heading.file << "\n\nValues shown to " << heading.decimals << " decimals"
        << (heading.rounded ? ", rounded as they were computed." : ", computed in full precision.") << "\n";
    for (std::size_t s = 0; s < steps.size(); ++s) {
        const Record& record = steps[s];
        out << "\n## " << step_heading(record, s + 1) << "\n";
        for (Stage stage : stages) {
            const std::vector<const Quantity*> quantities = computed_in(record, stage);
            if (quantities.empty()) continue;
            out << "\n### " << stage_title(stage) << "\n\n| quantity | formula | numbers | value |\n| --- | --- | --- | ---: |\n";
            for (const Quantity* q : quantities) {
                out << "| `" << q->key << "` | " << symbolic_formula(*q) << " | "
                    << substituted_formula(*q, operand_texts(record, *q, heading.decimals)) << " | "
                    << fixed(q->value, heading.decimals) << " |\n";
            }
        }
    }
}
