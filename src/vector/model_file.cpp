#include "vector/model_file.h"

#include "core/input_error.h"
#include "core/input_file.h"

#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace vec {

// The format (docs/vector.md), every number little-endian:
//   8 bytes   magic "NNWALK-W"
//   u32       version (2; version 1 files are still read)
//   u32       L, the number of layers (1..max_layers)
//   u32       n_0, the number of inputs
//   L × (u32 n_l, 16 bytes: the activation's name in ASCII, "relu", padded with zero bytes)
//             (version 1: L × (u32 n_l, u32 activation code), codes in version_1_codes below)
//   for l = 1..L: W (n_{l−1} × n_l float32, row by row: the row of input i holds w[l][1..n_l][i]), then b (n_l float32)
//   u64       FNV-1a checksum of every byte before it
static const char magic[8] = {'N', 'N', 'W', 'A', 'L', 'K', '-', 'W'};
static const std::uint32_t version = 2;
static const std::size_t name_bytes = 16;  // the activation's name field (version 2)

// Version 1 wrote each activation as a number: this table is frozen, whatever the order of enum Activation.
static const Activation version_1_codes[] = {Activation::linear, Activation::relu, Activation::sigmoid,
                                             Activation::tanh, Activation::softmax};
static const std::uint32_t version_1_code_count = 5;
static const std::uint32_t max_layers = 1000;
static const std::uint32_t max_width = 1u << 24;  // neurons (or inputs) of one layer

// FNV-1a, 64 bits: a simple checksum that any corrupted byte changes (with overwhelming odds).
static std::uint64_t checksum(const unsigned char* bytes, std::size_t n) {
    std::uint64_t hash = 0xcbf29ce484222325ull;
    for (std::size_t k = 0; k < n; ++k) hash = (hash ^ bytes[k]) * 0x100000001b3ull;
    return hash;
}

static void put_u32(std::vector<unsigned char>& out, std::uint32_t x) {
    for (int b = 0; b < 4; ++b) out.push_back(static_cast<unsigned char>(x >> (8 * b)));
}

static void put_u64(std::vector<unsigned char>& out, std::uint64_t x) {
    for (int b = 0; b < 8; ++b) out.push_back(static_cast<unsigned char>(x >> (8 * b)));
}

static void put_float(std::vector<unsigned char>& out, float x) {
    std::uint32_t bits;
    std::memcpy(&bits, &x, 4);
    put_u32(out, bits);
}

static std::uint32_t get_u32(const unsigned char* p) {
    return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 24;
}

static std::uint64_t get_u64(const unsigned char* p) { return std::uint64_t(get_u32(p)) | std::uint64_t(get_u32(p + 4)) << 32; }

static float get_float(const unsigned char* p) {
    const std::uint32_t bits = get_u32(p);
    float x;
    std::memcpy(&x, &bits, 4);
    return x;
}

// The name field of version 2: activation_name(f) ("relu"), padded with zero bytes.
static void put_name(std::vector<unsigned char>& out, Activation f) {
    const std::string name = activation_name(f);
    for (std::size_t k = 0; k < name_bytes; ++k) out.push_back(k < name.size() ? static_cast<unsigned char>(name[k]) : 0);
}

// The activation of layer `layer` (1..L) from its name field; InputError for a name that is not one.
static Activation get_name(const unsigned char* p, const std::string& path, std::uint32_t layer) {
    std::size_t length = 0;
    while (length < name_bytes && p[length] != 0) ++length;
    bool readable = length > 0;
    for (std::size_t k = 0; k < name_bytes; ++k)
        readable = readable && (k < length ? std::islower(p[k]) || std::isdigit(p[k]) || p[k] == '_' : p[k] == 0);
    if (!readable)
        throw InputError(path, 0, "layer " + std::to_string(layer) + " has no readable activation name (expected "
                                      "a lowercase name such as relu, padded with zero bytes to " +
                                      std::to_string(name_bytes) + ")");
    const std::string name(reinterpret_cast<const char*>(p), length);
    try {
        return activation_named(name);
    } catch (const std::invalid_argument& unknown) {
        throw InputError(path, 0, "layer " + std::to_string(layer) + ": " + unknown.what());
    }
}

