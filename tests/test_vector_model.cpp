// The vector core's Keras-shaped model: parameter counts worked by hand, the float gradients against
// central differences, Adam's first step, save → load, damaged model files, determinism, NaN stops.
#include "core/input_error.h"
#include "core/rng.h"
#include "print/summary_text.h"
#include "vector/model_file.h"
#include "vector/sequential.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

using vec::Dense;
using vec::Examples;
using vec::Matrix;
using vec::Sequential;

namespace {

// The tutorial's model: 784 → 300 relu → 100 relu → 10 softmax.
Sequential mnist_model(std::uint64_t seed = 42) {
    Sequential model(784, seed);
    model.add(Dense(300, "relu"));
    model.add(Dense(100, "relu"));
    model.add(Dense(10, "softmax"));
    return model;
}

// Two classes of points in the plane: label 1 when x + y > 0 (a straight line separates them).
struct Points {
    Matrix<float> x;
    std::vector<std::uint8_t> labels;
};
Points two_classes(std::size_t count, std::uint64_t seed) {
    Rng rng(seed);
    Points p{Matrix<float>(count, 2), std::vector<std::uint8_t>(count)};
    for (std::size_t e = 0; e < count; ++e) {
        p.x(e, 0) = static_cast<float>(rng.uniform(-1, 1));
        p.x(e, 1) = static_cast<float>(rng.uniform(-1, 1));
        p.labels[e] = p.x(e, 0) + p.x(e, 1) > 0 ? 1 : 0;
    }
    return p;
}

Sequential small_model(std::uint64_t seed) {
    Sequential model(2, seed);
    model.add(Dense(16, "relu"));
    model.add(Dense(2, "softmax"));
    model.compile("sparse_categorical_crossentropy", vec::SGD(0.1));
    model.set_progress(nullptr);
    return model;
}

std::string temp_path(const std::string& name) { return std::string(NNWALK_BUILD) + "/tests/" + name; }

std::string read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write_bytes(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

// The message of the InputError that loading `path` into the MNIST model throws ("" if none).
std::string load_error(const std::string& path) {
    Sequential model = mnist_model();
    try {
        model.load_weights(path);
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_SUITE("vector") {

TEST_CASE("parameter counts of the tutorial's model, worked by hand") {
    Sequential model = mnist_model();
    const auto& layers = model.layers().layers;
    // weights n_{l−1}·n_l plus biases n_l
    CHECK(layers[0].parameter_count() == 235500);  // 784·300 + 300 = 235,200 + 300
    CHECK(layers[1].parameter_count() == 30100);   // 300·100 + 100 = 30,000 + 100
    CHECK(layers[2].parameter_count() == 1010);    // 100·10 + 10 = 1,000 + 10
    CHECK(model.count_params() == 266610);         // 235,500 + 30,100 + 1,010
    std::ostringstream printed;
    print_summary(printed, model);
    const std::string summary = printed.str();
    CHECK(summary.find(" dense (Dense)               (None, 300)               235500\n") != std::string::npos);
    CHECK(summary.find(" dense_1 (Dense)             (None, 100)               30100\n") != std::string::npos);
    CHECK(summary.find(" dense_2 (Dense)             (None, 10)                1010\n") != std::string::npos);
    CHECK(summary.find("Total params: 266,610\n") != std::string::npos);
}

TEST_CASE("Glorot-uniform weights stay within ±√(6/(n_{l−1} + n_l)) and biases start at 0") {
    Sequential model = mnist_model();
    const auto& first = model.layers().layers[0];
    const double limit = std::sqrt(6.0 / (784 + 300));  // √(6/1084) = 0.07440
    double largest = 0, sum_of_squares = 0;
    for (std::size_t e = 0; e < first.weights.size(); ++e) {
        largest = std::fmax(largest, std::fabs(first.weights.data()[e]));
        sum_of_squares += double(first.weights.data()[e]) * first.weights.data()[e];
    }
    CHECK(largest <= limit);
    CHECK(largest > 0.99 * limit);  // 235,200 draws come within 1% of the limit
    // U(−r, r) has variance r²/3; over 235,200 draws the sample value is within 1% of it.
    CHECK(sum_of_squares / first.weights.size() == doctest::Approx(limit * limit / 3).epsilon(0.01));
    for (float b : first.bias) REQUIRE(b == 0);
}

TEST_CASE("float gradients agree with central differences (tanh, sigmoid, softmax)") {
    Rng rng(11);
    vec::Network<float> net(5);
    net.add(7, vec::Activation::tanh, rng);
    net.add(6, vec::Activation::sigmoid, rng);
    net.add(4, vec::Activation::softmax, rng);
    for (auto& layer : net.layers)
        for (float& b : layer.bias) b = static_cast<float>(rng.uniform(-0.5, 0.5));
    const std::size_t m = 3;
    Matrix<float> x(m, 5), targets(m, 4, 0.0f);
    for (std::size_t e = 0; e < x.size(); ++e) x.data()[e] = static_cast<float>(rng.uniform(-2, 2));
    for (std::size_t s = 0; s < m; ++s) targets(s, s % 4) = 1;
    const auto loss = vec::Loss::sparse_categorical_crossentropy;
    net.gradients(x, targets, loss, nullptr);
    // Mean E of the batch with the current weights.
    auto mean_error = [&] {
        const Matrix<float>& y = net.forward(x, nullptr);
        return double(vec::total_loss(loss, net.layers.back().z, y, targets)) / m;
    };
    // h = 0.01: the central difference is off by h²/6·|E‴| ≈ 2e-5 for |E‴| ≤ 10, and float rounding of E
    // (≈ 1e-7 relative on values ≈ 1) over 2h adds ≈ 1e-5; 1e-3 leaves a wide margin and still catches a
    // wrong sign or a missing factor.
    const float h = 0.01f;
    double largest = 0;
    for (std::size_t l = 0; l < net.layers.size(); ++l) {
        auto& layer = net.layers[l];
        const Matrix<float> gradient = layer.weight_gradient;
        for (std::size_t e = 0; e < layer.weights.size(); ++e) {
            const float w = layer.weights.data()[e];
            layer.weights.data()[e] = w + h;
            const double up = mean_error();
            layer.weights.data()[e] = w - h;
            const double down = mean_error();
            layer.weights.data()[e] = w;
            const double numerical = (up - down) / (2 * h);
            CAPTURE(l);
            CAPTURE(e);
            CHECK(std::fabs(gradient.data()[e] - numerical) <= 1e-3);
            largest = std::fmax(largest, std::fabs(numerical));
        }
    }
    CHECK(largest > 0.05);  // not vacuous
}

TEST_CASE("Adam's first step moves each weight by η·|g|·√(1 − β₂)/(√(1 − β₂)·|g| + ε) against its gradient") {
    // Step 1: m = (1 − β₁)g, v = (1 − β₂)g², and the step η·√(1 − β₂)/(1 − β₁) · m/(√v + ε)
    // = η·√(1 − β₂)·g/(√(1 − β₂)·|g| + ε): almost η·sign(g) unless |g| is tiny.
    Rng rng(3);
    vec::Network<double> net(3);
    net.add(4, vec::Activation::relu, rng);
    net.add(2, vec::Activation::softmax, rng);
    Matrix<double> x(2, 3), targets(2, 2, 0.0);
    for (std::size_t e = 0; e < x.size(); ++e) x.data()[e] = rng.uniform(-1, 1);
    targets(0, 0) = targets(1, 1) = 1;
    const auto loss = vec::Loss::sparse_categorical_crossentropy;
    net.gradients(x, targets, loss, nullptr);
    const vec::Network<double> before = net;
    const double rate = 0.001, root = std::sqrt(1 - 0.999);
    net.train_step(x, targets, loss, vec::Adam(rate), nullptr);
    std::size_t moved = 0;
    for (std::size_t l = 0; l < 2; ++l)
        for (std::size_t e = 0; e < net.layers[l].weights.size(); ++e) {
            const double g = before.layers[l].weight_gradient.data()[e];
            const double expected = -rate * root * g / (root * std::fabs(g) + 1e-7);
            CHECK(net.layers[l].weights.data()[e] - before.layers[l].weights.data()[e] == doctest::Approx(expected).epsilon(1e-9));
            moved += std::fabs(g) > 1e-3;
        }
    CHECK(moved > 5);  // not vacuous
}

TEST_CASE("byte inputs become x/255 when a batch is copied") {
    const std::vector<std::uint8_t> pixels{0, 51, 255, 102}, labels{3, 7};
    const Examples examples(pixels, labels, 2);
    CHECK(examples.count() == 2);
    Matrix<float> x;
    const std::size_t order[] = {1, 0};
    examples.copy_inputs(order, 2, x);
    CHECK(x(0, 0) == 1.0f);                // 255/255
    CHECK(x(0, 1) == doctest::Approx(0.4));  // 102/255 = 0.4
    CHECK(x(1, 0) == 0.0f);
    CHECK(x(1, 1) == doctest::Approx(0.2));  // 51/255 = 0.2
    CHECK(examples.slice(1, 1).label(0) == 7);
    CHECK_THROWS_AS(examples.slice(1, 2), std::out_of_range);
    CHECK_THROWS_AS(Examples(pixels, labels, 3), std::invalid_argument);
}

TEST_CASE("cross-entropy through log-sum-exp stays finite for a confident wrong answer") {
    // z = (1000, 0), label 1: ln y_1 = 0 − 1000 − ln(1 + e^−1000) = −1000, so E = 1000 (not ln 0 = −∞).
    Matrix<double> z(1, 2), y, targets(1, 2, 0.0);
    z(0, 0) = 1000;
    targets(0, 1) = 1;
    vec::activate(vec::Activation::softmax, z, y);
    CHECK(y(0, 0) == 1.0);
    CHECK(vec::total_loss(vec::Loss::sparse_categorical_crossentropy, z, y, targets) == doctest::Approx(1000).epsilon(1e-12));
}

TEST_CASE("fit learns a straight-line boundary, and the same seed gives the same weights on 1 or 2 threads") {
    const Points train = two_classes(2000, 1), test = two_classes(500, 2);
    Sequential one = small_model(5), two = small_model(5);
    one.set_threads(1);
    two.set_threads(2);
    const vec::History h = one.fit(Examples(train.x, train.labels), 5, Examples(test.x, test.labels));
    two.fit(Examples(train.x, train.labels), 5, Examples(test.x, test.labels));
    REQUIRE(h.loss.size() == 5);
    CHECK(h.loss.back() < h.loss.front());
    CHECK(h.val_accuracy.back() >= 0.95);
    CHECK(one.evaluate(Examples(test.x, test.labels)).accuracy == h.val_accuracy.back());
    for (std::size_t l = 0; l < 2; ++l)
        for (std::size_t e = 0; e < one.layers().layers[l].weights.size(); ++e)
            REQUIRE(one.layers().layers[l].weights.data()[e] == two.layers().layers[l].weights.data()[e]);
    const std::vector<int> classes = one.predict_classes(Examples(test.x, {}));
    std::size_t right = 0;
    for (std::size_t e = 0; e < classes.size(); ++e) right += classes[e] == test.labels[e];
    CHECK(right == static_cast<std::size_t>(std::lround(h.val_accuracy.back() * 500)));
}

TEST_CASE("the results do not depend on the number of threads: SGD and Adam give bit-identical weights on 1, 2 and 3 threads") {
    // The tutorial's shapes, so that every product of a step is big enough to be shared between the threads
    // (Z[1] = A[0]·W[1] is 32·784·300 = 7,526,400 multiply-adds, the threshold is 100,000): 330 random images
    // (10 full batches of 32 and one of 10), then predict on all of them (batches of 500, cut into columns).
    Rng rng(21);
    std::vector<std::uint8_t> pixels(330 * 784), labels(330);
    for (auto& p : pixels) p = static_cast<std::uint8_t>(rng.uniform(0, 256));
    for (auto& l : labels) l = static_cast<std::uint8_t>(rng.uniform(0, 10));
    const Examples data(pixels, labels, 784);
    for (const vec::Optimizer& optimizer : {vec::SGD(), vec::Adam()}) {
        std::vector<Sequential> models;
        for (std::size_t threads = 1; threads <= 3; ++threads) {
            models.push_back(mnist_model(7));
            models.back().compile("sparse_categorical_crossentropy", optimizer);
            models.back().set_threads(threads);
            models.back().set_progress(nullptr);
            models.back().fit(data, 2);
        }
        const Matrix<float> one = models[0].predict(data);
        for (std::size_t t = 1; t < 3; ++t) {
            CAPTURE(t + 1);
            const auto& a = models[0].layers().layers;
            const auto& b = models[t].layers().layers;
            for (std::size_t l = 0; l < a.size(); ++l) {
                for (std::size_t e = 0; e < a[l].weights.size(); ++e) REQUIRE(a[l].weights.data()[e] == b[l].weights.data()[e]);
                for (std::size_t j = 0; j < a[l].bias.size(); ++j) REQUIRE(a[l].bias[j] == b[l].bias[j]);
            }
            const Matrix<float> other = models[t].predict(data);
            for (std::size_t e = 0; e < one.size(); ++e) REQUIRE(one.data()[e] == other.data()[e]);
        }
        // Not vacuous: training moved the weights away from the starting ones.
        const Sequential start = mnist_model(7);
        std::size_t moved = 0;
        for (std::size_t e = 0; e < start.layers().layers[0].weights.size(); ++e)
            moved += models[0].layers().layers[0].weights.data()[e] != start.layers().layers[0].weights.data()[e];
        CHECK(moved > 1000);
    }
}

TEST_CASE("a loss that becomes NaN or infinite stops training with the epoch, the batch and advice") {
    const Points train = two_classes(256, 3);
    Sequential model(2, 1);
    model.add(Dense(16, "relu"));
    model.add(Dense(2, "softmax"));
    model.compile("sparse_categorical_crossentropy", vec::SGD(1e30));
    model.set_progress(nullptr);
    const vec::History h = model.fit(Examples(train.x, train.labels), 3);
    CHECK(h.stopped);
    CHECK(h.stop_reason.rfind("epoch 1, batch ", 0) == 0);
    CHECK(h.stop_reason.find(": the loss is ") != std::string::npos);
    CHECK(h.stop_reason.find("; training stopped (the learning rate 1e+30 is too high for this model: try a lower one)") !=
          std::string::npos);
    CHECK(h.loss.empty());
}

TEST_CASE("save → load gives identical predictions; the file has the documented size") {
    const Points data = two_classes(300, 4);
    Sequential trained = small_model(6);
    trained.fit(Examples(data.x, data.labels), 2);
    const std::string path = temp_path("vector_model.bin");
    trained.save_weights(path);
    // 20 header bytes + 20 per layer + 4 per parameter + 8 checksum: 20 + 40 + 4·(2·16 + 16 + 16·2 + 2) + 8 = 396
    const std::string bytes = read_bytes(path);
    CHECK(bytes.size() == 396);
    // Version 2, and each layer's activation by name, zero-padded to 16 bytes, after its u32 width.
    CHECK(bytes.substr(8, 4) == std::string("\2\0\0\0", 4));
    CHECK(bytes.substr(24, 16) == std::string("relu", 4) + std::string(12, '\0'));
    CHECK(bytes.substr(44, 16) == std::string("softmax", 7) + std::string(9, '\0'));
    Sequential loaded = small_model(99);  // other starting weights
    loaded.load_weights(path);
    const Matrix<float> a = trained.predict(Examples(data.x, {})), b = loaded.predict(Examples(data.x, {}));
    for (std::size_t e = 0; e < a.size(); ++e) REQUIRE(a.data()[e] == b.data()[e]);
    std::remove(path.c_str());
}

TEST_CASE("damaged, truncated or mismatched model files are refused with one clear InputError") {
    Sequential model = mnist_model();
    const std::string good = temp_path("vector_good.bin"), bad = temp_path("vector_bad.bin");
    model.save_weights(good);
    const std::string bytes = read_bytes(good);
    // 20 + 3·20 + 4·266,610 + 8 = 1,066,528 bytes
    REQUIRE(bytes.size() == 1066528);
    CHECK(load_error(good).empty());

    std::string flipped = bytes;
    flipped[500000] = static_cast<char>(flipped[500000] ^ 0x10);
    write_bytes(bad, flipped);
    CHECK(load_error(bad) == bad + ": checksum mismatch: the model file is damaged");

    write_bytes(bad, bytes.substr(0, bytes.size() - 5));
    CHECK(load_error(bad) == bad + ": truncated model file: 1066523 bytes, its header describes 1066528");

    write_bytes(bad, bytes.substr(0, 10));
    CHECK(load_error(bad) == bad + ": truncated model file: 10 bytes, the header alone needs 20");

    write_bytes(bad, bytes + "x");
    CHECK(load_error(bad) == bad + ": oversized model file: 1066529 bytes, its header describes 1066528");

    std::string magic = bytes;
    magic[0] = 'X';
    write_bytes(bad, magic);
    CHECK(load_error(bad) == bad + ": not an nnwalk model file (it should start with NNWALK-W)");

    std::string version = bytes;
    version[8] = 3;
    write_bytes(bad, version);
    CHECK(load_error(bad) == bad + ": model file version 3 is not supported (expected 1 or 2)");

    // A header claiming 4,294,967,295 neurons is refused before anything that size is allocated.
    std::string huge = bytes;
    for (int b = 20; b < 24; ++b) huge[b] = static_cast<char>(0xff);
    write_bytes(bad, huge);
    CHECK(load_error(bad) == bad + ": layer 1 claims 4294967295 neurons (expected 1 to 16777216)");

    // Layer 1's name field is bytes 24..40: "relu" becomes "gelu", then something that is no name at all.
    std::string activation = bytes;
    activation[24] = 'g';
    write_bytes(bad, activation);
    CHECK(load_error(bad) ==
          bad + ": layer 1: unknown activation 'gelu' (expected linear, relu, sigmoid, tanh or softmax)");
    activation[24] = 'R';
    write_bytes(bad, activation);
    CHECK(load_error(bad) == bad + ": layer 1 has no readable activation name (expected a lowercase name such "
                                   "as relu, padded with zero bytes to 16)");
    activation = bytes;
    activation[39] = 'x';  // "relu" followed by a stray byte instead of zero padding
    write_bytes(bad, activation);
    CHECK(load_error(bad) == bad + ": layer 1 has no readable activation name (expected a lowercase name such "
                                   "as relu, padded with zero bytes to 16)");

    Sequential other(784);
    other.add(Dense(100, "relu"));
    other.add(Dense(10, "softmax"));
    other.save_weights(bad);
    CHECK(load_error(bad) == bad + ": the file holds 2 layers on 784 inputs, this model has 3 layers on 784");

    Sequential narrower(784);
    narrower.add(Dense(300, "relu"));
    narrower.add(Dense(50, "relu"));
    narrower.add(Dense(10, "softmax"));
    narrower.save_weights(bad);
    CHECK(load_error(bad) == bad + ": layer 2 is 300 → 50 relu in the file, 300 → 100 relu in this model");

    CHECK(load_error(temp_path("no_such_model.bin")) ==
          temp_path("no_such_model.bin") + ": cannot open the file (expected a readable nnwalk model file)");
    std::remove(good.c_str());
    std::remove(bad.c_str());
}

// A version 1 model file written byte by byte from its description in docs/vector.md (not by save_weights):
// magic, version 1, L, n_0, then per layer n_l and a u32 activation code (0 linear, 1 relu, 2 sigmoid,
// 3 tanh, 4 softmax), the weights row by row and biases as float32, and the FNV-1a checksum.
struct OldFile {
    std::string bytes;
    void u32(std::uint32_t x) {
        for (int b = 0; b < 4; ++b) bytes += static_cast<char>((x >> (8 * b)) & 0xff);
    }
    void number(float x) {
        std::uint32_t bits;
        std::memcpy(&bits, &x, 4);
        u32(bits);
    }
    // 2 inputs → 2 neurons (code `first`) → 1 neuron (code `second`), weights 0.5, 0.25, …
    static std::string two_layers(std::uint32_t first, std::uint32_t second) {
        OldFile file;
        file.bytes = "NNWALK-W";
        file.u32(1);  // version
        file.u32(2);  // L
        file.u32(2);  // n_0
        file.u32(2);
        file.u32(first);
        file.u32(1);
        file.u32(second);
        for (float w : {0.5f, 0.25f, -1.0f, 2.0f}) file.number(w);  // W[1]: row i = 1 holds w[1][1][1], w[1][2][1]
        for (float b : {0.125f, -0.5f}) file.number(b);              // b[1]
        for (float w : {1.5f, -0.75f}) file.number(w);               // W[2]
        file.number(0.0625f);                                        // b[2]
        std::uint64_t hash = 0xcbf29ce484222325ull;  // FNV-1a, 64 bits
        for (char c : file.bytes) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
        for (int b = 0; b < 8; ++b) file.bytes += static_cast<char>((hash >> (8 * b)) & 0xff);
        return file.bytes;
    }
};

Sequential tanh_sigmoid_model() {
    Sequential model(2, 5);
    model.add(Dense(2, "tanh"));
    model.add(Dense(1, "sigmoid"));
    return model;
}

TEST_CASE("a version 1 model file, built by hand, still loads: its activation codes go through the frozen table") {
    const std::string path = temp_path("vector_version_1.bin");
    const std::string bytes = OldFile::two_layers(3, 2);  // 3 tanh, 2 sigmoid
    REQUIRE(bytes.size() == 20 + 2 * 8 + 4 * (2 * 2 + 2 + 2 * 1 + 1) + 8);  // 80
    write_bytes(path, bytes);
    Sequential model = tanh_sigmoid_model();
    model.load_weights(path);
    const auto& layers = model.layers().layers;
    CHECK(layers[0].weights(0, 0) == 0.5f);
    CHECK(layers[0].weights(0, 1) == 0.25f);
    CHECK(layers[0].weights(1, 0) == -1.0f);
    CHECK(layers[0].weights(1, 1) == 2.0f);
    CHECK(layers[0].bias == std::vector<float>{0.125f, -0.5f});
    CHECK(layers[1].weights(0, 0) == 1.5f);
    CHECK(layers[1].weights(1, 0) == -0.75f);
    CHECK(layers[1].bias == std::vector<float>{0.0625f});

    // Code 1 is relu, whatever the enum's order: the model's tanh layer does not match it.
    write_bytes(path, OldFile::two_layers(1, 2));
    Sequential other = tanh_sigmoid_model();
    try {
        other.load_weights(path);
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()) == path + ": layer 1 is 2 → 2 relu in the file, 2 → 2 tanh in this model");
    }
    // Code 5 was never written.
    write_bytes(path, OldFile::two_layers(3, 5));
    try {
        other.load_weights(path);
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()) == path + ": layer 2 has activation code 5 (expected 0 to 4)");
    }
    std::remove(path.c_str());
}

TEST_CASE("a save that cannot be written leaves the old file alone and says so") {
    Sequential model = small_model(1);
    const std::string path = temp_path("no_such_folder/model.bin");
    try {
        model.save_weights(path);
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()) == path + ": cannot write the model file (is the folder there and writable?)");
    }
}

}  // TEST_SUITE("vector")
