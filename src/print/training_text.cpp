#include "print/training_text.h"

#include "core/number_format.h"
#include "print/table.h"

std::string error_line(int epoch, double error) {
    return "  epoch " + right_aligned(std::to_string(epoch), 5) + ": E = " + fixed(error, 4);
}

// The step between shown epochs: every, 2·every, 5·every, 10·every, 20·every, …, the first that leaves at
// most 10 lines after epoch 0.
static int shown_step(int last, int every) {
    for (int scale = 1;; scale *= 10) {
        for (int factor : {1, 2, 5}) {
            if (last / (every * factor * scale) <= 10) return every * factor * scale;
        }
    }
}

std::vector<int> shown_epochs(int last, int every, bool all) {
    const int step = shown_step(last, every);
    std::vector<int> shown;
    for (int epoch = 0; epoch <= last; ++epoch) {
        if (all || epoch % step == 0 || epoch == last) shown.push_back(epoch);
    }
    return shown;
}
