// Tests of the IDX reader and the MNIST data set: small files written here byte by byte, every bad
// header, and (when `make data` has run) the real files' published sizes and first labels.
#include <doctest/doctest.h>


#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "io/idx.h"
#include "core/input_error.h"
#include "io/mnist.h"
#include "run_program.h"
#include "test_files.h"

namespace {

using Bytes = std::vector<std::uint8_t>;

// Writes `bytes` to a file called `name` in the test folder and returns its path.
std::string write_file(const std::string& name, const Bytes& bytes) {
    return test_file(name, std::string(bytes.begin(), bytes.end()));
}

// The 4 bytes of x, most significant first (IDX numbers are big-endian).
void append_big_endian(Bytes& bytes, std::uint32_t x) {
    for (int shift = 24; shift >= 0; shift -= 8) bytes.push_back(static_cast<std::uint8_t>(x >> shift));
}

// An IDX header: the magic number, then each size.
Bytes header(std::uint32_t magic, const std::vector<std::uint32_t>& sizes) {
    Bytes bytes;
    append_big_endian(bytes, magic);
    for (std::uint32_t size : sizes) append_big_endian(bytes, size);
    return bytes;
}

// `count` bytes 0, 1, 2, … (mod 256) after `start`.
Bytes with_data(Bytes start, std::size_t count) {
    for (std::size_t k = 0; k < count; ++k) start.push_back(static_cast<std::uint8_t>(k % 256));
    return start;
}

// The message of the InputError that reading the file throws ("" when it throws none).
template <typename Read>
std::string error_of(Read read, const std::string& path) {
    try {
        read(path);
    } catch (const InputError& error) {
        CHECK(error.file == path);
        CHECK(error.line == 0);  // binary files have no lines
        CHECK(std::string(error.what()) == path + ": " + error.reason);
        return error.reason;
    }
    return "";
}

std::string image_error(const Bytes& bytes) {
    return error_of(read_idx_images, write_file("images", bytes));
}

std::string label_error(const Bytes& bytes) {
    return error_of(read_idx_labels, write_file("labels", bytes));
}

}  // namespace

