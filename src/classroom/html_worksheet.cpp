#include "classroom/html_worksheet.h"

#include "classroom/questions.h"
#include "classroom/worksheet.h"
#include "core/number_format.h"
#include "figure/network_diagram.h"
#include "figure/svg.h"
#include "print/formula_text.h"

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// The page: A4 and Letter both fit a 180 mm column; rows, the drawing and headings never split across pages.
static const char* const style = R"(
@page { margin: 14mm 13mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; line-height: 1.35; color: #111;
       max-width: 184mm; margin: 0 auto; padding: 6mm 0; }
h1 { font-size: 15pt; margin: 0 0 3mm; }
h2 { font-size: 12pt; margin: 6mm 0 2mm; break-after: avoid; page-break-after: avoid; }
p { margin: 1.5mm 0; }
.fields { display: flex; gap: 6mm; margin: 3mm 0 4mm; }
.field { flex: 1; border-bottom: 1px solid #111; padding: 1mm 0 0.5mm; min-height: 7mm; }
.field b { font-weight: normal; color: #555; margin-right: 2mm; }
.network { break-inside: avoid; page-break-inside: avoid; margin: 2mm 0; text-align: center; }
.network svg { width: 100%; height: auto; max-height: 95mm; }
ul.formulas { margin: 1mm 0; padding-left: 5mm; }
ul.formulas li { margin: 0.6mm 0; }
table { width: 100%; border-collapse: collapse; }
th, td { border: 1px solid #777; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #eee; font-weight: bold; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.n { width: 7mm; text-align: right; color: #555; }
td.key { width: 26mm; white-space: nowrap; font-family: "DejaVu Sans Mono", monospace; }
td.formula { width: 38mm; }
td.work { height: 11mm; }
td.answer { width: 26mm; }
table.weights { width: auto; margin: 1mm 0 2mm; }
table.weights td { text-align: right; min-width: 14mm; }
.hand-in { break-inside: avoid; page-break-inside: avoid; }
code { font-family: "DejaVu Sans Mono", monospace; }
)";

// "a[0][1] = 0.3, a[0][2] = -0.7": `values` (k = 1..n) named by key_of(k).
static std::string listed(Key (*key_of)(std::size_t k), const std::vector<double>& values) {
    std::string list;
    for (std::size_t k = 1; k <= values.size(); ++k) list += (k == 1 ? "" : ", ") + text(key_of(k)) + " = " + plain(values[k - 1]);
    return list;
}

static Key input_key(std::size_t i) { return key::a(0, i); }

// Layer l's weights (and biases) as a table, one row per neuron j: for networks too wide for the drawing to
// label its connections.
static void write_weights_table(std::ostream& out, const Network& network, std::size_t l) {
    const Layer& layer = network.layers[l - 1];
    out << "<table class=\"weights\">\n<thead><tr><th>" << escaped("layer " + std::to_string(l) + " (" + activation_name(layer.activation) +
                                                                    "), neuron j") << "</th>";
    for (std::size_t i = 1; i <= network.size(l - 1); ++i) out << "<th>i = " << i << "</th>";
    if (layer.biased) out << "<th>" << escaped("b[" + std::to_string(l) + "][j]") << "</th>";
    out << "</tr></thead>\n<tbody>\n";
    for (std::size_t j = 1; j <= layer.neurons.size(); ++j) {
        const Neuron& neuron = layer.neurons[j - 1];
        out << "<tr><td>" << j << "</td>";
        for (double w : neuron.weights) out << "<td>" << escaped(plain(w)) << "</td>";
        if (layer.biased) out << "<td>" << escaped(plain(neuron.bias)) << "</td>";
        out << "</tr>\n";
    }
    out << "</tbody>\n</table>\n";
}

// The network drawn with every given number on it (inputs and targets on the nodes, η in the title), as an
// inline <svg> element (no XML declaration); and its weights as tables when the drawing is too wide to
// label them.
static void write_drawing(std::ostream& out, const NetFile& net, int decimals) {
    const Example& example = net.examples.at(0);
    const DiagramLabels givens{example.inputs, example.targets, {}};
    const std::string title = net.trains() ? "learning rate η = " + plain(net.rate) : "the forward pass";
    const NetworkDiagram diagram = network_diagram(net.network, title, nullptr, decimals, givens);
    std::string svg = diagram.svg;
    if (svg.rfind("<?xml", 0) == 0) svg.erase(0, svg.find('\n') + 1);
    out << "<div class=\"network\">\n" << svg << "</div>\n";
    if (diagram.weights_shown) return;
    out << "<p>" << escaped("The weights w[l][j][i], from neuron i of layer l − 1 into neuron j of layer l:") << "</p>\n";
    for (std::size_t l = 1; l <= net.network.layers.size(); ++l) write_weights_table(out, net.network, l);
}

// The givens in words: inputs, targets, η and the error.
static std::string givens_text(const NetFile& net, const Example& example) {
    std::string text = "Inputs " + listed(input_key, example.inputs) + ".";
    if (net.trains()) {
        text += " Targets " + listed(key::t, example.targets) + ". Learning rate η = " + plain(net.rate) + ". Error: " +
                (net.loss == Loss::squared ? "squared error" : "cross-entropy") + ".";
    }
    return text;
}

// One step's table: a row per value asked, numbered on from `first`.
static void write_step_table(std::ostream& out, const Record& record, std::size_t first) {
    out << "<table>\n<thead><tr><th>#</th><th>value</th><th>formula</th><th>your working</th><th>answer</th></tr></thead>\n<tbody>\n";
    const std::vector<std::size_t> asked = asked_quantities(record);
    for (std::size_t n = 0; n < asked.size(); ++n) {
        const Quantity& q = record[asked[n]];
        out << "<tr><td class=\"n\">" << first + n << "</td><td class=\"key\">" << escaped(text(q.key)) << "</td><td class=\"formula\">"
            << escaped(symbolic_formula(q)) << "</td><td class=\"work\"></td><td class=\"answer\"></td></tr>\n";
    }
    out << "</tbody>\n</table>\n";
}

// What step s (from 1) of `steps` starts from, in words.
static std::string step_heading(const NetFile& net, std::size_t s, std::size_t steps) {
    const std::string what = net.trains() ? "training step" : "forward pass";
    if (steps == 1) return "The values to compute: one " + what;
    if (s == 1) return "Step 1: one training step";
    const std::size_t n = net.examples.size();
    const std::string example = n == 1 ? "the same inputs and targets" : givens_text(net, net.examples[(s - 1) % n]);
    return "Step " + std::to_string(s) + ": again, from the new weights" + std::string(has_biases(net.network) ? " and biases" : "") +
           " of step " + std::to_string(s - 1) + " and " + example;
}

void write_html_worksheet(std::ostream& out, const WorksheetStudent& student, const NetFile& net, const std::vector<Record>& steps) {
    const int decimals = steps.at(0).decimals();
    std::size_t count = 0;
    for (const Record& record : steps) count += asked_quantities(record).size();
    const std::string what = !net.trains() ? "a forward pass" : steps.size() == 1 ? "one training step" : std::to_string(steps.size()) + " training steps";
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>" << escaped("Worksheet " + student.id)
        << "</title>\n<style>" << style << "</style>\n</head>\n<body>\n"
        << "<h1>" << escaped("A neural network by hand: " + what) << "</h1>\n"
        << "<div class=\"fields\"><div class=\"field\"><b>Name</b>" << escaped(student.name) << "</div>"
        << "<div class=\"field\"><b>Id</b>" << escaped(student.id) << "</div><div class=\"field\"><b>Date</b></div></div>\n"
        << "<p>" << escaped("Work out the " + std::to_string(count) + " values of the table" + (steps.size() > 1 ? "s" : "") +
                            " in order, to " + std::to_string(decimals) + " decimals. Round each value as soon as you have it, " +
                            "as a calculator shows it, and use the rounded value from then on.") << "</p>\n"
        << "<h2>Your network</h2>\n<p>" << escaped(givens_text(net, net.examples.at(0))) << "</p>\n";
    write_drawing(out, net, decimals);
    out << "<h2>Formulas</h2>\n<ul class=\"formulas\">\n";
    for (const std::string& line : formula_lines(net)) out << "<li>" << escaped(line) << "</li>\n";
    out << "</ul>\n";
    std::size_t first = 1;
    for (std::size_t s = 0; s < steps.size(); ++s) {
        out << "<div class=\"step\">\n<h2>" << escaped(step_heading(net, s + 1, steps.size())) << "</h2>\n";
        write_step_table(out, steps[s], first);
        out << "</div>\n";
        first += asked_quantities(steps[s]).size();
    }
    out << "<div class=\"hand-in\">\n<h2>Handing in</h2>\n<p>"
        << escaped("Type your answers into answers.tsv, the answer sheet beside this worksheet: each value after the tab "
                   "that follows its name, for example ")
        << "<code>" << escaped(text(steps[0][asked_quantities(steps[0]).at(0)].key) + "\t" + fixed(0.1234, decimals)) << "</code>"
        << escaped(". Leave a value you did not find empty.") << "</p>\n</div>\n</body>\n</html>\n";
}
