// The name of one recorded value, typed: {quantity, layer, neuron, input}. Its text form is "δ[1][2]".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <tuple>

namespace scalar {

// What a value is. The comment gives its text form and the indices it takes.
enum class QuantityName {
    a,       // a[l][j]: an activation; a[0][i] is input i
    w,       // w[l][j][i]: the weight from neuron i of layer l−1 into neuron j of layer l
    b,       // b[l][j]: a bias
    z,       // z[l][j]: a weighted sum
    t,       // t[j]: a target of output neuron j
    E,       // E: the error of the step
    delta,   // δ[l][j] = −∂E/∂z[l][j]
    dw,      // Δw[l][j][i] = η·δ[l][j]·a[l−1][i]
    db,      // Δb[l][j] = η·δ[l][j]
    new_w,   // new_w[l][j][i] = w + dw
    new_b,   // new_b[l][j] = b + db
    rate,    // η: the learning rate
};

// One recorded value's name. Indices count from 1 as in the docs (a[0][i] has layer 0); unused ones are 0.
struct Key {
    QuantityName name = QuantityName::E;
    std::size_t layer = 0;   // l (0 for the inputs a[0][i]; unused for t, E and rate)
    std::size_t neuron = 0;  // j (the one index of t[j]; i of an input a[0][i])
    std::size_t input = 0;   // i of w, dw and new_w

    bool operator<(const Key& other) const { return tie() < other.tie(); }
    bool operator==(const Key& other) const { return tie() == other.tie(); }
    bool operator!=(const Key& other) const { return !(*this == other); }

private:
    std::tuple<QuantityName, std::size_t, std::size_t, std::size_t> tie() const { return {name, layer, neuron, input}; }
};

// Keys as the docs write them: key::z(1, 2) is z[1][2], key::w(2, 1, 3) is w[2][1][3].
namespace key {
inline Key a(std::size_t l, std::size_t j) { return {QuantityName::a, l, j, 0}; }
inline Key w(std::size_t l, std::size_t j, std::size_t i) { return {QuantityName::w, l, j, i}; }
inline Key b(std::size_t l, std::size_t j) { return {QuantityName::b, l, j, 0}; }
inline Key z(std::size_t l, std::size_t j) { return {QuantityName::z, l, j, 0}; }
inline Key t(std::size_t j) { return {QuantityName::t, 0, j, 0}; }
inline Key E() { return {QuantityName::E, 0, 0, 0}; }
inline Key delta(std::size_t l, std::size_t j) { return {QuantityName::delta, l, j, 0}; }
inline Key dw(std::size_t l, std::size_t j, std::size_t i) { return {QuantityName::dw, l, j, i}; }
inline Key db(std::size_t l, std::size_t j) { return {QuantityName::db, l, j, 0}; }
inline Key new_w(std::size_t l, std::size_t j, std::size_t i) { return {QuantityName::new_w, l, j, i}; }
inline Key new_b(std::size_t l, std::size_t j) { return {QuantityName::new_b, l, j, 0}; }
inline Key rate() { return {QuantityName::rate, 0, 0, 0}; }
}  // namespace key

// The text form, the one way a key is written: "z[1][2]", "w[2][1][3]", "δ[2][1]", "Δw[2][1][3]", "t[1]", "E", "η".
std::string text(const Key& key);

// Reads a key back, the one way a key is read (answer sheets, lessons, tests). Accepts the text form and the
// ASCII spellings delta[l][j], dw[l][j][i], db[l][j] and rate; nullopt for anything else (an unknown name, a
// wrong number of indices, an index that is not a whole number of at most 5 digits).
std::optional<Key> parse_key(const std::string& text);

// Whether the value exists only when the step trains (E, t, rate, delta, dw, db, new_w, new_b).
bool needs_targets(QuantityName name);

}  // namespace scalar
