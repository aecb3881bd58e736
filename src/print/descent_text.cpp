#include "print/descent_text.h"

#include "core/decimal.h"
#include "core/number_format.h"
#include "print/table.h"

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

void print_descent(std::ostream& out, const std::vector<DescentStep>& walk, const std::string& weight, int decimals) {
    std::vector<std::vector<std::string>> rows;
    for (std::size_t k = 0; k < walk.size(); ++k) {
        const DescentStep& s = walk[k];
        rows.push_back({std::to_string(k), fixed(s.w, decimals), fixed(s.error, decimals), fixed(s.slope, decimals),
                        fixed(s.step, decimals)});
    }
    print_table(out, {"k", "w_k = " + weight, "E(w_k)", "slope ∂E/∂w", "step −η·∂E/∂w"}, rows);
}

double secant_slope(const std::vector<DescentStep>& walk, std::size_t k, int decimals) {
    const double w0 = round_to(walk[k].w, decimals), w1 = round_to(walk[k + 1].w, decimals);
    const double e0 = round_to(walk[k].error, decimals), e1 = round_to(walk[k + 1].error, decimals);
    return (e1 - e0) / (w1 - w0);
}

std::string secant_line(const std::vector<DescentStep>& walk, std::size_t k, int decimals) {
    const std::string a = std::to_string(k), b = std::to_string(k + 1);
    return "(E_" + b + " − E_" + a + ")/(w_" + b + " − w_" + a + ") = (" + fixed(walk[k + 1].error, decimals) + " − " +
           fixed(walk[k].error, decimals) + ")/(" + fixed(walk[k + 1].w, decimals) + " − " +
           parenthesized(fixed(walk[k].w, decimals)) + ") = " + fixed(secant_slope(walk, k, decimals), decimals);
}
