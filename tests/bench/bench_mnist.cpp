// nnwalk's side of `make bench`: trains the MNIST model with the vector core and prints `key value` lines
// (median seconds per epoch, test accuracy, inference images per second (median of 5 passes), peak memory)
// for run.sh's table.
// usage: bench_mnist DATA_DIR EPOCHS BATCH sgd|adam HIDDEN THREADS   e.g. data/mnist 30 32 sgd 300,100 2
#include "io/idx.h"
#include "vector/sequential.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>

// "300,100" → {300, 100}
static std::vector<std::size_t> layer_sizes(const std::string& text) {
    std::vector<std::size_t> sizes;
    std::istringstream in(text);
    std::string word;
    while (std::getline(in, word, ',')) sizes.push_back(std::stoul(word));
    return sizes;
}

int main(int argc, char** argv) {
    if (argc != 7) {
        std::cerr << "usage: bench_mnist DATA_DIR EPOCHS BATCH sgd|adam HIDDEN THREADS\n";
        return 2;
    }
    const std::string data = argv[1], optimizer = argv[4];
    const std::size_t epochs = std::stoul(argv[2]), batch = std::stoul(argv[3]), threads = std::stoul(argv[6]);
    const Images images = read_idx_images(data + "/train-images-idx3-ubyte");
    const Labels labels = read_idx_labels(data + "/train-labels-idx1-ubyte");
    const Images test_images = read_idx_images(data + "/t10k-images-idx3-ubyte");
    const Labels test_labels = read_idx_labels(data + "/t10k-labels-idx1-ubyte");
    const vec::Examples all(images.pixels, labels.values, 784), test(test_images.pixels, test_labels.values, 784);

    vec::Sequential model(784, 42);
    for (std::size_t units : layer_sizes(argv[5])) model.add(vec::Dense(units, "relu"));
    model.add(vec::Dense(10, "softmax"));
    model.compile("sparse_categorical_crossentropy", optimizer == "adam" ? vec::Adam() : vec::SGD());
    model.set_threads(threads);
    model.set_progress(nullptr);
    // The first 5,000 training images are held out for validation, as in the tutorial (not evaluated here).
    vec::History history = model.fit(all.slice(5000, all.count() - 5000), epochs, batch);

    // Inference: the median of 5 passes over the test set (one pass takes a few dozen milliseconds).
    double accuracy = 0;
    std::vector<double> passes;
    for (int pass = 0; pass < 5; ++pass) {
        const auto start = std::chrono::steady_clock::now();
        accuracy = model.evaluate(test).accuracy;
        passes.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(passes.begin(), passes.end());
    const double inference = passes[passes.size() / 2];

    std::vector<double> seconds = history.seconds;
    std::sort(seconds.begin(), seconds.end());
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("epoch_seconds %.6f\n", seconds.empty() ? 0.0 : seconds[seconds.size() / 2]);
    std::printf("test_accuracy %.6f\n", accuracy);
    std::printf("images_per_second %.0f\n", static_cast<double>(test.count()) / inference);
    std::printf("peak_mb %.1f\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
    return history.stopped ? 1 : 0;
}
