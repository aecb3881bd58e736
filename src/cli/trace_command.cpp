#include "cli/commands.h"

#include "cli/computed_records.h"
#include "cli/options.h"
#include "core/input_error.h"
#include "io/netfile.h"
#include "core/number_format.h"
#include "print/trace_printers.h"

#include <cmath>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

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
