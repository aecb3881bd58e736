// Saving and loading a vector network's weights: the binary model file (format in docs/vector.md).
#pragma once

#include "vector/network.h"

#include <string>

namespace vec {

// Writes every layer's shape, activation, weights and biases, then a checksum, to `path`: first to
// "path.partial", then renamed over `path`, so an interrupted save never destroys the previous file.
// Throws InputError (path: reason) when the file cannot be written.
void save_weights(const Network<float>& network, const std::string& path);

// Reads `path` into `network`, whose layer sizes and activations must match the file's. Checks the magic
// number, version, shapes against the real file size (before allocating anything), and the checksum.
// Throws InputError (path: reason) for a missing, truncated, damaged or mismatched file; `network` is then unchanged.
void load_weights(Network<float>& network, const std::string& path);

}  // namespace vec
