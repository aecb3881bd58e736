#include "io/idx.h"

#include "core/input_error.h"
#include "core/input_file.h"

#include <cstdio>
#include <fstream>
#include <limits>

// An IDX file opened for reading, with its real length known before anything is read.
struct IdxFile {
    std::string path;
    std::ifstream in;
    std::uint64_t length = 0;  // bytes in the file
};

static IdxFile open_idx(const std::string& path) {
    IdxFile file{path, open_input(path, "IDX file", max_binary_bytes), 0};
    file.in.seekg(0, std::ios::end);
    const std::streamoff end = file.in.tellg();
    if (end < 0) throw InputError(path, 0, "cannot read file (is it a regular file?)");
    file.length = static_cast<std::uint64_t>(end);
    file.in.seekg(0, std::ios::beg);
    return file;
}

// Reads `n` bytes into `out`; the caller has already checked that the file is long enough.
static void read_bytes(IdxFile& file, std::uint8_t* out, std::size_t n) {
    file.in.read(reinterpret_cast<char*>(out), static_cast<std::streamsize>(n));
    if (static_cast<std::size_t>(file.in.gcount()) != n)
        throw InputError(file.path, 0, "read failed after " + std::to_string(file.in.gcount()) + " of " +
                                           std::to_string(n) + " bytes (was the file changed while reading?)");
}

// The big-endian 32-bit number made of 4 bytes: b0·2^24 + b1·2^16 + b2·2^8 + b3.
static std::uint32_t big_endian(const std::uint8_t* b) {
    return (std::uint32_t{b[0]} << 24) | (std::uint32_t{b[1]} << 16) | (std::uint32_t{b[2]} << 8) | b[3];
}

static std::string hex8(std::uint32_t x) {
    char text[11];
    std::snprintf(text, sizeof text, "0x%08x", static_cast<unsigned>(x));
    return text;
}

// What a file with this magic number probably is, to make a mix-up obvious.
static std::string looks_like(std::uint32_t magic) {
    if (magic == idx_images_magic) return "; it looks like an image file";
    if (magic == idx_labels_magic) return "; it looks like a label file";
    if ((magic >> 16) == 0x1f8b) return "; it looks gzip-compressed: unpack it with gunzip";  // bytes 1f 8b
    return "";
}

// Reads the magic number and the `dimensions` sizes that follow it; checks both before returning.
static std::vector<std::uint32_t> read_header(IdxFile& file, std::uint32_t magic_expected, const char* kind) {
    const std::size_t dimensions = magic_expected & 0xff;
    const std::uint64_t header_bytes = 4 + 4 * dimensions;
    if (file.length < 4)
        throw InputError(file.path, 0, "truncated: " + std::to_string(file.length) +
                                           " bytes, too short for the 4-byte IDX magic number (expected " +
                                           hex8(magic_expected) + ")");
    std::uint8_t header[16];
    read_bytes(file, header, 4);
    const std::uint32_t magic = big_endian(header);
    if (magic != magic_expected)
        throw InputError(file.path, 0, "bad magic number " + hex8(magic) + " (expected " + hex8(magic_expected) +
                                           " for " + kind + looks_like(magic) + ")");
    if (file.length < header_bytes)
        throw InputError(file.path, 0, "truncated header: " + std::to_string(file.length) + " bytes (expected " +
                                           std::to_string(header_bytes) + ": magic number and " +
                                           std::to_string(dimensions) + " sizes)");
    read_bytes(file, header + 4, header_bytes - 4);
    std::vector<std::uint32_t> sizes;
    for (std::size_t d = 0; d < dimensions; ++d) sizes.push_back(big_endian(header + 4 + 4 * d));
    return sizes;
}

// Checks that the bytes after the header are exactly `promised` (the product of the header's sizes).
static void check_length(const IdxFile& file, std::uint64_t header_bytes, std::uint64_t promised,
                         const std::string& what) {
    const std::uint64_t actual = file.length - header_bytes;
    if (actual < promised)
        throw InputError(file.path, 0, "truncated: the header promises " + what + " = " + std::to_string(promised) +
                                           " bytes after the " + std::to_string(header_bytes) +
                                           "-byte header, the file has " + std::to_string(actual));
    if (actual > promised)
        throw InputError(file.path, 0, "too long: the header promises " + what + " = " + std::to_string(promised) +
                                           " bytes after the " + std::to_string(header_bytes) +
                                           "-byte header, the file has " + std::to_string(actual) +
                                           " (is the header wrong?)");
}

Images read_idx_images(const std::string& path) {
    IdxFile file = open_idx(path);
    const std::vector<std::uint32_t> sizes = read_header(file, idx_images_magic, "images of unsigned bytes");
    const std::uint64_t count = sizes[0], rows = sizes[1], cols = sizes[2];
    if (count == 0 || rows == 0 || cols == 0)
        throw InputError(path, 0, "header says " + std::to_string(count) + " images of " + std::to_string(rows) +
                                      "×" + std::to_string(cols) + " pixels (expected sizes of at least 1)");
    // Each size is below 2^32, so rows·cols < 2^64; count·rows·cols may overflow and is checked.
    const std::uint64_t per_image = rows * cols;
    const std::string promise = std::to_string(count) + " images of " + std::to_string(rows) + "×" +
                                std::to_string(cols) + " pixels";
    if (count > std::numeric_limits<std::uint64_t>::max() / per_image)
        throw InputError(path, 0, "absurd header: " + promise + " is more bytes than any file can hold");
    check_length(file, 16, count * per_image, promise);

    Images images;
    images.count = static_cast<std::size_t>(count);
    images.rows = static_cast<std::size_t>(rows);
    images.cols = static_cast<std::size_t>(cols);
    images.pixels.resize(images.count * images.pixels_per_image());
    read_bytes(file, images.pixels.data(), images.pixels.size());
    return images;
}

Labels read_idx_labels(const std::string& path) {
    IdxFile file = open_idx(path);
    const std::uint64_t count = read_header(file, idx_labels_magic, "labels of unsigned bytes")[0];
    if (count == 0) throw InputError(path, 0, "header says 0 labels (expected at least 1)");
    check_length(file, 8, count, std::to_string(count) + " labels");

    Labels labels;
    labels.count = static_cast<std::size_t>(count);
    labels.values.resize(labels.count);
    read_bytes(file, labels.values.data(), labels.count);
    for (std::size_t k = 0; k < labels.count; ++k)
        if (labels.values[k] > 9)
            throw InputError(path, 0, "label " + std::to_string(k) + " is " + std::to_string(labels.values[k]) +
                                          " (expected a digit 0..9)");
    return labels;
}
