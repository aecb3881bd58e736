#include "scalar/quantity_key.h"

#include <algorithm>
#include <vector>

namespace scalar {

// One row per quantity: its ASCII spelling, the docs' Greek spelling (written when there is one) and how many
// indices it takes.
struct Spelling {
    QuantityName name;
    const char* text;
    const char* greek;
    int indices;
};

static const Spelling spellings[] = {
    {QuantityName::a, "a", nullptr, 2},        {QuantityName::w, "w", nullptr, 3},
    {QuantityName::b, "b", nullptr, 2},        {QuantityName::z, "z", nullptr, 2},
    {QuantityName::t, "t", nullptr, 1},        {QuantityName::E, "E", nullptr, 0},
    {QuantityName::delta, "delta", "δ", 2},    {QuantityName::dw, "dw", "Δw", 3},
    {QuantityName::db, "db", "Δb", 2},         {QuantityName::new_w, "new_w", nullptr, 3},
    {QuantityName::new_b, "new_b", nullptr, 2}, {QuantityName::rate, "rate", "η", 0},
};

static const Spelling& spelling(QuantityName name) {
    for (const Spelling& s : spellings) {
        if (s.name == name) return s;
    }
    return spellings[0];  // unreachable: every name has a row
}

// The key's indices in the order they are written: l, j, i (as many as its name takes).
static std::vector<std::size_t> written_indices(const Key& key) {
    switch (spelling(key.name).indices) {
        case 1: return {key.neuron};
        case 2: return {key.layer, key.neuron};
        case 3: return {key.layer, key.neuron, key.input};
        default: return {};
    }
}

std::string text(const Key& key) {
    const Spelling& s = spelling(key.name);
    std::string written = s.greek ? s.greek : s.text;
    for (std::size_t index : written_indices(key)) written += "[" + std::to_string(index) + "]";
    return written;
}

// The indices of "[1][2]" (up to 5 digits each), or nullopt when `rest` is not such a list.
static std::optional<std::vector<std::size_t>> indices_of(const std::string& rest) {
    std::vector<std::size_t> indices;
    std::size_t k = 0;
    while (k < rest.size()) {
        const std::size_t close = rest.find(']', k);
        if (rest[k] != '[' || close == std::string::npos || close == k + 1 || close - k > 6) return std::nullopt;
        if (rest.find_first_not_of("0123456789", k + 1) != close) return std::nullopt;
        indices.push_back(std::stoul(rest.substr(k + 1, close - k - 1)));
        k = close + 1;
    }
    return indices;
}

std::optional<Key> parse_key(const std::string& written) {
    const std::size_t bracket = std::min(written.find('['), written.size());
    const std::string name = written.substr(0, bracket);
    for (const Spelling& s : spellings) {
        if (name != s.text && !(s.greek && name == s.greek)) continue;
        const auto indices = indices_of(written.substr(bracket));
        if (!indices || indices->size() != static_cast<std::size_t>(s.indices)) return std::nullopt;
        const std::vector<std::size_t>& n = *indices;
        Key key{s.name, 0, 0, 0};
        if (s.indices == 1) key.neuron = n[0];
        if (s.indices >= 2) key.layer = n[0], key.neuron = n[1];
        if (s.indices == 3) key.input = n[2];
        return key;
    }
    return std::nullopt;
}

bool needs_targets(QuantityName name) {
    switch (name) {
        case QuantityName::a:
        case QuantityName::w:
        case QuantityName::b:
        case QuantityName::z: return false;
        default: return true;
    }
}

}  // namespace scalar
