#include "scalar/gradient_check.h"

namespace scalar {

double example_error(const Network& network, const Example& example, Loss loss) {
    Record record = forward_pass(network, example.inputs);
    record_error(network, example.targets, loss, record);
    return record.value(key::E());
}

double numerical_weight_change(const Network& network, const Example& example, double rate, Loss loss,
                               std::size_t l, std::size_t j, std::size_t i, double h) {
    Network plus = network, minus = network;
    plus.weight(l, j, i) += h;
    minus.weight(l, j, i) -= h;
    // ∂E/∂w ≈ (E(w + h) − E(w − h)) / 2h; its error shrinks like h², the one-sided difference's like h.
    const double slope = (example_error(plus, example, loss) - example_error(minus, example, loss)) / (2 * h);
    return -rate * slope;
}

}  // namespace scalar
