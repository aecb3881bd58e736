#include "cli/commands.h"

#include "cli/computed_records.h"
#include "cli/options.h"
#include "core/input_error.h"
#include "figure/network_diagram.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// Writes `text` to `path` whole, or throws InputError: first to "path.partial", then renamed over `path`, so a
// failed write leaves no half-written figure.
static void write_whole(const std::string& path, const std::string& text) {
    if (std::filesystem::is_directory(path)) throw InputError(path, 0, "is a folder (expected a file name such as network.svg)");
    const std::string partial = path + ".partial";
    {
        std::ofstream out(partial, std::ios::binary);
        out << text;
        if (!out.flush()) {
            std::error_code ignored;
            std::filesystem::remove(partial, ignored);
            throw InputError(path, 0, "cannot be written (expected a file in a folder that exists and can be written)");
        }
    }
    std::error_code error;
    std::filesystem::rename(partial, path, error);
    if (error) throw InputError(path, 0, "cannot be written (" + error.message() + ")");
}

void draw_command(const std::vector<std::string>& given, std::ostream& out) {
    std::vector<std::string> args = given;
    for (std::string& word : args) word = word == "-o" ? "--out" : word;
    const Options options = parse_options("nnwalk draw", args, {"--step", "--out"}, {"--values"});
    if (options.positional.size() != 1) {
        throw InputError("nnwalk draw", 0, "needs exactly one .net file (usage: nnwalk draw FILE [--values] [--step K] [-o OUT.svg])");
    }
    const std::string& file = options.positional[0];
    NetFile net = load_netfile(file);
    const std::size_t steps = static_cast<std::size_t>(options.whole("--step", 0, 0, 100000));
    if (steps > 0 && !net.trains()) {
        throw InputError("nnwalk draw", 0, "--step needs targets in " + file + " (without them the network cannot be trained)");
    }
    // The network after K steps (each step's record dropped as soon as it is made, so K can be large), then
    // with --values the values of the next step, on the example it takes (or of the forward pass).
    NetFile next = net;
    for (std::size_t k = 0; k < steps; ++k) training_step(next.network, net.examples[k % net.examples.size()], net.rate, net.loss);
    std::rotate(next.examples.begin(), next.examples.begin() + static_cast<long>(steps % net.examples.size()), next.examples.end());
    const Network& after = next.network;
    const std::vector<Record> records = traced_records(next, 1, -1, file);
    const Record* values = options.has("--values") ? &records[0] : nullptr;
    const std::string title = file + (steps > 0 ? ", after " + std::to_string(steps) + (steps == 1 ? " step" : " steps") : "") +
                              (values ? (net.trains() ? ": the values of the next training step" : ": the forward pass") : "");
    const std::string svg = network_diagram(after, title, values).svg;
    if (options.has("--out")) {
        write_whole(options.text("--out", ""), svg);
    } else {
        out << svg;
    }
}