TEST_SUITE("idx") {

TEST_CASE("a good image file: sizes from the header, pixels image by image, row by row") {
    // 2 images of 2 rows × 3 columns: pixel bytes 0..11, so image k, row r, column c holds (k·2 + r)·3 + c.
    const std::string path = write_file("good-images", with_data(header(0x00000803, {2, 2, 3}), 12));
    const Images images = read_idx_images(path);
    CHECK(images.count == 2);
    CHECK(images.rows == 2);
    CHECK(images.cols == 3);
    CHECK(images.pixels_per_image() == 6);
    REQUIRE(images.pixels.size() == 12);
    CHECK(images.pixels[(1 * 2 + 1) * 3 + 2] == 11);  // image 1, row 1, column 2: (1·2 + 1)·3 + 2 = 11
    CHECK(images.image(1)[0] == 6);                    // image 1 starts after the 2·3 = 6 pixels of image 0
}

TEST_CASE("a good label file") {
    Bytes bytes = header(0x00000801, {3});
    bytes.insert(bytes.end(), {7, 0, 9});
    const Labels labels = read_idx_labels(write_file("good-labels", bytes));
    CHECK(labels.count == 3);
    CHECK(labels.values == Bytes{7, 0, 9});
}

TEST_CASE("a missing file") {
    const std::string path = test_path("no-such-file");
    CHECK(contains(error_of(read_idx_images, path), "cannot open"));
    CHECK(contains(error_of(read_idx_labels, path), "cannot open"));
}

TEST_CASE("too short for the magic number") {
    CHECK(contains(image_error({}), "truncated: 0 bytes, too short for the 4-byte IDX magic number"));
    CHECK(contains(label_error({0, 0, 8}), "truncated: 3 bytes, too short for the 4-byte IDX magic number"));
}

TEST_CASE("bad magic numbers say what was expected and what the file looks like") {
    CHECK(image_error(with_data(header(0x00000802, {2, 2, 3}), 12)) ==
          "bad magic number 0x00000802 (expected 0x00000803 for images of unsigned bytes)");
    // A label file given where images are expected, and the other way round.
    CHECK(image_error(with_data(header(0x00000801, {3}), 3)) ==
          "bad magic number 0x00000801 (expected 0x00000803 for images of unsigned bytes; it looks like a label file)");
    CHECK(label_error(with_data(header(0x00000803, {1, 1, 1}), 1)) ==
          "bad magic number 0x00000803 (expected 0x00000801 for labels of unsigned bytes; it looks like an image file)");
    // A file still compressed: gzip files start with the bytes 1f 8b.
    CHECK(contains(image_error({0x1f, 0x8b, 0x08, 0x08, 0, 0, 0, 0}), "gzip-compressed"));
    // Another element type (0x0d: float) is not read.
    CHECK(contains(image_error(with_data(header(0x00000d03, {1, 1, 1}), 4)), "bad magic number 0x00000d03"));
}

TEST_CASE("a header cut short") {
    // The image header is 4 + 3·4 = 16 bytes; this file has the magic number and two sizes (12 bytes).
    CHECK(image_error(header(0x00000803, {2, 2})) ==
          "truncated header: 12 bytes (expected 16: magic number and 3 sizes)");
    // The label header is 4 + 4 = 8 bytes.
    CHECK(label_error({0, 0, 8, 1, 0, 0}) == "truncated header: 6 bytes (expected 8: magic number and 1 sizes)");
}

TEST_CASE("zero sizes") {
    CHECK(image_error(header(0x00000803, {2, 0, 3})) ==
          "header says 2 images of 0×3 pixels (expected sizes of at least 1)");
    CHECK(image_error(header(0x00000803, {0, 28, 28})) ==
          "header says 0 images of 28×28 pixels (expected sizes of at least 1)");
    CHECK(label_error(header(0x00000801, {0})) == "header says 0 labels (expected at least 1)");
}

TEST_CASE("pixels missing or left over") {
    // 2 images of 2×3 = 12 pixel bytes are promised; 11 or 13 are there.
    CHECK(image_error(with_data(header(0x00000803, {2, 2, 3}), 11)) ==
          "truncated: the header promises 2 images of 2×3 pixels = 12 bytes after the 16-byte header, the file has 11");
    CHECK(image_error(with_data(header(0x00000803, {2, 2, 3}), 13)) ==
          "too long: the header promises 2 images of 2×3 pixels = 12 bytes after the 16-byte header, the file has 13 "
          "(is the header wrong?)");
    CHECK(label_error(with_data(header(0x00000801, {5}), 4)) ==
          "truncated: the header promises 5 labels = 5 bytes after the 8-byte header, the file has 4");
}

TEST_CASE("a lying header is caught before anything is allocated") {
    // 4,294,967,295 images of 1000×1000 pixels: about 4.3·10^15 bytes. Allocating that first would throw
    // std::bad_alloc (or abort under AddressSanitizer); the reader compares it with the 100-byte file first.
    CHECK(contains(image_error(with_data(header(0x00000803, {0xffffffff, 1000, 1000}), 100)),
                   "truncated: the header promises 4294967295 images of 1000×1000 pixels = 4294967295000000 bytes"));
    // (2^32 − 1)^3 ≈ 7.9·10^28 bytes does not even fit in 64 bits.
    CHECK(image_error(with_data(header(0x00000803, {0xffffffff, 0xffffffff, 0xffffffff}), 10)) ==
          "absurd header: 4294967295 images of 4294967295×4294967295 pixels is more bytes than any file can hold");
    CHECK(contains(label_error(with_data(header(0x00000801, {0xffffffff}), 10)),
                   "truncated: the header promises 4294967295 labels"));
}

TEST_CASE("labels outside 0..9 are named by their index") {
    Bytes bytes = header(0x00000801, {4});
    bytes.insert(bytes.end(), {3, 9, 10, 255});
    CHECK(label_error(bytes) == "label 2 is 10 (expected a digit 0..9)");
}

TEST_CASE("images and labels must pair up") {
    const std::string images = write_file("pair-images", with_data(header(0x00000803, {3, 1, 2}), 6));
    Bytes labels = header(0x00000801, {2});
    labels.insert(labels.end(), {1, 2});
    const std::string labels_path = write_file("pair-labels", labels);
    try {
        read_dataset(images, labels_path);
        FAIL("expected an InputError");
    } catch (const InputError& error) {
        CHECK(error.file == labels_path);
        CHECK(error.reason == "has 2 labels but " + images + " has 3 images (expected one label per image)");
    }
}

TEST_CASE("read_mnist wants MNIST's 28×28 images") {
    // A folder with the four file names, holding one image of 2×2 pixels each and its label.
    const std::filesystem::path folder = test_path("small-mnist");
    std::filesystem::create_directories(folder);
    for (const std::string* name : {&mnist_train_images, &mnist_test_images})
        write_file("small-mnist/" + *name, with_data(header(0x00000803, {1, 2, 2}), 4));
    for (const std::string* name : {&mnist_train_labels, &mnist_test_labels})
        write_file("small-mnist/" + *name, with_data(header(0x00000801, {1}), 1));
    CHECK(mnist_present(folder.string()));
    try {
        read_mnist(folder.string());
        FAIL("expected an InputError");
    } catch (const InputError& error) {
        CHECK(error.file == (folder / mnist_train_images).string());
        CHECK(error.reason == "images of 2×2 pixels (expected MNIST's 28×28)");
    }
}

TEST_CASE("slice keeps the images and labels of examples begin..end-1 together") {
    Bytes labels = header(0x00000801, {3});
    labels.insert(labels.end(), {4, 5, 6});
    // 3 images of 1×2 pixels: 0 1 | 2 3 | 4 5.
    const Dataset data = read_dataset(write_file("slice-images", with_data(header(0x00000803, {3, 1, 2}), 6)),
                                      write_file("slice-labels", labels));
    const Dataset tail = slice(data, 1, 3);
    CHECK(tail.count() == 2);
    CHECK(tail.images.rows == 1);
    CHECK(tail.images.cols == 2);
    CHECK(tail.images.pixels == Bytes{2, 3, 4, 5});
    CHECK(tail.labels.count == 2);
    CHECK(tail.labels.values == Bytes{5, 6});
    CHECK(slice(data, 2, 2).count() == 0);
    CHECK_THROWS_AS(slice(data, 2, 4), std::out_of_range);
}

}  // TEST_SUITE("idx")

