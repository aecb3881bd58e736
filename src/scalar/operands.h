// The operands of a formula, by name: what a weighted sum, an activation, a δ or an update reads.
#pragma once

#include <array>
#include <cstddef>
#include <vector>

namespace scalar {

// One formula's operands, each by its name in the docs. T is what is known of each operand: its index in a
// record (std::size_t), its value (double), or its value with its text (Shown, rules.h). A formula uses only
// some of the fields (see rules.cpp); the others stay empty. Lists are in index order (i = 1..n or k = 1..n).
// The fields are in the order the formulas write them (η·δ·a), so code that visits them all keeps it.
template <class T>
struct Operands {
    std::vector<T> rate;          // η of a Δw or Δb
    std::vector<T> delta;         // δ[l][j] of a Δw or Δb
    std::vector<T> inputs;        // a[l−1][i], i = 1..n_{l−1}, of a weighted sum; the one a[l−1][i] of a Δw
    std::vector<T> weights;       // w[l][j][i], i = 1..n_{l−1}, of a weighted sum
    std::vector<T> bias;          // b[l][j] of a weighted sum, when the layer has biases; empty when it has none
    std::vector<T> z;             // z[l][j] of an activation, a softmax or a δ
    std::vector<T> layer_z;       // z[l][k], k = 1..n_l, of a softmax (the whole layer)
    std::vector<T> a;             // a[l][j] = f(z) of a δ (the output y for an output δ); a[L][1..n_L] of E
    std::vector<T> t;             // t[j] of an output δ; t[1..n_L] of E
    std::vector<T> next_weights;  // w[l+1][k][j], k = 1..n_{l+1}, of a hidden δ
    std::vector<T> next_deltas;   // δ[l+1][k], k = 1..n_{l+1}, of a hidden δ
    std::vector<T> old;           // the w or b before the update, of a new w or new b
    std::vector<T> change;        // the Δw or Δb added to it
};

// The fields by name, in the order above: for code that visits all operands alike.
enum class Field { rate, delta, inputs, weights, bias, z, layer_z, a, t, next_weights, next_deltas, old, change };
const std::size_t field_count = 13;

// The member of Operands<T> that `field` names: operands.*member(field).
template <class T>
std::vector<T> Operands<T>::*member(Field field) {
    static const std::array<std::vector<T> Operands<T>::*, field_count> members = {
        &Operands<T>::rate,    &Operands<T>::delta, &Operands<T>::inputs,       &Operands<T>::weights,
        &Operands<T>::bias,    &Operands<T>::z,     &Operands<T>::layer_z,      &Operands<T>::a,
        &Operands<T>::t,       &Operands<T>::next_weights, &Operands<T>::next_deltas, &Operands<T>::old,
        &Operands<T>::change};
    return members[static_cast<std::size_t>(field)];
}

// The same operands with `f` applied to each: map<double>(indices, value_of) gives the values.
template <class U, class T, class F>
Operands<U> map(const Operands<T>& operands, F f) {
    Operands<U> mapped;
    for (std::size_t k = 0; k < field_count; ++k) {
        const Field field = static_cast<Field>(k);
        for (const T& x : operands.*member<T>(field)) (mapped.*member<U>(field)).push_back(f(x));
    }
    return mapped;
}

// Calls f(field, x) for every operand, field by field in the order above.
template <class T, class F>
void for_each_operand(const Operands<T>& operands, F f) {
    for (std::size_t k = 0; k < field_count; ++k) {
        const Field field = static_cast<Field>(k);
        for (const T& x : operands.*member<T>(field)) f(field, x);
    }
}

}  // namespace scalar
