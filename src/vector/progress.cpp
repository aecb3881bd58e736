#include "vector/progress.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sys/ioctl.h>
#include <unistd.h>
#include <vector>

namespace vec {

// printf into a std::string.
template <typename... Values>
static std::string formatted(const char* format, Values... values) {
    char text[128];
    std::snprintf(text, sizeof text, format, values...);
    return text;
}

// "[=========>....]" of `width` characters between the brackets.
static std::string bar_text(std::size_t step, std::size_t steps, std::size_t width) {
    const std::size_t done = steps == 0 ? width : step * width / steps;
    return " [" + std::string(done, '=') + (done < width ? ">" : "") + std::string(done < width ? width - done - 1 : 0, '.') + "]";
}

// How much of the time a form shows: the seconds and the time per step (or the ETA), the seconds only, none.
enum class Time { full, seconds, none };

// One form of the line: `bar` characters of bar (0: none), Keras's names or short ones, and the time.
static std::string form(const ProgressState& s, std::size_t bar, bool long_names, Time time) {
    const std::string separator = long_names ? " - " : " ";
    std::string text = std::to_string(s.step) + "/" + std::to_string(s.steps);
    if (bar > 0) text += bar_text(s.step, s.steps, bar);
    const double per_step = s.step == 0 ? 0.0 : s.seconds / static_cast<double>(s.step);
    if (time != Time::none && s.step < s.steps)
        text += separator + formatted("ETA: %.0fs", per_step * static_cast<double>(s.steps - s.step));
    else if (time == Time::full)
        text += separator + formatted("%.2fs %.0fus/step", s.seconds, per_step * 1e6);
    else if (time == Time::seconds)
        text += separator + formatted("%.2fs", s.seconds);
    text += separator + formatted("loss: %.4f", s.loss) + separator + formatted(long_names ? "accuracy: %.4f" : "acc: %.4f", s.accuracy);
    if (s.validated && time != Time::none) text += separator + formatted("val_loss: %.4f", s.val_loss);
    if (s.validated) text += separator + formatted(long_names ? "val_accuracy: %.4f" : "val_acc: %.4f", s.val_accuracy);
    return text;
}

std::string progress_line(const ProgressState& state, bool bar, std::size_t columns) {
    const std::size_t long_bar = bar ? 30 : 0, short_bar = bar ? 10 : 0;
    const std::vector<std::string> forms = {
        form(state, long_bar, true, Time::full),  form(state, short_bar, true, Time::full),
        form(state, 0, true, Time::full),         form(state, short_bar, false, Time::full),
        form(state, 0, false, Time::full),        form(state, 0, false, Time::seconds),
        form(state, 0, false, Time::none)};
    for (const std::string& text : forms)
        if (text.size() <= columns) return text;
    return forms.back().substr(0, columns);
}

std::size_t terminal_columns() {
    winsize size{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    const char* columns = std::getenv("COLUMNS");
    const long from_environment = columns != nullptr ? std::strtol(columns, nullptr, 10) : 0;
    return from_environment > 0 ? static_cast<std::size_t>(from_environment) : 80;
}

Progress::Progress(std::ostream& out, bool in_place, std::size_t epoch, std::size_t epochs, std::size_t steps)
    : out(out), in_place(in_place), columns(in_place ? terminal_columns() : 100),
      start(std::chrono::steady_clock::now()), last_drawn(start) {
    state.epoch = epoch, state.epochs = epochs, state.steps = steps;
    if (in_place) out << "Epoch " << epoch << "/" << epochs << "\n" << std::flush;
}

double Progress::seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void Progress::update(std::size_t step, double loss, double accuracy) {
    if (!in_place) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_drawn < std::chrono::milliseconds(100)) return;
    last_drawn = now;
    state.step = step, state.loss = loss, state.accuracy = accuracy, state.seconds = seconds();
    // One column to spare: a line that fills the last column makes some terminals wrap.
    out << "\r" << progress_line(state, true, columns > 1 ? columns - 1 : 1) << "\033[K" << std::flush;
}

void Progress::finish(double loss, double accuracy, double training_seconds, bool validated, double val_loss, double val_accuracy) {
    state.step = state.steps, state.loss = loss, state.accuracy = accuracy, state.seconds = training_seconds;
    state.validated = validated, state.val_loss = val_loss, state.val_accuracy = val_accuracy;
    if (in_place) {
        out << "\r" << progress_line(state, true, columns > 1 ? columns - 1 : 1) << "\033[K\n" << std::flush;
        return;
    }
    const std::string epoch = "Epoch " + std::to_string(state.epoch) + "/" + std::to_string(state.epochs) + ": ";
    out << epoch << progress_line(state, false, columns - epoch.size()) << "\n" << std::flush;
}

bool is_terminal(const std::ostream& out) { return &out == &std::cout && isatty(STDOUT_FILENO) != 0; }

}  // namespace vec
