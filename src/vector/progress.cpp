#include "vector/progress.h"

#include <cstdio>
#include <iostream>
#include <sstream>
#include <unistd.h>

namespace vec {

Progress::Progress(std::ostream& out, bool in_place, std::size_t epoch, std::size_t epochs, std::size_t steps)
    : out(out), in_place(in_place), epoch(epoch), epochs(epochs), steps(steps),
      start(std::chrono::steady_clock::now()), last_drawn(start) {
    if (in_place) out << "Epoch " << epoch << "/" << epochs << "\n" << std::flush;
}

double Progress::seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string Progress::line(std::size_t step, double loss, double accuracy, double elapsed) const {
    char numbers[160];
    std::snprintf(numbers, sizeof numbers, " - loss: %.4f - accuracy: %.4f", loss, accuracy);
    std::ostringstream text;
    text << step << "/" << steps;
    if (in_place) {
        const std::size_t width = 30, done = steps == 0 ? width : step * width / steps;
        text << " [" << std::string(done, '=') << (done < width ? ">" : "")
             << std::string(done < width ? width - done - 1 : 0, '.') << "]";
    }
    char times[80];
    if (step < steps)
        std::snprintf(times, sizeof times, " - ETA: %.0fs", elapsed / static_cast<double>(step) * static_cast<double>(steps - step));
    else
        std::snprintf(times, sizeof times, " - %.2fs %.0fus/step", elapsed, elapsed / static_cast<double>(steps) * 1e6);
    text << times << numbers;
    return text.str();
}

void Progress::update(std::size_t step, double loss, double accuracy) {
    if (!in_place) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_drawn < std::chrono::milliseconds(100)) return;
    last_drawn = now;
    out << "\r" << line(step, loss, accuracy, seconds()) << "\033[K" << std::flush;
}

void Progress::finish(double loss, double accuracy, double training_seconds, const std::string& extra) {
    if (in_place)
        out << "\r" << line(steps, loss, accuracy, training_seconds) << extra << "\033[K\n" << std::flush;
    else
        out << "Epoch " << epoch << "/" << epochs << ": " << line(steps, loss, accuracy, training_seconds) << extra << "\n" << std::flush;
}

bool is_terminal(const std::ostream& out) { return &out == &std::cout && isatty(STDOUT_FILENO) != 0; }

}  // namespace vec
