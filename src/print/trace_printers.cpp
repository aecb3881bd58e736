#include "print/trace_printers.h"

#include "print/formula_text.h"
#include "core/number_format.h"

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

static const Stage stages[] = {Stage::forward, Stage::error, Stage::backward, Stage::update};

// "(1, 1)": the values of the recorded quantities `part` picks (the inputs, the targets).
static std::string listed(const Record& record, bool (*part)(const Key&)) {
    std::string list;
    for (const Quantity& q : record.quantities()) {
        if (part(q.key)) list += (list.empty() ? "" : ", ") + plain(q.value);
    }
    return "(" + list + ")";
}

static bool is_input(const Key& k) { return k.name == QuantityName::a && k.layer == 0; }
static bool is_target(const Key& k) { return k.name == QuantityName::t; }

// "step 1: inputs (1, 1), targets (0), rate η = 0.5" (targets and rate only when the step trains).
static std::string step_heading(const Record& record, std::size_t step) {
    std::string heading = "step " + std::to_string(step) + ": inputs " + listed(record, is_input);
    if (record.has(key::rate())) {
        heading += ", targets " + listed(record, is_target) + ", rate η = " + plain(record.value(key::rate()));
    }
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
            for (const Quantity* q : quantities) out << "  " << value_line(record, *q, heading.decimals) << "\n";
        }
    }
}

// A value in TSV: in full precision the shortest text that reads back as the same double ("0.8"); on a
// calculator exactly N decimals, an input too unless it is written with more ("0.5000", "0.79125").
static std::string tsv_text(const Quantity& q, const TraceHeading& heading) {
    if (!heading.rounded) return plain(q.value);
    const bool longer = q.rule == Rule::input && q.exact->rounded(heading.decimals) != *q.exact;
    return longer ? q.exact->text() : q.exact->fixed(heading.decimals);
}

void print_trace_tsv(std::ostream& out, const TraceHeading& heading, const std::vector<Record>& steps) {
    for (std::size_t s = 0; s < steps.size(); ++s) {
        out << "step\t" << s + 1 << "\n";
        for (const Quantity& q : steps[s].quantities()) {
            if (q.rule == Rule::input || is_computed(q.rule)) out << text(q.key) << "\t" << tsv_text(q, heading) << "\n";
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
                out << "| `" << text(q->key) << "` | " << symbolic_formula(*q) << " | "
                    << substituted_formula(*q, shown_operands(record, *q, heading.decimals)) << " | "
                    << computed_text(*q, heading.decimals) << " |\n";
            }
        }
    }
}
