// The faults found by hand and by fuzzing (issue 13): each is one line on stderr, exit 2, nothing half-printed
// on stdout, no file lost. Small IDX files stand in for MNIST; a regular file where a folder should be stands
// in for a folder that cannot be written (the tests may run as root, who can write anywhere else).
#include "cli/lesson_main.h"
#include "core/input_error.h"
#include "core/rng.h"
#include "io/csv.h"
#include "io/idx.h"
#include "io/mnist.h"
#include "run_program.h"
#include "test_files.h"
#include "vector/model_file.h"
#include "vector/network.h"

#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>
#include <sys/stat.h>
#include <vector>

namespace fs = std::filesystem;

namespace {

const std::string lesson01 = NNWALK_BUILD "/lessons/01_perceptron";
const std::string lesson02 = NNWALK_BUILD "/lessons/02_parallel_stack";
const std::string lesson06 = NNWALK_BUILD "/lessons/06_mnist_mlp";

// A big-endian 32-bit number as 4 bytes.
std::string be32(std::uint32_t x) {
    return {static_cast<char>(x >> 24), static_cast<char>(x >> 16), static_cast<char>(x >> 8), static_cast<char>(x)};
}

// The four MNIST files of `train` training and `test` test images (28×28, blank, labelled 0..9 in turn) in a
// new folder `name` of the test folder; returns the folder.
std::string tiny_mnist(const std::string& name, std::uint32_t train, std::uint32_t test) {
    const std::string folder = test_path(name);
    fs::create_directories(folder);
    const auto write = [&](const std::string& file, std::uint32_t count) {
        std::string images = be32(idx_images_magic) + be32(count) + be32(28) + be32(28) + std::string(count * 784, '\0');
        std::string labels = be32(idx_labels_magic) + be32(count);
        for (std::uint32_t k = 0; k < count; ++k) labels += static_cast<char>(k % 10);
        std::ofstream(folder + "/" + file + "-images-idx3-ubyte", std::ios::binary) << images;
        std::ofstream(folder + "/" + file + "-labels-idx1-ubyte", std::ios::binary) << labels;
    };
    write("train", train);
    write("t10k", test);
    return folder;
}

// The program's run was refused: exactly `message` as its one line on stderr, nothing on stdout, exit 2.
void check_refused(const ProgramResult& run, const std::string& message) {
    CAPTURE(run.out);
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK(run.err == message + "\n");
}

// The InputError message `read` throws, or "" when it throws none.
template <typename Read>
std::string error_of(Read read) {
    try {
        read();
    } catch (const InputError& error) {
        return error.what();
    }
    return "";
}

// A FIFO in the test folder (nobody writes to it: opening it for reading would wait forever).
std::string fifo(const std::string& name) {
    const std::string path = test_path(name);
    fs::remove(path);
    REQUIRE(mkfifo(path.c_str(), 0600) == 0);
    return path;
}

// The .net file of a 2-`hidden`-1 sigmoid network with one example and a target, written to the test folder.
std::string wide_net(int hidden) {
    std::string text = "inputs 1 1\ntargets 1\nrate 0.5\nlayer sigmoid\n";
    for (int j = 0; j < hidden; ++j) text += "neuron 0.1 0.2\n";
    text += "layer sigmoid\nneuron";
    for (int j = 0; j < hidden; ++j) text += " 0.1";
    return test_file("2-" + std::to_string(hidden) + "-1.net", text + "\n");
}

const std::string ostriches_header = "height_m,weight_kg,ostrich\n";
const std::string ostriches_rows = "1.70,70.0,0\n2.40,100.0,1\n1.80,80.0,0\n2.50,110.0,1\n";

}  // namespace

