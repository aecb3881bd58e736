// Tests of lesson 06 (the MNIST multilayer perceptron): bad options and missing data give one line and exit 2;
// with the real data (`make data`), one epoch on 10,000 images learns the digits, and the doc's expected
// output still matches the program. Without the data, those tests say they were skipped and why.
#include <doctest/doctest.h>


#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/mnist_recipe.h"
#include "io/idx.h"
#include "io/mnist.h"
#include "output_text.h"
#include "print/mnist_text.h"
#include "print/table.h"
#include "run_program.h"
#include "test_files.h"
#include "vector/progress.h"
#include "vector/sequential.h"

#include <algorithm>
#include <set>

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

// A big-endian 32-bit number as 4 bytes.
std::string be32(std::uint32_t x) {
    return {static_cast<char>(x >> 24), static_cast<char>(x >> 16), static_cast<char>(x >> 8), static_cast<char>(x)};
}

// The four MNIST files of `train` training and `test` test images (28×28, blank, labelled 0..9 in turn) in a
// new folder `name` of the test folder; returns the folder. Stands in for MNIST where only the shape matters.
std::string tiny_mnist(const std::string& name, std::uint32_t train, std::uint32_t test) {
    const std::string folder = test_path(name);
    std::filesystem::create_directories(folder);
    const auto write = [&](const std::string& file, std::uint32_t count) {
        std::string labels = be32(idx_labels_magic) + be32(count);
        for (std::uint32_t k = 0; k < count; ++k) labels += static_cast<char>(k % 10);
        std::ofstream(folder + "/" + file + "-images-idx3-ubyte", std::ios::binary)
            << be32(idx_images_magic) + be32(count) + be32(28) + be32(28) + std::string(count * 784, '\0');
        std::ofstream(folder + "/" + file + "-labels-idx1-ubyte", std::ios::binary) << labels;
    };
    write("train", train);
    write("t10k", test);
    return folder;
}

// The lines of `text` without their line ends.
std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// How many lines of `text` start with `start`.
std::size_t lines_starting(const std::string& text, const std::string& start) {
    const std::vector<std::string> lines = lines_of(text);
    return static_cast<std::size_t>(std::count_if(lines.begin(), lines.end(), [&](const std::string& line) {
        return line.rfind(start, 0) == 0;
    }));
}

// The recipe the lesson makes of `words`, as its command line would give them.
MnistRecipe recipe_of(const std::vector<std::string>& words) {
    std::set<std::string> valued, flags;
    for (const LessonOption& option : mnist_recipe_options()) (option.value.empty() ? flags : valued).insert(option.name);
    return mnist_recipe(parse_options("06_mnist_mlp", words, valued, flags));
}

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
    check_refused({"--activation", "softplus"}, "--activation must be one of relu, sigmoid, tanh (got 'softplus')");
    check_refused({"--sweep", "yes"}, "unexpected word 'yes'");
}

TEST_CASE("--sweep sets the knobs itself and keeps no model: the options it would ignore are refused") {
    for (const char* knob : {"--hidden", "--activation", "--lr"}) {
        const std::string value = std::string(knob) == "--hidden" ? "100" : std::string(knob) == "--lr" ? "0.1" : "tanh";
        check_refused({"--sweep", knob, value}, std::string("06_mnist_mlp: --sweep sets ") + knob +
                                                    " itself (expected --sweep without --hidden, --activation and --lr)");
    }
    check_refused({"--sweep", "--load", "model.bin"}, "--sweep trains new models and keeps none");
    check_refused({"--save", test_path("sweep-model.bin"), "--sweep"}, "--sweep trains new models and keeps none");
}

TEST_CASE("the options make the recipe: --activation, --sweep, and the tutorial's values without them") {
    const MnistRecipe tutorial = recipe_of({});
    CHECK(tutorial.activation == "relu");
    CHECK_FALSE(tutorial.sweep);
    CHECK(tutorial.hidden == std::vector<std::size_t>{300, 100});
    CHECK(recipe_of({"--activation", "tanh"}).activation == "tanh");
    CHECK(recipe_of({"--activation", "sigmoid"}).activation == "sigmoid");
    CHECK(recipe_of({"--sweep"}).sweep);
}

