// nnwalk draw: the network as textbooks draw it, its weights on its connections, and with --values the
// values of a step; labels clear of each other, of the nodes and of the other connections.
#include "cli/commands.h"
#include "figure/network_diagram.h"
#include "io/netfile.h"
#include "output_text.h"
#include "run_program.h"
#include "test_files.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

namespace {

// Independent of figure/page_geometry.h, which the diagram uses: the plain definitions.
bool boxes_overlap(const Box& a, const Box& b) {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

// Whether the segment passes through the box's inside (sampled finely: enough for boxes of 15+ pixels).
bool passes_through(const Segment& s, const Box& b) {
    for (int k = 0; k <= 1000; ++k) {
        const double x = s.x1 + (s.x2 - s.x1) * k / 1000.0, y = s.y1 + (s.y2 - s.y1) * k / 1000.0;
        if (x > b.x && x < b.x + b.width && y > b.y && y < b.y + b.height) return true;
    }
    return false;
}

// Checks that no weight label covers another label or a node, and (when `strict`) no connection but its own.
void check_labels_clear(const NetworkDiagram& d, bool strict) {
    for (std::size_t a = 0; a < d.labels.size(); ++a) {
        CAPTURE(a);
        for (std::size_t b = a + 1; b < d.labels.size(); ++b) CHECK(!boxes_overlap(d.labels[a], d.labels[b]));
        for (const Box& node : d.nodes) CHECK(!boxes_overlap(d.labels[a], node));
        if (!strict) continue;
        for (std::size_t c = 0; c < d.connections.size(); ++c) {
            if (c != a) CHECK(!passes_through(d.connections[c], d.labels[a]));
        }
    }
}

// A network of the given shape (n_0, n_1, …) with distinct weights -0.49, -0.48, … and biases 0.25.
Network shaped(const std::vector<std::size_t>& shape) {
    Network net;
    net.inputs = shape[0];
    int w = 0;
    for (std::size_t l = 1; l < shape.size(); ++l) {
        Layer layer{Activation::sigmoid, {}, true};
        for (std::size_t j = 0; j < shape[l]; ++j) {
            Neuron neuron;
            for (std::size_t i = 0; i < shape[l - 1]; ++i) neuron.weights.push_back((++w - 50) / 100.0);  // -0.49, -0.48, …
            neuron.bias = 0.25;
            layer.neurons.push_back(neuron);
        }
        net.layers.push_back(layer);
    }
    return net;
}

}  // namespace

TEST_SUITE("draw") {

TEST_CASE("nnwalk draw: every node, weight and activation of the XOR network") {
    const ProgramResult run = nnwalk_here({"draw", "data/xor.net"});
    REQUIRE(run.exit_code == 0);
    CHECK(run.err.empty());
    CHECK(run.out.rfind("<?xml", 0) == 0);
    CHECK(run.out.find("</svg>\n") == run.out.size() - 7);
    CHECK(xml_problem(run.out) == "");
    for (const char* piece : {">a[0][1]<", ">a[1][3]<", ">a[2][1]<", ">layer 1: sigmoid<", ">layer 2: sigmoid<", ">inputs<"}) {
        CAPTURE(piece);
        CHECK(contains(run.out, piece));
    }
    // The nine weights of data/xor.net, each on its connection.
    for (const char* weight : {">0.8<", ">0.2<", ">0.4<", ">0.9<", ">0.3<", ">0.5<"}) CHECK(contains(run.out, weight));
}

TEST_CASE("nnwalk draw --values: z, a and δ on the nodes, and each new weight beside the old one") {
    const ProgramResult run = nnwalk_here({"draw", "data/xor.net", "--values"});
    REQUIRE(run.exit_code == 0);
    CHECK(xml_problem(run.out) == "");
    // z[1][2] = 1·0.4 + 1·0.9 = 1.3, a = σ(1.3) = 0.7858; δ_out = 0.7744·0.2256·(−0.7744) = −0.1353;
    // new w[2][1][1] = 0.3 + 0.5·(−0.1353)·0.7311 = 0.3 − 0.0495 = 0.2505
    for (const char* piece : {">z = 1.3000<", ">a = 0.7858<", ">δ = -0.1353<", ">0.3 → 0.2505<"}) {
        CAPTURE(piece);
        CHECK(contains(run.out, piece));
    }
    // After one step (--step 1) w[1][1][1] is 0.8 + 0.5·(−0.0080)·1 = 0.7960, the value lesson 05 gives.
    const ProgramResult after = nnwalk_here({"draw", "data/xor.net", "--step", "1"});
    CHECK(contains(after.out, ">0.7960<"));
    CHECK(contains(after.out, "after 1 step"));
    // --step 2 --values shows the third step's values: the same z[1][1] as nnwalk trace --steps 3 prints.
    const ProgramResult third = nnwalk_here({"trace", "data/xor.net", "--steps", "3"});
    const std::string line = third.out.substr(third.out.find("step 3"));
    const std::string z = line.substr(line.find("z[1][1] = "), line.find('\n', line.find("z[1][1] = ")) - line.find("z[1][1] = "));
    CHECK(contains(nnwalk_here({"draw", "data/xor.net", "--step", "2", "--values"}).out, ">z = " + z.substr(z.rfind(' ') + 1) + "<"));
}

TEST_CASE("labels clear of each other, of the nodes and of other connections") {
    // The lessons' networks: XOR 2-3-1, the Keras-shaped 2-3-2, Mazur's 2-2-2: no label on another connection.
    for (const char* file : {"data/xor.net", "data/mazur.net", "data/exercises/03-keras-ostrich.net"}) {
        CAPTURE(file);
        const NetFile net = load_netfile(file);
        check_labels_clear(network_diagram(net.network, file), true);
    }
    // Every shape of up to 5 nodes per layer: no label on another label or on a node.
    for (std::size_t a = 1; a <= 5; ++a) {
        for (std::size_t b = 1; b <= 5; ++b) {
            for (std::size_t c = 1; c <= 5; ++c) {
                CAPTURE(a);
                CAPTURE(b);
                CAPTURE(c);
                const NetworkDiagram d = network_diagram(shaped({a, b, c}), "shape");
                CHECK(d.weights_shown);
                CHECK(d.labels.size() == a * b + b * c);
                check_labels_clear(d, false);
            }
        }
    }
    // With the values of a step the labels are longer ("0.4 → 0.3998"): still clear, on the quiz shapes.
    for (const char* shape : {"2-2-1", "2-3-2", "3-4-2", "4-5-3", "5-5-5", "2-5-5-1"}) {
        CAPTURE(shape);
        const std::string dir = test_path(std::string("draw-") + shape);
        REQUIRE(nnwalk_here({"quiz", "--seed", "3", "--shape", shape, "--bias", "--decimals", "2", "--out", dir}).exit_code == 0);
        NetFile net = load_netfile(dir + "/quiz-3.net");
        const Record step = training_step(net.network, net.examples[0], net.rate, net.loss);
        check_labels_clear(network_diagram(load_netfile(dir + "/quiz-3.net").network, shape, &step), false);
    }
    // Larger networks are drawn without weight labels, and say so.
    const NetworkDiagram large = network_diagram(shaped({6, 3, 1}), "large");
    CHECK(!large.weights_shown);
    CHECK(large.labels.empty());
    CHECK(contains(large.svg, "Weights not labelled: a layer has more than 5 nodes."));
    // A very large layer shows its first nodes, its last one and how many it has.
    const NetworkDiagram huge = network_diagram(shaped({40, 2, 1}), "huge");
    CHECK(huge.nodes.size() == 11 + 2 + 1);
    CHECK(contains(huge.svg, "⋮ 40 nodes in all"));
    CHECK(xml_problem(large.svg) == "");
    CHECK(xml_problem(huge.svg) == "");
}

TEST_CASE("nnwalk draw: bad input is one line, exit 2, and no file written") {
    const std::string out = test_path("network.svg");
    expect_nnwalk_error({"draw", "/no/such.net", "-o", out}, "/no/such.net: cannot open the file (expected a readable .net file)");
    CHECK(!std::filesystem::exists(out));
    const std::string forward = test_file("forward.net", "inputs 1\nlayer sigmoid\nneuron 0.5\n");
    expect_nnwalk_error({"draw", forward, "--step", "2"}, "nnwalk draw: --step needs targets in " + forward + " (without them the network cannot be trained)");
    expect_nnwalk_error({"draw", "data/xor.net", "--colour", "red"}, "nnwalk draw: unknown option '--colour' (expected --out, --step, --values)");
    const std::string folder = test_path("a-folder.svg");
    std::filesystem::create_directories(folder);
    expect_nnwalk_error({"draw", "data/xor.net", "-o", folder}, folder + ": is a folder (expected a file name such as network.svg)");
    expect_nnwalk_error({"draw", "data/xor.net", "-o", "/no/such/folder/n.svg"}, "/no/such/folder/n.svg: cannot be written (expected a file in a folder that exists and can be written)");
    CHECK(!std::filesystem::exists("/no/such/folder/n.svg.partial"));
    // A good one is written whole, and nothing goes to stdout.
    const ProgramResult written = nnwalk_here({"draw", "data/xor.net", "-o", out});
    CHECK(written.exit_code == 0);
    CHECK(written.out.empty());
    CHECK(std::filesystem::file_size(out) > 1000);
}

}  // TEST_SUITE
