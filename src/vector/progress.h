// Keras-style progress of fit: one line per epoch with steps, time, loss and accuracy. Not a logger.
#pragma once

#include <chrono>
#include <cstddef>
#include <ostream>
#include <string>

namespace vec {

// What one progress line reports.
struct ProgressState {
    std::size_t epoch = 1, epochs = 1;  // epoch counted from 1 of `epochs`
    std::size_t step = 0, steps = 0;    // batches done of the epoch's `steps`
    double seconds = 0;                 // since the epoch started
    double loss = 0, accuracy = 0;      // running means of the epoch so far
    bool validated = false;             // the epoch is over and was measured on validation data:
    double val_loss = 0, val_accuracy = 0;
};

// The progress line, fitted to `columns` characters: the longest of these forms that fits,
//   "1719/1719 [==============================] - 0.55s 320us/step - loss: 0.6066 - accuracy: 0.8447 - val_…"
//   the same with a bar of 10, then with no bar; then with short names ("1719/1719 [==========] 0.55s 320us/step
//   loss: 0.6066 acc: 0.8447 val_loss: 0.3078 val_acc: 0.9166"), with no bar, with the seconds only, and last
//   without the time and val_loss; cut at `columns` when even that is too long.
// `bar` false leaves the bar out of every form (a line written to a file or pipe).
std::string progress_line(const ProgressState& state, bool bar, std::size_t columns);

// The width of the terminal on standard output (ioctl TIOCGWINSZ), else $COLUMNS, else 80.
std::size_t terminal_columns();

// The progress of one epoch. On a terminal the line is redrawn in place (at most 10 times a second), one
// character narrower than the terminal so that it never wraps; otherwise one plain line of at most 100
// characters, "Epoch 3/30: …", is printed when the epoch ends.
class Progress {
public:
    // epoch counted from 1 of `epochs`; `steps` batches in the epoch.
    Progress(std::ostream& out, bool in_place, std::size_t epoch, std::size_t epochs, std::size_t steps);

    // After batch `step` (1..steps) with the running mean loss and accuracy of the epoch so far.
    void update(std::size_t step, double loss, double accuracy);

    // Ends the epoch's line with the time spent training, and the validation loss and accuracy when `validated`.
    void finish(double loss, double accuracy, double training_seconds, bool validated, double val_loss, double val_accuracy);

    // Seconds since the epoch started.
    double seconds() const;

private:
    std::ostream& out;
    bool in_place;
    std::size_t columns;  // of the terminal, or 100 (the longest printed line) when not in place
    ProgressState state;
    std::chrono::steady_clock::time_point start;
    std::chrono::steady_clock::time_point last_drawn;
};

// True when `out` is std::cout and standard output is a terminal.
bool is_terminal(const std::ostream& out);

}  // namespace vec
