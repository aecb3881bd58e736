// Tests of lesson 06 (the MNIST multilayer perceptron): bad options and missing data give one line and exit 2;
// with the real data (`make data`), one epoch on 10,000 images learns the digits, and the doc's expected
// output still matches the program. Without the data, those tests say they were skipped and why.
#include <doctest/doctest.h>


#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "io/mnist.h"
#include "output_text.h"
#include "run_program.h"
#include "test_files.h"
#include "vector/sequential.h"

namespace {

const std::string lesson = NNWALK_BUILD "/lessons/06_mnist_mlp";
const std::string mnist_folder = "data/mnist";  // the tests run from the repository's top folder
const bool have_mnist = mnist_present(mnist_folder);

// True in a build with AddressSanitizer (g++ defines __SANITIZE_ADDRESS__; clang answers __has_feature). There
// the matrix products run about a hundred times slower, so the tests that train or evaluate on thousands of
// images are left to the plain `make test`.
#if defined(__SANITIZE_ADDRESS__)
const bool sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
const bool sanitized = true;
#else
const bool sanitized = false;
#endif
#else
const bool sanitized = false;
#endif
const bool heavy = have_mnist && !sanitized;  // the tests that train or evaluate on the real data

// Bad input: nothing on stdout, exit 2, and exactly one line on stderr that contains `part`.
void check_refused(const std::vector<std::string>& arguments, const std::string& part) {
    const ProgramResult result = run_program(lesson, arguments);
    INFO("arguments: ", arguments.size() ? arguments[0] : "", " …; stderr: ", result.err);
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(contains(result.err, part));
    CHECK(result.err.find('\n') == result.err.size() - 1);
}

}  // namespace

TEST_SUITE("lesson06") {

TEST_CASE("without the data the lesson says that `make data` is needed") {
    check_refused({"--data", test_folder() + "/no-mnist-here"}, "run `make data`");
}

TEST_CASE("bad options: one line on stderr, exit 2") {
    check_refused({"--epochs", "many"}, "--epochs needs a whole number from 0 to 1000 (got 'many')");
    check_refused({"--optimizer", "rmsprop"}, "--optimizer must be one of sgd, adam (got 'rmsprop')");
    check_refused({"--hidden", "300,,100"}, "--hidden needs 1 to 5 layer sizes");
    check_refused({"--hidden", "0"}, "--hidden needs 1 to 5 layer sizes");
    check_refused({"--lr", "-0.1"}, "--lr must be between");
    check_refused({"--batch", "0"}, "--batch needs a whole number from 1 to 60000");
    check_refused({"--threads"}, "--threads needs a value");
    check_refused({"--colour", "red"}, "unknown option '--colour'");
    check_refused({"mnist"}, "unexpected word 'mnist'");
    check_refused({"--save", test_folder() + "/no-such-folder/model.bin"}, "cannot save here: no folder");
    check_refused({"--save", test_folder()}, test_folder() + ": is a folder (expected the name of a file to save the weights to)");
}

TEST_CASE("--help: the usage and every option on stdout, exit 0, without the data") {
    const ProgramResult run = run_program(lesson, {"--data", test_folder() + "/no-mnist-here", "--help"});
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    CHECK(run.out.rfind("usage: 06_mnist_mlp [--data DIR] [--epochs N] [--batch N] [--lr RATE] "
                        "[--optimizer sgd|adam] [--hidden 300,100] [--threads N] [--seed N] [--save FILE] [--load FILE] [--figures DIR] [--all]\n\n"
                        "Lesson 06 — the MNIST multilayer perceptron", 0) == 0);
    CHECK(contains(run.out, "\n  --epochs N: passes over the 55,000 training images, 0 to 1000 (default 30)\n"));
    CHECK(contains(run.out, "\n  --help: print this and stop\n"));
}

TEST_CASE("an unknown option: exactly one line on stderr listing the options, nothing on stdout, exit 2") {
    expect_program_error(lesson, {"--colour", "red"}, "06_mnist_mlp: unknown option '--colour' (expected --batch, --data, "
                                                      "--epochs, --figures, --hidden, --load, --lr, --optimizer, --save, --seed, --threads, --all, --help)");
}

TEST_CASE("the real MNIST data, or why the tests that need it are skipped") {
    if (!have_mnist)
        MESSAGE("skipped: the lesson06 tests with real data need data/mnist/ (run `make data` first)");
    else if (sanitized)
        MESSAGE("skipped under sanitizers: training and evaluating on the real data (plain `make test` runs them)");
}

TEST_CASE("a missing or damaged model file is refused before anything is printed" * doctest::skip(!have_mnist)) {
    check_refused({"--load", test_folder() + "/no-such-model"}, "no-such-model");
    const std::string damaged = test_folder() + "/damaged-model";
    std::ofstream(damaged) << "not a model";
    check_refused({"--load", damaged}, "damaged-model");
}

TEST_CASE("one epoch on the first 10,000 training images reaches at least 90% on the test set" *
          doctest::skip(!heavy)) {
    const Mnist mnist = read_mnist(mnist_folder);
    const vec::Examples train = vec::Examples(mnist.train.images.pixels, mnist.train.labels.values, 784).slice(0, 10000);
    const vec::Examples test(mnist.test.images.pixels, mnist.test.labels.values, 784);
    vec::Sequential model(784, 42);
    model.add(vec::Dense(300, "relu"));
    model.add(vec::Dense(100, "relu"));
    model.add(vec::Dense(10, "softmax"));
    // Adam with Keras's defaults (learning rate 0.001): one epoch of plain SGD at 0.01 reaches only about 83%.
    model.compile("sparse_categorical_crossentropy", vec::Adam());
    model.set_progress(nullptr);
    const vec::History history = model.fit(train, 1, 32);
    REQUIRE_FALSE(history.stopped);
    const vec::Evaluation score = model.evaluate(test);
    // The target for this quick check (the full recipe reaches about 98%).
    CHECK(score.accuracy >= 0.90);
}

TEST_CASE("the expected output in docs/lessons/06-mnist-mlp.md still matches the lesson" * doctest::skip(!heavy)) {
    // --epochs 0: load, the third image, the summary, then evaluation of the untrained model (fast). The doc's
    // excerpts are the parts that do not depend on training: shapes, the image of a 4, the parameter counts.
    const ProgramResult result = run_program(lesson, {"--epochs", "0", "--figures", test_folder()});
    INFO("stderr: ", result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(expected_output_excerpts("docs/lessons/06-mnist-mlp.md").size() >= 3);
    check_expected_output("docs/lessons/06-mnist-mlp.md", result.out);
    CHECK(std::filesystem::exists(test_folder() + "/06_learning_curves.svg"));
    CHECK(std::filesystem::exists(test_folder() + "/06_confusion.svg"));
}

}  // TEST_SUITE("lesson06")
