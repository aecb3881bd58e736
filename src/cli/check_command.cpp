#include "cli/commands.h"

#include "io/answer_sheet.h"
#include "classroom/feedback.h"
#include "classroom/marker.h"
#include "classroom/questions.h"
#include "classroom/step_answers.h"
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
    // The marks point into the answers, which therefore live as long as they do.
    std::vector<Answers> answers;
    Marking marking;
    if (steps == 1) {
        const Record rounded = problem_values(net, heading.tolerance.decimals, heading.problem_file);
        const Record full = problem_values(net, -1, heading.problem_file);
        answers.push_back(load_answers(heading.answers_file, rounded, heading.problem_file));
        marking = mark_answers(rounded, full, asked_quantities(rounded), answers[0], heading.tolerance);
    } else {
        const std::vector<Record> rounded = traced_records(net, steps, heading.tolerance.decimals, heading.problem_file);
        const std::vector<Record> full = traced_records(net, steps, -1, heading.problem_file);
        answers = load_step_answers(heading.answers_file, rounded, heading.problem_file);
        marking = mark_steps(rounded, full, answers, heading.tolerance);
    }

    if (format == "text") print_feedback_text(out, heading, marking);
    if (format == "markdown") print_feedback_markdown(out, heading, marking);
    // 0 full marks; 1 something is wrong; 3 nothing is wrong, but some values are missing.
    return !marking.all_right() ? 1 : marking.count(Mark::missing) > 0 ? 3 : 0;
}