TEST_CASE("the sweep's plan: four knobs, each changed alone from the tutorial's model") {
    const SweepPlan plan = sweep_plan(recipe_of({"--sweep"}));
    CHECK(plan.images == 10000);
    CHECK(plan.epochs == 5);
    CHECK(sweep_plan(recipe_of({"--sweep", "--epochs", "2"})).epochs == 2);
    // 3 depths + 4 widths + 3 activations + 4 learning rates = 14 runs, knob by knob.
    REQUIRE(plan.runs.size() == 14);
    const std::vector<std::string> knobs = {"hidden layers", "hidden layers", "hidden layers", "hidden units", "hidden units",
                                            "hidden units", "hidden units", "activation", "activation", "activation",
                                            "learning rate", "learning rate", "learning rate", "learning rate"};
    const std::vector<std::string> values = {"1", "2", "3", "30,10", "100,30", "300,100", "1000,300", "relu", "tanh",
                                             "sigmoid", "0.001", "0.01", "0.1", "1"};
    std::set<std::string> distinct;
    for (std::size_t k = 0; k < plan.runs.size(); ++k) {
        const SweepRun& run = plan.runs[k];
        CAPTURE(k);
        CHECK(run.knob == knobs[k]);
        CHECK(run.value == values[k]);
        // Only the run's own knob differs from the tutorial's model: 300,100 relu with SGD's η = 0.01.
        if (run.knob != "hidden layers" && run.knob != "hidden units") CHECK(run.hidden == std::vector<std::size_t>{300, 100});
        if (run.knob != "activation") CHECK(run.activation == "relu");
        if (run.knob != "learning rate") CHECK(run.rate == 0.01);
        distinct.insert(run.value + "|" + run.activation + "|" + std::to_string(run.rate) + "|" + std::to_string(run.hidden.size()));
    }
    CHECK(plan.runs[2].hidden == std::vector<std::size_t>{300, 100, 100});
    CHECK(plan.runs[6].hidden == std::vector<std::size_t>{1000, 300});
    // η/10, η, 10·η, 100·η from the recipe's η: 0.001, 0.01, 0.1, 1 for SGD; Adam's 0.001 gives 0.0001 … 0.1.
    CHECK(plan.runs[13].rate == doctest::Approx(1.0));
    CHECK(sweep_plan(recipe_of({"--sweep", "--optimizer", "adam"})).runs[10].rate == doctest::Approx(0.0001));
    // The tutorial's model is one run of each knob: 14 − 3 repeats = 11 runs to train.
    std::size_t tutorial = 0;
    for (const SweepRun& run : plan.runs)
        tutorial += run.hidden == std::vector<std::size_t>{300, 100} && run.activation == "relu" && run.rate == 0.01;
    CHECK(tutorial == 4);
}

