// Keras-style progress of fit: one line per epoch with steps, time, loss and accuracy. Not a logger.
#pragma once

#include <chrono>
#include <cstddef>
#include <ostream>
#include <string>

namespace vec {

// "1719/1719 [==============================] - 0s 0.3ms/step - loss: 0.2851 - accuracy: 0.9183"
// On a terminal the line is redrawn in place (at most 10 times a second); otherwise one plain line is
// printed when the epoch ends.
class Progress {
public:
    // epoch counted from 1 of `epochs`; `steps` batches in the epoch.
    Progress(std::ostream& out, bool in_place, std::size_t epoch, std::size_t epochs, std::size_t steps);

    // After batch `step` (1..steps) with the running mean loss and accuracy of the epoch so far.
    void update(std::size_t step, double loss, double accuracy);

    // Ends the epoch's line with the time spent training; `extra` (e.g. " - val_loss: …") is appended.
    void finish(double loss, double accuracy, double training_seconds, const std::string& extra);

    // Seconds since the epoch started.
    double seconds() const;

private:
    std::string line(std::size_t step, double loss, double accuracy, double elapsed) const;

    std::ostream& out;
    bool in_place;
    std::size_t epoch, epochs, steps;
    std::chrono::steady_clock::time_point start;
    std::chrono::steady_clock::time_point last_drawn;
};

// True when `out` is std::cout and standard output is a terminal.
bool is_terminal(const std::ostream& out);

}  // namespace vec
