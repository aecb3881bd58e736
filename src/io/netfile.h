// The .net file: a network, its examples, rate and loss, written by hand. Reads it, checks it, writes it.
#pragma once

#include "scalar/backprop.h"
#include "scalar/network.h"

#include <istream>
#include <ostream>
#include <string>
#include <vector>

// What a .net file describes (see docs/nnwalk.md for the format).
struct NetFile {
    scalar::Network network;                    // the layers with their weights and biases (a layer in which no
                                                // neuron says 'bias' has none; one that does gives every neuron a
                                                // bias, default 0)
    std::vector<scalar::Example> examples;      // at least one; either all have targets or none has
    double rate = 0;                            // η, > 0 (0 when the file gives none: allowed only without targets)
    scalar::Loss loss = scalar::Loss::squared;  // squared unless the file says 'loss cross-entropy'

    // Whether the file asks for training (its examples have targets), so backpropagation must be possible.
    bool trains() const { return !examples.empty() && !examples[0].targets.empty(); }
};

// Reads a .net file from `in`; `file` is the name used in error messages. Throws InputError
// ("xor.net:5: neuron has 3 weights, the previous layer has 2 neurons") for anything wrong.
NetFile parse_netfile(std::istream& in, const std::string& file);

// Opens and reads the file at `path`; an unreadable file is an InputError too.
NetFile load_netfile(const std::string& path);

// Writes `net` in the .net format, after the comment lines of `comment` (each prefixed with "# ").
// Numbers are written in their shortest exact form, so parse_netfile reads back the same network.
void write_netfile(std::ostream& out, const NetFile& net, const std::string& comment = "");