TEST_CASE("the sweep on tiny data: the table's header, one row per run, the best of each knob, the figure") {
    const std::string data = tiny_mnist("mnist-sweep", 5003, 10);
    const std::string figures = test_path("sweep-figures");
    const ProgramResult run = run_program(lesson, {"--data", data, "--sweep", "--epochs", "1", "--figures", figures});
    INFO("stderr: ", run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(run.err.empty());
    CHECK(contains(run.out, "trained for 1 epoch on 3 training images"));
    CHECK(contains(run.out, "\nknob           value     hidden layers        η       val_accuracy  val_loss  training\n----"));
    // One row per run, in the plan's order, each naming its knob, its value and its model.
    const std::vector<std::string> lines = lines_of(run.out);
    const auto header = std::find_if(lines.begin(), lines.end(), [](const std::string& l) { return l.rfind("knob ", 0) == 0; });
    REQUIRE(lines.end() - header > 16);
    const SweepPlan plan = sweep_plan(recipe_of({"--sweep"}));
    for (std::size_t k = 0; k < plan.runs.size(); ++k) {
        const std::string& row = *(header + 2 + static_cast<long>(k));
        CAPTURE(row);
        CHECK(row.rfind(plan.runs[k].knob, 0) == 0);
        CHECK(contains(row, " " + plan.runs[k].value + " "));
        CHECK(contains(row, "% "));
        CHECK(row.size() > 3);
        CHECK(row.substr(row.size() - 2) == " s");
    }
    // The validation images are blank and labelled 0..9 in turn: every model names one digit for all of them,
    // so each run gets exactly 500 of the 5,000 right, 10.00%.
    CHECK(lines_starting(run.out, "hidden layers") == 3);
    CHECK(contains(run.out, "10.00%"));
    CHECK(lines_starting(run.out, "best ") == 4);
    CHECK(contains(run.out, "Figure: " + figures + "/06_sweep.svg\n"));
    const std::string svg = read_text_file(figures + "/06_sweep.svg");
    CHECK(xml_problem(svg) == "");
    for (const char* knob : {"hidden layers", "hidden units", "activation", "learning rate"}) CHECK(contains(svg, knob));
    CHECK(lines_wider_than(run.out, 100) == "");
}

TEST_CASE("the Keras code the lesson echoes follows the options") {
    MnistRecipe recipe = recipe_of({"--hidden", "20", "--activation", "tanh", "--epochs", "3"});
    CHECK(keras_model_code(recipe) == "model = keras.models.Sequential([\n"
                                      "    keras.layers.Flatten(input_shape=[28, 28]),\n"
                                      "    keras.layers.Dense(20, activation=\"tanh\"),\n"
                                      "    keras.layers.Dense(10, activation=\"softmax\")\n"
                                      "])");
    CHECK(keras_fit_code(recipe) == "history = model.fit(X_train, y_train, epochs=3,\n"
                                    "                    validation_data=(X_valid, y_valid))");
    // Keras's "sgd" means SGD(learning_rate=0.01); any other rate is written out.
    CHECK(contains(keras_compile_code(recipe), "optimizer=\"sgd\","));
    CHECK(contains(keras_compile_code(recipe_of({"--lr", "0.1"})), "optimizer=keras.optimizers.SGD(learning_rate=0.1),"));
    CHECK(contains(keras_compile_code(recipe_of({"--optimizer", "adam"})), "optimizer=\"adam\","));
    CHECK(contains(keras_compile_code(recipe_of({"--optimizer", "adam", "--lr", "0.01"})),
                   "optimizer=keras.optimizers.Adam(learning_rate=0.01),"));
    CHECK(keras_fit_code(recipe_of({"--batch", "1024", "--epochs", "5"})) ==
          "history = model.fit(X_train, y_train, epochs=5, batch_size=1024,\n"
          "                    validation_data=(X_valid, y_valid))");
    CHECK(keras_model_code(recipe_of({})) == "model = keras.models.Sequential([\n"
                                             "    keras.layers.Flatten(input_shape=[28, 28]),\n"
                                             "    keras.layers.Dense(300, activation=\"relu\"),\n"
                                             "    keras.layers.Dense(100, activation=\"relu\"),\n"
                                             "    keras.layers.Dense(10, activation=\"softmax\")\n"
                                             "])");
}

TEST_CASE("the sweep's summary names each knob's value of highest validation accuracy; a stopped run never wins") {
    auto result = [](const std::string& knob, const std::string& value, double accuracy, bool stopped = false) {
        SweepResult r;
        r.run = SweepRun{knob, value, {300, 100}, "relu", 0.01};
        r.val_accuracy = accuracy;
        r.val_loss = 0.25;
        r.seconds = 1.5;
        r.stopped = stopped;
        return r;
    };
    // Learning rates: 0.1 has the best 93.74%; the stopped η = 1 would beat it with its unmeasured 0.99.
    const std::vector<SweepResult> results = {result("activation", "relu", 0.9104), result("learning rate", "0.01", 0.9090),
                                              result("activation", "tanh", 0.9288), result("learning rate", "0.1", 0.9374),
                                              result("learning rate", "1", 0.99, true), result("activation", "sigmoid", 0.5756)};
    CHECK(sweep_best(results) == "best activation: tanh (92.88%)\nbest learning rate: 0.1 (93.74%)\n");
    CHECK(contains(sweep_row(results[3]), "93.74%"));
    CHECK(contains(sweep_row(results[3]), "0.2500"));
    CHECK(contains(sweep_row(results[4]), "stopped"));
    CHECK_FALSE(contains(sweep_row(results[4]), "99.00%"));
}

TEST_CASE("predict as Keras shows it: y_proba.round(2) and predict_classes") {
    // What NumPy 1.24 printed for repr(np.array(…, dtype=np.float32).round(2)) of these arrays: every value
    // with the decimals of the one that needs most, the missing ones as spaces; the dtype on the last line
    // when that fits in 75 characters.
    const float p[] = {0.004f, 0.5f, 0.996f, 0.13f, 0.87f, 0.0f};
    CHECK(numpy_rounded(p, 2, 3) == "array([[0.  , 0.5 , 1.  ],\n"
                                    "       [0.13, 0.87, 0.  ]], dtype=float32)");
    const float halves[] = {0.004f, 0.5f, 0.996f, 0.0f, 0.5f, 0.0f};
    CHECK(numpy_rounded(halves, 2, 3) == "array([[0. , 0.5, 1. ],\n"
                                         "       [0. , 0.5, 0. ]], dtype=float32)");
    // Five digits of ten classes, as the lesson prints them: all whole, then one with two decimals.
    float whole[50] = {};
    whole[7] = 0.9997f, whole[12] = 1.0f;
    CHECK(numpy_rounded(whole, 5, 10) == "array([[0., 0., 0., 0., 0., 0., 0., 1., 0., 0.],\n"
                                         "       [0., 0., 1., 0., 0., 0., 0., 0., 0., 0.],\n"
                                         "       [0., 0., 0., 0., 0., 0., 0., 0., 0., 0.],\n"
                                         "       [0., 0., 0., 0., 0., 0., 0., 0., 0., 0.],\n"
                                         "       [0., 0., 0., 0., 0., 0., 0., 0., 0., 0.]], dtype=float32)");
    whole[23] = 0.034f;
    CHECK(numpy_rounded(whole, 5, 10) == "array([[0.  , 0.  , 0.  , 0.  , 0.  , 0.  , 0.  , 1.  , 0.  , 0.  ],\n"
                                         "       [0.  , 0.  , 1.  , 0.  , 0.  , 0.  , 0.  , 0.  , 0.  , 0.  ],\n"
                                         "       [0.  , 0.  , 0.  , 0.03, 0.  , 0.  , 0.  , 0.  , 0.  , 0.  ],\n"
                                         "       [0.  , 0.  , 0.  , 0.  , 0.  , 0.  , 0.  , 0.  , 0.  , 0.  ],\n"
                                         "       [0.  , 0.  , 0.  , 0.  , 0.  , 0.  , 0.  , 0.  , 0.  , 0.  ]],\n"
                                         "      dtype=float32)");
    CHECK(numpy_classes({7, 2, 1, 0, 4}) == "array([7, 2, 1, 0, 4])");
    CHECK(prediction_verdict(p + 3, 3, 1) == "true 1, predicted 1 (p = 0.8700): right");
}

TEST_CASE("the lesson on tiny data: the Keras lines follow the options; one digit drawn, all with --all") {
    const std::string data = tiny_mnist("mnist-keras", 5010, 10);
    const std::vector<std::string> options = {"--data", data, "--epochs", "1", "--hidden", "20", "--activation", "tanh",
                                              "--figures", test_path("keras-figures")};
    const ProgramResult run = run_program(lesson, options);
    INFO("stderr: ", run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(contains(run.out, "\n    Keras: model = keras.models.Sequential([\n"
                            "               keras.layers.Flatten(input_shape=[28, 28]),\n"
                            "               keras.layers.Dense(20, activation=\"tanh\"),\n"));
    CHECK(contains(run.out, "    Keras: history = model.fit(X_train, y_train, epochs=1,\n"));
    CHECK_FALSE(contains(run.out, "epochs=30"));
    CHECK(contains(run.out, "\narray([["));
    CHECK(contains(run.out, "dtype=float32)\n"));
    // Not a terminal: one plain line for the epoch, "Epoch 1/1: 1/1 …", of at most 100 characters.
    CHECK(lines_starting(run.out, "Epoch 1/1: 1/1 ") == 1);
    // Every blank image gets the same digit: 9 of the 10 test images are taken for another, so step 11 has five
    // pairs. Without --all: the third training image and the first confusion (2 frames each); with it: five
    // prediction panels and five confusions more.
    CHECK(lines_starting(run.out, "+-----") == 4);
    CHECK(lines_starting(run.out, "X_test[") == 5 + 1);
    CHECK(lines_wider_than(run.out, 100) == "");
    // The two figures of the tutorial, drawn from the tiny data (docs/figures/ keeps those of the real data).
    for (const char* name : {"/06_learning_curves.svg", "/06_confusion.svg"}) {
        CAPTURE(name);
        const std::string svg = read_text_file(test_path("keras-figures") + name);
        REQUIRE_FALSE(svg.empty());
        CHECK(xml_problem(svg) == "");
    }
    std::vector<std::string> all = options;
    all.push_back("--all");
    const ProgramResult everything = run_program(lesson, all);
    REQUIRE(everything.exit_code == 0);
    CHECK(lines_starting(everything.out, "+-----") == 2 + 2 * 5 + 2 * 5);
    CHECK(lines_wider_than(everything.out, 100) == "");
}

TEST_CASE("the progress line fits the terminal: the longest form that fits, never wider") {
    vec::ProgressState done;
    done.epoch = 1, done.epochs = 30, done.step = 1719, done.steps = 1719, done.seconds = 0.55;
    done.loss = 0.6066, done.accuracy = 0.8447, done.validated = true, done.val_loss = 0.3078, done.val_accuracy = 0.9166;
    // 9 + 2 + 30 + 1 (steps, bar) + 19 (" - 0.55s 320us/step") + 15 + 19 + 19 + 23 (the four values) = 137.
    CHECK(vec::progress_line(done, true, 137) ==
          "1719/1719 [==============================] - 0.55s 320us/step - loss: 0.6066 - accuracy: 0.8447 "
          "- val_loss: 0.3078 - val_accuracy: 0.9166");
    // A 120-column terminal gets 119: a bar of 10 instead (137 − 20 = 117).
    CHECK(vec::progress_line(done, true, 119) ==
          "1719/1719 [==========] - 0.55s 320us/step - loss: 0.6066 - accuracy: 0.8447 - val_loss: 0.3078 - val_accuracy: 0.9166");
    // 80 columns: short names, no bar, the seconds only: 9 + 6 + 13 + 12 + 17 + 16 = 73.
    CHECK(vec::progress_line(done, true, 79) == "1719/1719 0.55s loss: 0.6066 acc: 0.8447 val_loss: 0.3078 val_acc: 0.9166");
    // Not a terminal: 100 − "Epoch 1/30: " (12) = 88; no bar; short names with the time per step (86 characters).
    CHECK(vec::progress_line(done, false, 88) ==
          "1719/1719 0.55s 320us/step loss: 0.6066 acc: 0.8447 val_loss: 0.3078 val_acc: 0.9166");
    // During the epoch: step 800 of 1719 after 0.25 s, ETA 0.25/800·919 = 0.29 s → "0s"; 800·10/1719 → 4 '='.
    vec::ProgressState running = done;
    running.step = 800, running.seconds = 0.25, running.validated = false;
    CHECK(vec::progress_line(running, true, 79) == "800/1719 [====>.....] - ETA: 0s - loss: 0.6066 - accuracy: 0.8447");
    for (std::size_t columns = 1; columns <= 200; ++columns) {
        CAPTURE(columns);
        CHECK(vec::progress_line(done, true, columns).size() <= columns);
        CHECK(vec::progress_line(running, true, columns).size() <= columns);
    }
}

TEST_CASE("the doc's usage line is --help's usage line, every option listed") {
    const ProgramResult help = run_program(lesson, {"--help"});
    // --help wraps its usage at 100 characters; the words are the same.
    std::string usage;
    for (const std::string& line : lines_of(help.out.substr(0, help.out.find("\n\n")))) {
        const std::size_t start = line.find_first_not_of(' ');
        usage += (usage.empty() ? "" : " ") + line.substr(start);
    }
    REQUIRE(usage.rfind("usage: 06_mnist_mlp [--data DIR]", 0) == 0);
    std::string doc = read_text_file("docs/lessons/06-mnist-mlp.md");
    std::replace(doc.begin(), doc.end(), '\n', ' ');
    const std::size_t start = doc.find("`build/lessons/06_mnist_mlp [");
    REQUIRE(start != std::string::npos);
    const std::string written = doc.substr(start + 1, doc.find('`', start + 1) - start - 1);
    CHECK("usage: " + written.substr(written.find("06_mnist_mlp")) == usage);
}

TEST_CASE("--help: the usage and every option on stdout, exit 0, without the data") {
    const ProgramResult run = run_program(lesson, {"--data", test_folder() + "/no-mnist-here", "--help"});
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    CHECK(run.out.rfind("usage: 06_mnist_mlp [--data DIR] [--epochs N] [--batch N] [--lr RATE] [--optimizer sgd|adam]\n"
                        "                    [--hidden 300,100] [--activation relu|sigmoid|tanh] [--threads N] [--seed N]\n"
                        "                    [--save FILE] [--load FILE] [--sweep] [--figures DIR] [--all]\n\n"
                        "Lesson 06 — the MNIST multilayer perceptron", 0) == 0);
    CHECK(contains(run.out, "\n  --sweep: one knob at a time (layers, units, activation, rate) on 10,000 images, 5 epochs each\n"));
    CHECK(lines_wider_than(run.out, 100) == "");
    CHECK(contains(run.out, "\n  --epochs N: passes over the 55,000 training images, 0 to 1000 (default 30)\n"));
    CHECK(contains(run.out, "\n  --help: print this and stop\n"));
}

TEST_CASE("an unknown option: exactly one line on stderr listing the options, nothing on stdout, exit 2") {
    expect_program_error(lesson, {"--colour", "red"}, "06_mnist_mlp: unknown option '--colour' (expected --activation, --batch, "
                                                      "--data, --epochs, --figures, --hidden, --load, --lr, --optimizer, --save, --seed, "
                                                      "--threads, --all, --help, --sweep)");
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
    const std::string figures = test_path("lesson06-doc-figures");
    const ProgramResult result = run_program(lesson, {"--epochs", "0", "--figures", figures});
    INFO("stderr: ", result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(expected_output_excerpts("docs/lessons/06-mnist-mlp.md").size() >= 3);
    check_expected_output("docs/lessons/06-mnist-mlp.md", result.out);
    CHECK(std::filesystem::exists(figures + "/06_learning_curves.svg"));
    CHECK(std::filesystem::exists(figures + "/06_confusion.svg"));
    // Untrained, Glorot's small weights make the softmax nearly uniform over 10 digits: the loss is near
    // −ln(1/10) = ln 10 = 2.3026 and about one image in ten is right by chance.
    const std::size_t at = result.out.find("test loss ");
    REQUIRE(at != std::string::npos);
    double loss = 0, accuracy = 0;
    REQUIRE(std::sscanf(result.out.c_str() + at, "test loss %lf, test accuracy %lf%%", &loss, &accuracy) == 2);
    CHECK(std::fabs(loss - std::log(10.0)) < 0.05);
    CHECK(accuracy > 5.0);
    CHECK(accuracy < 15.0);
}

}  // TEST_SUITE("lesson06")
