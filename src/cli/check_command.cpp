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
    const Options options = parse_options("nnwalk check", args, {"--round", "--tol", "--format"});
    if (options.positional.size() != 2) {
        throw InputError("nnwalk check", 0, "needs a problem and an answer sheet (usage: nnwalk check PROBLEM.net ANSWERS.tsv [--round N] [--tol T] [--format text|markdown])");
    }
    FeedbackHeading heading;
    heading.problem_file = options.positional[0];
    heading.answers_file = options.positional[1];
    heading.tolerance.decimals = static_cast<int>(options.whole("--round", 4, 0, 12));
    heading.tolerance.width = options.number("--tol", half_unit(heading.tolerance.decimals), 0, 1);
    heading.tolerance.band = options.has("--tol");
    const std::string format = options.choice("--format", "text", {"text", "markdown"});

    const NetFile net = load_netfile(heading.problem_file);
    const Record rounded = problem_values(net, heading.tolerance.decimals, heading.problem_file);
    const Record full = problem_values(net, -1, heading.problem_file);
    const AnswerSheet sheet = load_answers(heading.answers_file, {rounded}, heading.problem_file);
    heading.unreadable = sheet.unreadable;
    const Marking marking = mark_answers(rounded, full, asked_quantities(rounded), sheet.steps.at(0), heading.tolerance);

    if (format == "text") print_feedback_text(out, heading, marking);
    if (format == "markdown") print_feedback_markdown(out, heading, marking);
    // 0 full marks; 1 something is wrong (a value, or a line that cannot be read); 3 nothing is wrong, but some
    // values are missing.
    return !marking.all_right() || !sheet.unreadable.empty() ? 1 : marking.count(Mark::missing) > 0 ? 3 : 0;
}