// The real data, in data/mnist/ when `make data` has run (the tests run from the repository's top folder).
static const bool have_mnist = mnist_present("data/mnist");

TEST_SUITE("idx") {

TEST_CASE("the real MNIST files, or why their test is skipped") {
    if (!have_mnist) MESSAGE("skipped: the MNIST test needs data/mnist/ (run `make data` first)");
}

TEST_CASE("the real MNIST files have the published sizes and first labels" * doctest::skip(!have_mnist)) {
    const Mnist mnist = read_mnist("data/mnist");
    // LeCun, Cortes, Burges, "The MNIST database": 60,000 training and 10,000 test images of 28×28 pixels.
    CHECK(mnist.train.count() == 60000);
    CHECK(mnist.test.count() == 10000);
    CHECK(mnist.train.images.rows == 28);
    CHECK(mnist.train.images.cols == 28);
    // The first ten training labels, as every tutorial shows them: 5 0 4 1 9 2 1 3 1 4.
    CHECK(Bytes(mnist.train.labels.values.begin(), mnist.train.labels.values.begin() + 10) ==
          Bytes{5, 0, 4, 1, 9, 2, 1, 3, 1, 4});
    // The first five test labels: 7 2 1 0 4.
    CHECK(Bytes(mnist.test.labels.values.begin(), mnist.test.labels.values.begin() + 5) == Bytes{7, 2, 1, 0, 4});
}

}  // TEST_SUITE("idx")
