#include "cli/commands.h"

#include "cli/computed_records.h"
#include "cli/options.h"
#include "core/input_error.h"
#include "io/netfile.h"
#include "core/number_format.h"
#include "print/trace_printers.h"

#include <algorithm>
#include <cmath>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// The most values a trace of several steps (or examples) may hold: each takes about 1 KB while it is kept and
// 60 bytes of text when printed (XOR's 2-2-1 network has 44 values a step, so about 5,600 steps; a 2-50-1 network
// about 400). One step is always traced: its size is bounded by the size of the file.
const std::size_t max_traced_values = 250000;

// Refuses a trace of several steps (or examples) that would hold more than max_traced_values values. The size
// is known from the first record (in full precision: rounding changes no count), before the rest is computed.
static void check_trace_size(const NetFile& net, std::size_t steps) {
    const std::size_t records_wanted = net.trains() ? steps : net.examples.size();
    Network first_step = net.network;  // training changes the network it is given
    const std::size_t per_record =
        (net.trains() ? training_step(first_step, net.examples[0], net.rate, net.loss)
                      : forward_pass(net.network, net.examples[0].inputs)).quantities().size();
    if (records_wanted > 1 && records_wanted > max_traced_values / std::max<std::size_t>(per_record, 1)) {
        const std::string what = net.trains() ? "--steps " + std::to_string(steps) : std::to_string(records_wanted) + " examples";
        throw InputError("nnwalk trace", 0, what + " would trace " + with_commas(records_wanted) + " × " +
                                               with_commas(per_record) + " values (expected at most " +
                                               with_commas(max_traced_values) + ": fewer " +
                                               (net.trains() ? "steps" : "examples") + " or a smaller network)");
    }
}

void trace_command(const std::vector<std::string>& args, std::ostream& out) {
    const Options options = parse_options("nnwalk trace", args, {"--format", "--round", "--steps"});
    if (options.positional.size() != 1) {
        throw InputError("nnwalk trace", 0, "needs exactly one .net file (usage: nnwalk trace FILE [--format text|tsv|markdown] [--round N] [--steps K])");
    }
    const std::string format = options.choice("--format", "text", {"text", "tsv", "markdown"});
    const int decimals = static_cast<int>(options.whole("--round", -1, 0, 12));
    NetFile net = load_netfile(options.positional[0]);
    if (options.has("--steps") && !net.trains()) {
        throw InputError("nnwalk trace", 0, "--steps needs targets in " + options.positional[0] + " (without them only the forward pass is traced)");
    }
    const std::size_t steps = static_cast<std::size_t>(options.whole("--steps", 1, 1, 100000));
    check_trace_size(net, steps);

    // Without targets: the forward pass of every example. With them: K training steps, cycling the examples.
    const std::vector<Record> records = traced_records(net, steps, decimals, options.positional[0]);

    TraceHeading heading;
    heading.file = options.positional[0];
    heading.rounded = decimals >= 0;
    heading.decimals = heading.rounded ? decimals : 4;
    if (format == "tsv") print_trace_tsv(out, heading, records);
    if (format == "text") print_trace_text(out, heading, records);
    if (format == "markdown") print_trace_markdown(out, heading, records);
}
