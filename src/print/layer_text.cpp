#include "print/layer_text.h"

#include "core/number_format.h"
#include "print/table.h"

#include <algorithm>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

std::string weighted_sum_text(const Perceptron& neuron, const std::vector<double>& x) {
    std::string text;
    for (std::size_t i = 0; i < x.size(); ++i) {
        text += (i ? " + " : "") + parenthesized(plain(x[i])) + "·" + parenthesized(plain(neuron.weights[i]));
    }
    return text + " + " + parenthesized(plain(neuron.bias));
}

// The texts of one column, right-aligned to the widest of them.
static std::vector<std::string> column(const std::vector<std::string>& cells) {
    int widest = 0;
    for (const std::string& cell : cells) widest = std::max(widest, text_width(cell));
    std::vector<std::string> out;
    for (const std::string& cell : cells) out.push_back(right_aligned(cell, widest));
    return out;
}

void print_matrix_form(std::ostream& out, const std::vector<std::vector<double>>& W, const std::vector<double>& x,
                       const std::vector<double>& b, const std::vector<double>& z) {
    const std::size_t rows = std::max(W.size(), x.size());
    std::vector<std::vector<std::string>> w_columns;
    for (std::size_t i = 0; i < x.size(); ++i) {
        std::vector<std::string> cells;
        for (const std::vector<double>& row : W) cells.push_back(plain(row[i]));
        w_columns.push_back(column(cells));
    }
    std::vector<std::string> x_cells, b_cells, z_cells;
    for (double value : x) x_cells.push_back(plain(value));
    for (double value : b) b_cells.push_back(plain(value));
    for (double value : z) z_cells.push_back(fixed(value, 4));
    x_cells = column(x_cells), b_cells = column(b_cells), z_cells = column(z_cells);
    const std::size_t middle = W.size() / 2;
    for (std::size_t r = 0; r < rows; ++r) {
        std::string line = "  ";
        if (r < W.size()) {
            line += "[";
            for (const std::vector<std::string>& cells : w_columns) line += " " + cells[r];
            line += " ]";
        }
        line += r == middle ? " · " : "   ";
        line += r < x.size() ? "[ " + x_cells[r] + " ]" : std::string(x_cells[0].size() + 4, ' ');
        line += r == middle ? " + " : "   ";
        if (r < W.size()) line += "[ " + b_cells[r] + " ]" + (r == middle ? " = " : "   ") + "[ " + z_cells[r] + " ]";
        out << line << "\n";
    }
}

void print_side_by_side(std::ostream& out, const PerceptronLayer& layer, const std::vector<double>& x) {
    const std::vector<double> by_neuron = z_by_neuron(layer, x);
    const std::vector<double> by_matrix = matrix_times_vector_plus(weight_matrix(layer), x, bias_vector(layer));
    std::vector<std::vector<std::string>> rows;
    for (std::size_t j = 0; j < layer.neurons.size(); ++j) {
        rows.push_back({std::to_string(j + 1), weighted_sum_text(layer.neurons[j], x) + " =", fixed(by_neuron[j], 4),
                        fixed(by_matrix[j], 4), by_neuron[j] == by_matrix[j] ? "yes" : "NO", by_neuron[j] >= 0 ? "1" : "0"});
    }
    const std::vector<Column> columns = {{"j"}, {"a[0][1]·w[1][j][1] + a[0][2]·w[1][j][2] + b[1][j]", true},
                                         {"z[1][j]"}, {"(W·x + b)[j]"}, {"same?"}, {"a[1][j]"}};
    out << table_text(columns, rows, {"  ", false});
}

void print_mistakes_per_epoch(std::ostream& out, const std::vector<std::vector<int>>& mistakes, bool all) {
    const std::size_t n_out = mistakes.empty() ? 0 : mistakes[0].size();
    std::vector<Column> columns = {{"epoch"}};
    for (std::size_t j = 1; j <= n_out; ++j) columns.push_back({"j = " + std::to_string(j)});
    std::vector<std::vector<std::string>> rows;
    for (std::size_t e = 0; e < mistakes.size(); ++e) {
        if (!all && e == 3 && mistakes.size() > 5) rows.push_back(std::vector<std::string>(n_out + 1, "…"));
        if (!all && e >= 3 && e + 2 < mistakes.size()) continue;
        std::vector<std::string> row = {std::to_string(e + 1)};
        for (int count : mistakes[e]) row.push_back(std::to_string(count));
        rows.push_back(row);
    }
    out << table_text(columns, rows, {"  ", false});
}

void print_layer_weights(std::ostream& out, const PerceptronLayer& layer, const std::vector<std::string>& questions,
                         const std::vector<Perceptron>& alone) {
    std::vector<std::vector<std::string>> rows;
    for (std::size_t j = 0; j < layer.neurons.size(); ++j) {
        const Perceptron& neuron = layer.neurons[j];
        const bool same = alone[j].weights == neuron.weights && alone[j].bias == neuron.bias;
        rows.push_back({std::to_string(j + 1), questions[j], fixed(neuron.weights[0], 4), fixed(neuron.weights[1], 4),
                        fixed(neuron.bias, 4), same ? "identical" : "DIFFERENT"});
    }
    const std::vector<Column> columns = {{"j"}, {"question", true}, {"w[1][j][1]"}, {"w[1][j][2]"}, {"b[1][j]"}, {"alone", true}};
    out << table_text(columns, rows, {"  ", false});
}
