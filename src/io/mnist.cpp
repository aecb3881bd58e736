#include "io/mnist.h"

#include "core/input_error.h"

#include <fstream>
#include <stdexcept>

bool mnist_present(const std::string& folder) {
    for (const std::string* name : {&mnist_train_images, &mnist_train_labels, &mnist_test_images, &mnist_test_labels})
        if (!std::ifstream(folder + "/" + *name)) return false;
    return true;
}

Dataset read_dataset(const std::string& images_path, const std::string& labels_path) {
    Dataset data{read_idx_images(images_path), read_idx_labels(labels_path)};
    if (data.images.count != data.labels.count)
        throw InputError(labels_path, 0, "has " + std::to_string(data.labels.count) + " labels but " + images_path +
                                             " has " + std::to_string(data.images.count) +
                                             " images (expected one label per image)");
    return data;
}

// MNIST's images are 28×28 pixels; a model for them has 784 inputs.
static void check_28_by_28(const Images& images, const std::string& path) {
    if (images.rows != 28 || images.cols != 28)
        throw InputError(path, 0, "images of " + std::to_string(images.rows) + "×" + std::to_string(images.cols) +
                                      " pixels (expected MNIST's 28×28)");
}

Mnist read_mnist(const std::string& folder) {
    Mnist mnist{read_dataset(folder + "/" + mnist_train_images, folder + "/" + mnist_train_labels),
                read_dataset(folder + "/" + mnist_test_images, folder + "/" + mnist_test_labels)};
    check_28_by_28(mnist.train.images, folder + "/" + mnist_train_images);
    check_28_by_28(mnist.test.images, folder + "/" + mnist_test_images);
    return mnist;
}

Dataset slice(const Dataset& data, std::size_t begin, std::size_t end) {
    if (begin > end || end > data.count())
        throw std::out_of_range("slice " + std::to_string(begin) + ".." + std::to_string(end) + " of " +
                                std::to_string(data.count()) + " examples");
    const std::size_t n = data.images.pixels_per_image();
    Dataset part;
    part.images.count = end - begin;
    part.images.rows = data.images.rows;
    part.images.cols = data.images.cols;
    part.images.pixels.assign(data.images.pixels.begin() + static_cast<std::ptrdiff_t>(begin * n),
                              data.images.pixels.begin() + static_cast<std::ptrdiff_t>(end * n));
    part.labels.count = end - begin;
    part.labels.values.assign(data.labels.values.begin() + static_cast<std::ptrdiff_t>(begin),
                              data.labels.values.begin() + static_cast<std::ptrdiff_t>(end));
    return part;
}
