// The MNIST data set on disk: the four IDX files in one folder, read and checked as pairs of images and
// labels. Not the file format (data/idx.h) and not the fetching (data/fetch-mnist.sh, `make data`).
#pragma once

#include "io/idx.h"

#include <cstddef>
#include <string>

// Images and their labels: labels.values[k] is the digit shown by image k (images.count == labels.count).
struct Dataset {
    Images images;
    Labels labels;

    // The number of examples (images.count).
    std::size_t count() const { return images.count; }
};

// The 60,000 training and 10,000 test examples.
struct Mnist {
    Dataset train;
    Dataset test;
};

// The four file names, as `make data` stores them.
inline const std::string mnist_train_images = "train-images-idx3-ubyte";
inline const std::string mnist_train_labels = "train-labels-idx1-ubyte";
inline const std::string mnist_test_images = "t10k-images-idx3-ubyte";
inline const std::string mnist_test_labels = "t10k-labels-idx1-ubyte";

// True when all four files exist in `folder` (they are checked only when read).
bool mnist_present(const std::string& folder);

// Reads an image file and its label file; throws InputError when either is bad or their counts differ.
Dataset read_dataset(const std::string& images_path, const std::string& labels_path);

// Reads all four files from `folder` (e.g. "data/mnist"); throws InputError naming the bad file, also for
// images that are not 28×28 pixels.
Mnist read_mnist(const std::string& folder);

// Examples begin..end-1 of `data` as a new data set (0 ≤ begin ≤ end ≤ data.count()), e.g. the first
// 5,000 training images held out for validation: slice(train, 0, 5000).
Dataset slice(const Dataset& data, std::size_t begin, std::size_t end);
