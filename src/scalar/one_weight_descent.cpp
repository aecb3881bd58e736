#include "scalar/one_weight_descent.h"

namespace scalar {

// The network with w[l][j][i] set to w.
static Network with_weight(const Network& network, const WeightAt& at, double w) {
    Network changed = network;
    changed.weight(at.l, at.j, at.i) = w;
    return changed;
}

double error_at(const Network& network, const std::vector<Example>& examples, Loss loss, const WeightAt& at, double w) {
    const Network changed = with_weight(network, at, w);
    double total = 0;
    for (const Example& example : examples) {
        Record record = forward_pass(changed, example.inputs);
        record_error(changed, example.targets, loss, record);
        total += record.value(key::E());
    }
    return total;
}

double slope_at(const Network& network, const std::vector<Example>& examples, Loss loss, const WeightAt& at, double w) {
    const Network changed = with_weight(network, at, w);
    double slope = 0;
    for (const Example& example : examples) {
        Record record = forward_pass(changed, example.inputs);
        record_error(changed, example.targets, loss, record);
        record_backward(changed, loss, record);
        // z[l][j] = … + a[l−1][i]·w[l][j][i] + …, so ∂E/∂w = ∂E/∂z · a = −δ[l][j]·a[l−1][i].
        slope -= record.value(key::delta(at.l, at.j)) * record.value(key::a(at.l - 1, at.i));
    }
    return slope;
}

std::vector<DescentStep> descend_one_weight(const Network& network, const std::vector<Example>& examples, Loss loss,
                                            const WeightAt& at, double start, double rate, int steps) {
    std::vector<DescentStep> walk;
    double w = start;
    for (int k = 0; k <= steps; ++k) {
        DescentStep step;
        step.w = w;
        step.error = error_at(network, examples, loss, at, w);
        step.slope = slope_at(network, examples, loss, at, w);
        step.step = -rate * step.slope;  // downhill: against the slope, η times as far
        walk.push_back(step);
        w += step.step;
    }
    return walk;
}

}  // namespace scalar
