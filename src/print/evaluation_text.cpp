#include "print/evaluation_text.h"

#include "core/number_format.h"
#include "print/table.h"

#include <stdexcept>

BinaryCounts binary_counts(const std::vector<int>& t, const std::vector<int>& a) {
    if (t.size() != a.size()) throw std::invalid_argument("binary_counts: targets and answers differ in number");
    BinaryCounts counts;
    for (std::size_t k = 0; k < t.size(); ++k) {
        if (t[k] == 1) ++(a[k] == 1 ? counts.tp : counts.fn);
        else ++(a[k] == 1 ? counts.fp : counts.tn);
    }
    return counts;
}

// "name = symbols = numbers = value   meaning", or "… = numbers: undefined (why)" when the denominator is 0.
static std::string ratio_line(const std::string& name, const std::string& symbols, const std::string& numbers,
                              std::size_t top, std::size_t bottom, const std::string& meaning, const std::string& undefined) {
    std::string line = "  " + name + " = " + symbols + " = " + numbers;
    if (bottom == 0) return line + ": undefined (" + undefined + ")\n";
    return line + " = " + fixed(static_cast<double>(top) / static_cast<double>(bottom), 4) + "   " + meaning + "\n";
}

void print_binary_evaluation(std::ostream& out, const BinaryCounts& c, const std::string& yes, const std::string& no) {
    const std::string tp = std::to_string(c.tp), fp = std::to_string(c.fp), fn = std::to_string(c.fn), tn = std::to_string(c.tn);
    const std::size_t n = c.tp + c.fp + c.fn + c.tn;
    out << table_text({{"", true}, {"says " + yes, true}, {"says " + no, true}},
                      {{"is " + yes, "TP = " + tp, "FN = " + fn}, {"is " + no, "FP = " + fp, "TN = " + tn}}, {"    ", true});
    out << ratio_line("precision", "TP/(TP + FP)", tp + "/(" + tp + " + " + fp + ")", c.tp, c.tp + c.fp,
                      "of those called " + yes + ", the share that are", "nothing was called " + yes);
    out << ratio_line("recall", "TP/(TP + FN)", tp + "/(" + tp + " + " + fn + ")", c.tp, c.tp + c.fn,
                      "of those that are " + yes + ", the share found", "there is no " + yes);
    out << ratio_line("accuracy", "(TP + TN)/n", "(" + tp + " + " + tn + ")/" + std::to_string(n), c.tp + c.tn, n,
                      "of all, the share called right", "nothing to count");
}
