#include "cli/commands.h"

#include "io/answer_sheet.h"
#include "classroom/feedback.h"
#include "classroom/marker.h"
#include "classroom/questions.h"
#include "cli/computed_records.h"
#include "cli/options.h"
#include "core/input_error.h"
#include "io/netfile.h"

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

int check_command(const std::vector<std::string>& args, std::ostream& out) {
    const Options options = parse_options("nnwalk check", args, {"--round", "--tol", "--format", "--steps"});
    if (options.positional.size() != 2) {
        throw InputError("nnwalk check", 0, "needs a problem and an answer sheet (usage: nnwalk check PROBLEM.net ANSWERS.tsv [--round N] "
                                            "[--tol T] [--steps K] [--format text|markdown])");
    }
    FeedbackHeading heading;
    heading.problem_file = options.positional[0];
    heading.answers_file = options.positional[1];
    heading.tolerance.decimals = static_cast<int>(options.whole("--round", 4, 0, 12));
    heading.tolerance.width = options.number("--tol", half_unit(heading.tolerance.decimals), 0, 1);
    heading.tolerance.band = options.has("--tol");
    const std::string format = options.choice("--format", "text", {"text", "markdown"});
    const std::size_t steps = static_cast<std::size_t>(options.whole("--steps", 1, 1, 10));

    const NetFile net = load_netfile(heading.problem_file);
    if (steps > 1 && !net.trains()) {
        throw InputError("nnwalk check", 0, "--steps needs targets in " + heading.problem_file + " (without them there is only a forward pass)");
    }
    const std::vector<Record> rounded = steps == 1 ? std::vector<Record>{problem_values(net, heading.tolerance.decimals, heading.problem_file)}
                                                   : traced_records(net, steps, heading.tolerance.decimals, heading.problem_file);
    const std::vector<Record> full = steps == 1 ? std::vector<Record>{problem_values(net, -1, heading.problem_file)}
                                                : traced_records(net, steps, -1, heading.problem_file);
    const AnswerSheet sheet = load_answers(heading.answers_file, rounded, heading.problem_file);  // the marks point into it
    heading.unreadable = sheet.unreadable;
    const Marking marking = steps == 1 ? mark_answers(rounded[0], full[0], asked_quantities(rounded[0]), sheet.steps[0], heading.tolerance)
                                       : mark_steps(rounded, full, sheet.steps, heading.tolerance);

    if (format == "text") print_feedback_text(out, heading, marking);
    if (format == "markdown") print_feedback_markdown(out, heading, marking);
    // 0 full marks; 1 something is wrong (a value, or a line that cannot be read); 3 nothing is wrong, but some
    // values are missing.
    return !marking.all_right() || !sheet.unreadable.empty() ? 1 : marking.count(Mark::missing) > 0 ? 3 : 0;
}