TEST_SUITE("faults") {

TEST_CASE("lesson 06 with too few training or test images: one line naming the file, before anything is printed") {
    for (std::uint32_t train : {3u, 5000u}) {
        CAPTURE(train);
        const std::string data = tiny_mnist("mnist-" + std::to_string(train), train, 10);
        check_refused(run_program(lesson06, {"--data", data, "--epochs", "0"}),
                      data + "/train-images-idx3-ubyte: " + std::to_string(train) +
                          " training images (expected more than 5,000: the first 5,000 are held out for validation)");
    }
    const std::string data = tiny_mnist("mnist-4-test", 5001, 4);
    check_refused(run_program(lesson06, {"--data", data, "--epochs", "0"}),
                  data + "/t10k-images-idx3-ubyte: 4 test images (expected at least 5: the lesson predicts the first five)");
}

TEST_CASE("lesson 06: figures that cannot be written are refused before loading or training") {
    const std::string data = tiny_mnist("mnist-small", 5001, 5);
    const std::string not_a_folder = test_file("figures-file", "a file where the folder should be");
    check_refused(run_program(lesson06, {"--data", data, "--epochs", "0", "--figures", not_a_folder + "/sub"}),
                  not_a_folder + "/sub: cannot make the folder for the figures (expected a folder that can be written)");
    CHECK(fs::is_regular_file(not_a_folder));  // nothing lost
}

TEST_CASE("lessons 01-05: --figures where no folder can be made is refused before anything is printed") {
    const std::string not_a_folder = test_file("figures-not-a-folder", "a file where the folder should be");
    for (const char* lesson : {"01_perceptron", "02_parallel_stack", "03_sequential_stack", "04_xor_forward",
                               "05_xor_backprop"}) {
        CAPTURE(lesson);
        check_refused(run_program(std::string(NNWALK_BUILD "/lessons/") + lesson, {"--figures", not_a_folder + "/sub"}),
                      not_a_folder + "/sub: cannot make the folder for the figures (expected a folder that can be written)");
    }
    CHECK(fs::is_regular_file(not_a_folder));  // nothing lost
    // A folder where a figure would go: refused before anything is printed, not after the whole lesson.
    const std::string blocked = test_path("figures-blocked");
    fs::create_directories(blocked + "/01_perceptron.svg");
    for (const char* lesson : {"01_perceptron", "05_xor_backprop"}) {
        CAPTURE(lesson);
        check_refused(run_program(std::string(NNWALK_BUILD "/lessons/") + lesson, {"--figures", blocked}),
                      blocked + "/01_perceptron.svg: is not a file (expected only figure files, NAME.svg, in the folder for the figures)");
    }
    CHECK(fs::is_directory(blocked + "/01_perceptron.svg"));
}

TEST_CASE("lesson 01 run where build/figures cannot be made: one line, nothing on stdout, the CSV read first") {
    const std::string folder = test_path("lesson01-elsewhere");
    fs::create_directories(folder);
    std::ofstream(folder + "/build") << "a file called build";
    const std::string program = fs::absolute(lesson01).string();
    const std::string csv = fs::absolute("data/ostriches.csv").string();
    check_refused(run_program_in(folder, program, {csv}),
                  "build/figures: cannot make the folder for the figures (expected a folder that can be written)");
}

TEST_CASE("run_lesson: any error is one line after the lesson's own output, which is not lost") {
    std::ostringstream out, err;
    std::streambuf* const cout_buffer = std::cout.rdbuf(out.rdbuf());
    std::streambuf* const cerr_buffer = std::cerr.rdbuf(err.rdbuf());
    char name[] = "99_test";
    char* argv[] = {name, nullptr};
    const LessonCommand command("99_test", "A test lesson.\n");
    const int runtime = run_lesson(1, argv, command, [](const LessonInput&) -> int {
        std::cout << "printed before\n";
        throw std::runtime_error("x.svg: cannot write");
    });
    const int memory = run_lesson(1, argv, command, [](const LessonInput&) -> int { throw std::bad_alloc(); });
    std::cout.rdbuf(cout_buffer);
    std::cerr.rdbuf(cerr_buffer);
    CHECK(runtime == 2);
    CHECK(memory == 2);
    CHECK(out.str() == "printed before\n");
    CHECK(err.str() == "99_test: x.svg: cannot write\n99_test: out of memory (expected smaller data or a smaller network)\n");
}

TEST_CASE("/dev/zero, a FIFO and an oversized file are refused as .net file, answer sheet, CSV, IDX and model file") {
    const std::string pipe = fifo("a-fifo");
    for (const std::string& path : {std::string("/dev/zero"), pipe}) {
        CAPTURE(path);
        const std::string refused = path + ": is not a regular file (a device, a FIFO or a socket; expected a readable ";
        expect_nnwalk_error({"trace", path}, refused + ".net file)");
        expect_nnwalk_error({"check", "data/xor.net", path}, refused + "answer sheet of key<TAB>value lines)");
        CHECK(error_of([&] { read_csv(path); }) == refused + "CSV file)");
        CHECK(error_of([&] { read_idx_images(path); }) == refused + "IDX file)");
        vec::Network<float> network(784);
        CHECK(error_of([&] { vec::load_weights(network, path); }) == refused + "nnwalk model file)");
        check_refused(run_program(lesson01, {path}), refused + "CSV file)");
    }
    // A regular file too large for its kind is refused before it is read (a sparse file: no disk is used).
    const std::string huge = test_path("huge.net");
    std::ofstream(huge) << "inputs 1 1\n";
    fs::resize_file(huge, 17u << 20);
    expect_nnwalk_error({"trace", huge}, huge + ": is 17,825,792 bytes, too large (expected a readable .net file of at most 16,777,216 bytes)");
}

TEST_CASE("nnwalk trace: --steps is bounded by the values the trace would hold, before any is computed") {
    const std::string net = wide_net(50);
    const ProgramResult one = nnwalk_here({"trace", net, "--format", "tsv"});
    REQUIRE(one.exit_code == 0);
    expect_nnwalk_error({"trace", net, "--steps", "100000"},
                        "nnwalk trace: --steps 100000 would trace 100,000 × 608 values (expected at most 250,000: "
                        "fewer steps or a smaller network)");
    CHECK(nnwalk_here({"trace", net, "--steps", "400", "--format", "tsv"}).exit_code == 0);
    expect_nnwalk_error({"trace", "data/xor.net", "--steps", "100000"},
                        "nnwalk trace: --steps 100000 would trace 100,000 × 44 values (expected at most 250,000: "
                        "fewer steps or a smaller network)");
}

TEST_CASE("CSV header names are quoted and cut when echoed: no control bytes, no 10 MB line") {
    const std::string escape = test_file("escape.csv", "he\x1b[31mi\x07ght\r\t,weight_kg,ostrich\n" + ostriches_rows);
    check_refused(run_program(lesson01, {escape}),
                  escape + ":1: no column 'height_m' in the header 'he?[31mi?ght,weight_kg,ostrich' (expected a column named 'height_m')");
    const std::string long_name(10u << 20, 'a');
    const std::string huge = test_file("huge-header.csv", long_name + ",weight_kg,ostrich\n" + ostriches_rows);
    check_refused(run_program(lesson01, {huge}), huge + ":1: no column 'height_m' in the header '" + std::string(40, 'a') +
                                                     "…' (expected a column named 'height_m')");
    const std::string bad_value = test_file("bad-value.csv", "height_m,weight_kg,ostrich,\x1b\x1b\n1.7,70,0,x\n");
    CHECK(error_of([&] { read_csv(bad_value); }) ==
          bad_value + ":2: 'x' is not a number (expected the value of column '?\?' as a decimal number such as 0.5)");
}

TEST_CASE("a UTF-8 byte-order mark opening a .net file or a CSV is skipped") {
    const std::string bom = "\xEF\xBB\xBF";
    std::ifstream xor_file("data/xor.net", std::ios::binary);
    const std::string xor_text((std::istreambuf_iterator<char>(xor_file)), std::istreambuf_iterator<char>());
    const ProgramResult plain = nnwalk_here({"trace", "data/xor.net", "--format", "tsv"});
    const std::string marked = test_file("bom.net", bom + xor_text);
    const ProgramResult with_bom = nnwalk_here({"trace", marked, "--format", "tsv"});
    CHECK(with_bom.exit_code == 0);
    CHECK(with_bom.err.empty());
    CHECK(with_bom.out.substr(with_bom.out.find('\n')) == plain.out.substr(plain.out.find('\n')));  // all but the file name

    const std::string csv = test_file("bom.csv", bom + ostriches_header + ostriches_rows);
    const CsvTable table = read_csv(csv);
    CHECK(table.columns == std::vector<std::string>{"height_m", "weight_kg", "ostrich"});
    CHECK(table.rows.size() == 4);
}

TEST_CASE("CSV values too large for a mean or a standard deviation are refused, not printed as inf and nan") {
    const std::string huge = test_file("huge-values.csv", ostriches_header + "1e308,70,0\n1e308,100,1\n1.8,80,0\n");
    // Lesson 02 reads the animals as they are; lesson 01 would drop these rows as impossible heights and weights.
    check_refused(run_program(lesson02, {huge}), huge + ": the height_m values are too large to scale: their mean is not a "
                                                        "finite number (expected heights in metres and weights in kilograms)");
    const std::string spread = test_file("spread-values.csv", ostriches_header + "1.7,-1e200,0\n2.4,1e200,1\n1.8,80,0\n");
    check_refused(run_program(lesson02, {spread}), spread + ": the weight_kg values are too large to scale: their standard "
                                                            "deviation is not a finite number (expected heights in metres and weights in kilograms)");
}

TEST_CASE("lesson 01 with more animals than it can show in reasonable time: refused at once") {
    std::string rows;
    for (int k = 0; k < 1001; ++k) rows += k % 2 ? "2.40,100.0,1\n" : "1.70,70.0,0\n";
    const std::string many = test_file("many.csv", ostriches_header + rows);
    check_refused(run_program(lesson01, {many}), many + ": 1,001 animals (expected at most 1,000: the lesson prints a line for each)");
}

TEST_CASE("a CSV column named twice is refused") {
    const std::string twice = test_file("twice.csv", "height_m,weight_kg,height_m,ostrich\n1.7,70,1.8,0\n");
    check_refused(run_program(lesson01, {twice}),
                  twice + ":1: column 'height_m' appears twice in the header (columns 1 and 3; expected each name once)");
}

TEST_CASE("commas in a .net file: the message says to use spaces") {
    const std::string commas = test_file("commas.net", "inputs 1,1\nlayer sigmoid\nneuron 0.5 0.5\n");
    expect_nnwalk_error({"trace", commas}, commas + ":1: '1,1' is not a number (expected an input value as a decimal number such as "
                                                    "0.5; numbers take a decimal point, not a comma, and in a .net file spaces between them)");
}

TEST_CASE("an empty option value (--load \"\") is refused, not ignored") {
    check_refused(run_program(lesson06, {"--load", ""}), "06_mnist_mlp: --load needs a value (got an empty word '')");
    check_refused(run_program(lesson06, {"--save", ""}), "06_mnist_mlp: --save needs a value (got an empty word '')");
    expect_nnwalk_error({"quiz", "--out", ""}, "nnwalk quiz: --out needs a value (got an empty word '')");
}

TEST_CASE("a model file with a valid checksum but NaN or infinite weights is refused, the network untouched") {
    Rng rng(3);
    vec::Network<float> saved(4);
    saved.add(3, vec::Activation::relu, rng);
    saved.add(2, vec::Activation::softmax, rng);
    saved.layers[1].weights.data()[4] = std::numeric_limits<float>::quiet_NaN();
    const std::string nan_file = test_path("nan-model");
    vec::save_weights(saved, nan_file);
    vec::Network<float> loaded(4);
    loaded.add(3, vec::Activation::relu, rng);
    loaded.add(2, vec::Activation::softmax, rng);
    const float before = loaded.layers[0].weights.data()[0];
    CHECK(error_of([&] { vec::load_weights(loaded, nan_file); }) ==
          nan_file + ": layer 2 weight 5 is nan (expected finite numbers: was it saved after the training diverged?)");
    CHECK(loaded.layers[0].weights.data()[0] == before);
    saved.layers[1].weights.data()[4] = 0;
    saved.layers[0].bias[1] = std::numeric_limits<float>::infinity();
    vec::save_weights(saved, nan_file);
    CHECK(error_of([&] { vec::load_weights(loaded, nan_file); }) ==
          nan_file + ": layer 1 bias 2 is infinite (expected finite numbers: was it saved after the training diverged?)");
}

TEST_CASE("lesson 06 --save: a file that cannot be written is refused before training; a stale .partial is removed") {
    const std::string folder = test_path("save-here");
    fs::create_directories(folder + "/model.bin.partial");  // a folder where the save writes its temporary file
    check_refused(run_program(lesson06, {"--save", folder + "/model.bin", "--data", test_path("no-mnist")}),
                  folder + "/model.bin: cannot save here: " + folder + "/model.bin.partial cannot be written "
                           "(expected a folder that can be written)");
    CHECK(fs::is_directory(folder + "/model.bin.partial"));  // not removed: it is not the save's own file
    fs::remove(folder + "/model.bin.partial");

    // A save that was killed left model.bin.partial; the next run with --save removes it, and keeps model.bin.
    std::ofstream(folder + "/model.bin.partial") << "half a model";
    std::ofstream(folder + "/model.bin") << "the previous model";
    const ProgramResult run = run_program(lesson06, {"--save", folder + "/model.bin", "--data", test_path("no-mnist")});
    CHECK(run.exit_code == 2);  // no MNIST there
    CHECK_FALSE(fs::exists(folder + "/model.bin.partial"));
    std::ifstream previous(folder + "/model.bin");
    std::string kept;
    std::getline(previous, kept);
    CHECK(kept == "the previous model");
}

}  // TEST_SUITE
