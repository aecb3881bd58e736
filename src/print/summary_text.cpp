#include "print/summary_text.h"

#include "print/table.h"

std::size_t layer_parameters(const Network& network, std::size_t l) {
    return network.size(l) * network.size(l - 1) + network.size(l);
}

void print_summary(std::ostream& out, const Network& network) {
    std::vector<std::vector<std::string>> rows;
    for (std::size_t l = 1; l <= network.layers.size(); ++l) {
        const std::string name = l == 1 ? "dense" : "dense_" + std::to_string(l - 1);
        const std::string count = std::to_string(network.size(l - 1)) + "·" + std::to_string(network.size(l)) + " + " +
                                  std::to_string(network.size(l)) + " = " + std::to_string(layer_parameters(network, l));
        rows.push_back({name + " (Dense, " + activation_name(network.layers[l - 1].activation) + ")",
                        "(None, " + std::to_string(network.size(l)) + ")", count});
    }
    print_table(out, {"Layer (type)", "Output Shape", "Param #"}, rows);
    out << "  Total params: " << network.parameter_count() << "\n";
}