void save_weights(const Network<float>& network, const std::string& path) {
    std::vector<unsigned char> bytes(magic, magic + 8);
    put_u32(bytes, version);
    put_u32(bytes, static_cast<std::uint32_t>(network.layers.size()));
    put_u32(bytes, static_cast<std::uint32_t>(network.inputs()));
    for (const auto& layer : network.layers) {
        put_u32(bytes, static_cast<std::uint32_t>(layer.units()));
        put_name(bytes, layer.activation);
    }
    for (const auto& layer : network.layers) {
        for (std::size_t e = 0; e < layer.weights.size(); ++e) put_float(bytes, layer.weights.data()[e]);
        for (float b : layer.bias) put_float(bytes, b);
    }
    put_u64(bytes, checksum(bytes.data(), bytes.size()));

    const std::string partial = path + ".partial";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
        out.close();
        if (!out) {
            std::remove(partial.c_str());
            throw InputError(path, 0, "cannot write the model file (is the folder there and writable?)");
        }
    }
    if (std::rename(partial.c_str(), path.c_str()) != 0) {
        std::remove(partial.c_str());
        throw InputError(path, 0, "cannot replace the model file with the new one");
    }
}

// "784 → 300 relu"
static std::string shape_text(std::size_t inputs, std::size_t units, Activation f) {
    return std::to_string(inputs) + " → " + std::to_string(units) + " " + activation_name(f);
}

