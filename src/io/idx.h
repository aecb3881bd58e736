// Reads IDX files of unsigned bytes (MNIST's format): images (3 dimensions) and labels (1 dimension).
// Every header is checked against the file's real size before anything is allocated. Not a general IDX
// reader (no other element types), and not the data set itself (that is data/mnist.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

// count images of rows × cols pixels, kept as bytes: 0 is the background, 255 full ink.
struct Images {
    std::size_t count = 0;              // number of images
    std::size_t rows = 0;               // pixel rows per image (28 for MNIST)
    std::size_t cols = 0;               // pixel columns per image (28 for MNIST)
    std::vector<std::uint8_t> pixels;   // count·rows·cols bytes: image k, row r, column c at (k·rows + r)·cols + c

    // rows·cols (784 for MNIST).
    std::size_t pixels_per_image() const { return rows * cols; }
    // The rows·cols pixels of image k (0 ≤ k < count), row after row.
    const std::uint8_t* image(std::size_t k) const { return pixels.data() + k * pixels_per_image(); }
};

// count labels, one byte each: the digit 0..9 shown by the image with the same index.
struct Labels {
    std::size_t count = 0;              // number of labels
    std::vector<std::uint8_t> values;   // count digits, each 0..9
};

// The magic numbers that open an IDX file of unsigned bytes: 0x00 0x00, type 0x08, dimension count.
constexpr std::uint32_t idx_images_magic = 0x00000803;  // unsigned bytes, 3 dimensions
constexpr std::uint32_t idx_labels_magic = 0x00000801;  // unsigned bytes, 1 dimension

// Reads an image file (magic 0x00000803, then count, rows, cols as big-endian 32-bit numbers, then the
// pixels). Throws InputError("FILE: ...") for an unreadable file, a bad magic number, a zero or absurd
// size, a header that promises more or fewer bytes than the file has.
Images read_idx_images(const std::string& path);

// Reads a label file (magic 0x00000801, then count, then one byte per label). Throws InputError as
// read_idx_images does, and for a label outside 0..9 (naming its index).
Labels read_idx_labels(const std::string& path);