void load_weights(Network<float>& network, const std::string& path) {
    std::ifstream in = open_input(path, "nnwalk model file", max_binary_bytes);
    in.seekg(0, std::ios::end);
    const std::streamoff end = in.tellg();
    if (end < 0) throw InputError(path, 0, "cannot read the model file");
    const std::uint64_t size = static_cast<std::uint64_t>(end);
    in.seekg(0);

    // The fixed header first, then the layer table, each checked against the real size before reading on.
    const std::uint64_t fixed = 8 + 4 + 4 + 4;
    if (size < fixed)
        throw InputError(path, 0, "truncated model file: " + std::to_string(size) + " bytes, the header alone needs " +
                                      std::to_string(fixed));
    unsigned char head[fixed];
    in.read(reinterpret_cast<char*>(head), fixed);
    if (std::memcmp(head, magic, 8) != 0)
        throw InputError(path, 0, "not an nnwalk model file (it should start with NNWALK-W)");
    const std::uint32_t file_version = get_u32(head + 8);
    if (file_version != 1 && file_version != version)
        throw InputError(path, 0, "model file version " + std::to_string(file_version) + " is not supported (expected 1 or " +
                                      std::to_string(version) + ")");
    const std::uint32_t layer_count = get_u32(head + 12);
    const std::uint32_t inputs = get_u32(head + 16);
    if (layer_count == 0 || layer_count > max_layers)
        throw InputError(path, 0, "model file claims " + std::to_string(layer_count) + " layers (expected 1 to " +
                                      std::to_string(max_layers) + ")");
    if (inputs == 0 || inputs > max_width)
        throw InputError(path, 0, "model file claims " + std::to_string(inputs) + " inputs (expected 1 to " +
                                      std::to_string(max_width) + ")");
    const std::uint64_t entry = 4 + (file_version == 1 ? 4 : name_bytes);  // bytes per layer in the table
    const std::uint64_t table = entry * layer_count;
    if (size < fixed + table)
        throw InputError(path, 0, "truncated model file: " + std::to_string(size) + " bytes, its layer table ends at " +
                                      std::to_string(fixed + table));
    std::vector<unsigned char> bytes(static_cast<std::size_t>(fixed + table));
    std::memcpy(bytes.data(), head, fixed);
    in.read(reinterpret_cast<char*>(bytes.data() + fixed), static_cast<std::streamsize>(table));

    std::vector<std::uint32_t> units(layer_count);
    std::vector<Activation> activations(layer_count);
    std::uint64_t expected = fixed + table + 8;  // … + the checksum
    std::uint64_t before = inputs;
    for (std::uint32_t l = 0; l < layer_count; ++l) {
        const unsigned char* at = bytes.data() + fixed + entry * l;
        units[l] = get_u32(at);
        if (units[l] == 0 || units[l] > max_width)
            throw InputError(path, 0, "layer " + std::to_string(l + 1) + " claims " + std::to_string(units[l]) +
                                          " neurons (expected 1 to " + std::to_string(max_width) + ")");
        if (file_version == 1) {
            const std::uint32_t code = get_u32(at + 4);
            if (code >= version_1_code_count)
                throw InputError(path, 0, "layer " + std::to_string(l + 1) + " has activation code " +
                                              std::to_string(code) + " (expected 0 to " +
                                              std::to_string(version_1_code_count - 1) + ")");
            activations[l] = version_1_codes[code];
        } else {
            activations[l] = get_name(at + 4, path, l + 1);
        }
        expected += 4 * (before * units[l] + units[l]);
        before = units[l];
    }
    if (size != expected)
        throw InputError(path, 0, std::string(size < expected ? "truncated" : "oversized") + " model file: " +
                                      std::to_string(size) + " bytes, its header describes " + std::to_string(expected));

    // The shapes must be this network's.
    if (layer_count != network.layers.size() || inputs != network.inputs())
        throw InputError(path, 0, "the file holds " + std::to_string(layer_count) + " layers on " +
                                      std::to_string(inputs) + " inputs, this model has " +
                                      std::to_string(network.layers.size()) + " layers on " +
                                      std::to_string(network.inputs()));
    before = inputs;
    for (std::uint32_t l = 0; l < layer_count; ++l) {
        const auto& layer = network.layers[l];
        if (units[l] != layer.units() || activations[l] != layer.activation)
            throw InputError(path, 0, "layer " + std::to_string(l + 1) + " is " +
                                          shape_text(before, units[l], activations[l]) + " in the file, " +
                                          shape_text(layer.inputs(), layer.units(), layer.activation) + " in this model");
        before = units[l];
    }

    // The size is now known to be right: read the rest and check the sum before touching the network.
    bytes.resize(static_cast<std::size_t>(size));
    in.read(reinterpret_cast<char*>(bytes.data() + fixed + table), static_cast<std::streamsize>(size - fixed - table));
    if (!in) throw InputError(path, 0, "cannot read the model file");
    if (get_u64(bytes.data() + size - 8) != checksum(bytes.data(), static_cast<std::size_t>(size - 8)))
        throw InputError(path, 0, "checksum mismatch: the model file is damaged");
    // A checksum only says the bytes are the ones saved: a model saved after training diverged holds NaN or
    // infinite weights, and those are refused too (before the network is touched).
    const unsigned char* p = bytes.data() + fixed + table;
    for (std::uint32_t l = 0; l < layer_count; ++l) {
        const std::uint64_t weights = static_cast<std::uint64_t>(l == 0 ? inputs : units[l - 1]) * units[l];
        for (std::uint64_t k = 0; k < weights + units[l]; ++k, p += 4) {
            const float value = get_float(p);
            if (!std::isfinite(value))
                throw InputError(path, 0, "layer " + std::to_string(l + 1) + (k < weights ? " weight " : " bias ") +
                                              std::to_string(k < weights ? k + 1 : k - weights + 1) + " is " +
                                              (std::isnan(value) ? "nan" : "infinite") +
                                              " (expected finite numbers: was it saved after the training diverged?)");
        }
    }
    p = bytes.data() + fixed + table;
    for (auto& layer : network.layers) {
        for (std::size_t e = 0; e < layer.weights.size(); ++e, p += 4) layer.weights.data()[e] = get_float(p);
        for (float& b : layer.bias) {
            b = get_float(p);
            p += 4;
        }
    }
}

}  // namespace vec
