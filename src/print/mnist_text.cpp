#include "print/mnist_text.h"

#include "print/ascii_image.h"
#include "print/table.h"
#include "core/number_format.h"

#include <algorithm>

void print_shapes(std::ostream& out, const Mnist& mnist) {
    const Images& train = mnist.train.images;
    out << "X_train_full.shape = (" << train.count << ", " << train.rows << ", " << train.cols
        << ")  bytes 0..255, " << with_commas(train.pixels.size()) << " bytes\n"
        << "y_train_full.shape = (" << mnist.train.labels.count << ",)  digits 0..9\n"
        << "X_test.shape       = (" << mnist.test.images.count << ", " << mnist.test.images.rows << ", "
        << mnist.test.images.cols << ")\n"
        << "y_test.shape       = (" << mnist.test.labels.count << ",)\n";
}

void print_step(std::ostream& out, int number, const std::string& title, const std::string& python) {
    out << "\n=== " << number << ". " << title << "\n";
    if (!python.empty()) print_keras(out, python);
}

void print_keras(std::ostream& out, const std::string& python) {
    out << "    Keras: ";
    for (char c : python) out << c << (c == '\n' ? "           " : "");
    out << "\n";
}

// `value` to 2 decimals without its trailing zeros: 0.97 → "0.97", 0.5 → "0.5", 1 → "1.", 0.004 → "0.".
static std::string numpy_digits(float value) {
    std::string text = fixed(value, 2);
    while (text.back() == '0') text.pop_back();
    return text;
}

// NumPy's repr of a float32 array rounded to 2 decimals: every value with as many decimals as the one that
// needs most (0 to 2), the missing ones as spaces ("0.  " beside "0.97", "0." when all are whole), and the
// dtype on the last line when it fits in NumPy's 75 characters, else on a line of its own.
std::string numpy_rounded(const float* values, std::size_t rows, std::size_t columns) {
    std::vector<std::string> digits;
    std::size_t decimals = 0;
    for (std::size_t e = 0; e < rows * columns; ++e) {
        digits.push_back(numpy_digits(values[e]));
        decimals = std::max(decimals, digits.back().size() - digits.back().find('.') - 1);
    }
    std::string text = "array([";
    for (std::size_t r = 0; r < rows; ++r) {
        text += r == 0 ? "[" : ",\n       [";
        for (std::size_t c = 0; c < columns; ++c) {
            const std::string& value = digits[r * columns + c];
            text += (c == 0 ? "" : ", ") + value + std::string(decimals - (value.size() - value.find('.') - 1), ' ');
        }
        text += "]";
    }
    text += "],";
    const std::size_t last_line = text.size() - (text.rfind('\n') == std::string::npos ? 0 : text.rfind('\n') + 1);
    const std::string dtype = "dtype=float32)";
    return text + (last_line + 1 + dtype.size() > 75 ? "\n      " : " ") + dtype;
}

std::string numpy_classes(const std::vector<int>& values) {
    std::string text = "array([";
    for (std::size_t k = 0; k < values.size(); ++k) text += (k == 0 ? "" : ", ") + std::to_string(values[k]);
    return text + "])";
}

std::string prediction_verdict(const float* probabilities, std::size_t classes, int truth) {
    std::size_t predicted = 0;
    for (std::size_t k = 1; k < classes; ++k)
        if (probabilities[k] > probabilities[predicted]) predicted = k;
    const bool right = static_cast<int>(predicted) == truth;
    return "true " + std::to_string(truth) + ", predicted " + std::to_string(predicted) + " (p = " +
           fixed(probabilities[predicted], 4) + "): " + (right ? "right" : "WRONG");
}

std::string prediction_panel(const std::uint8_t* pixels, std::size_t rows, std::size_t cols,
                             const float* probabilities, std::size_t classes, int truth) {
    return side_by_side(ascii_image(pixels, rows, cols), "\n" + prediction_verdict(probabilities, classes, truth) +
                                                             "\n\nd  p(d)\n" + probability_bars(probabilities, classes));
}

// The columns of the sweep table, each cell padded to its width.
static std::string sweep_line(const std::vector<std::string>& cells) {
    const int widths[] = {-13, -8, -19, -6, 12, 8, 8};  // negative: left-aligned
    std::string line;
    for (std::size_t k = 0; k < cells.size(); ++k)
        line += (k == 0 ? "" : "  ") + (widths[k] < 0 ? left_aligned(cells[k], -widths[k]) : right_aligned(cells[k], widths[k]));
    return line.substr(0, line.find_last_not_of(' ') + 1) + "\n";
}

std::string sweep_header() {
    const std::string names = sweep_line({"knob", "value", "hidden layers", "η", "val_accuracy", "val_loss", "training"});
    return names + std::string(static_cast<std::size_t>(text_width(names)) - 1, '-') + "\n";
}

std::string sweep_row(const SweepResult& result) {
    const SweepRun& run = result.run;
    std::string model;
    for (std::size_t units : run.hidden) model += (model.empty() ? "" : ",") + std::to_string(units);
    model += " " + run.activation;
    const std::string time = fixed(result.seconds, 2) + " s";
    if (result.stopped) return sweep_line({run.knob, run.value, model, plain(run.rate), "stopped", "nan", time});
    return sweep_line({run.knob, run.value, model, plain(run.rate), fixed(100 * result.val_accuracy, 2) + "%",
                       fixed(result.val_loss, 4), time});
}

std::string sweep_best(const std::vector<SweepResult>& results) {
    std::string text;
    for (std::size_t k = 0; k < results.size(); ++k) {
        const std::string& knob = results[k].run.knob;
        if (std::any_of(results.begin(), results.begin() + static_cast<long>(k),
                        [&](const SweepResult& r) { return r.run.knob == knob; }))
            continue;
        const SweepResult* best = nullptr;
        for (const SweepResult& r : results)
            if (r.run.knob == knob && !r.stopped && (best == nullptr || r.val_accuracy > best->val_accuracy)) best = &r;
        if (best != nullptr)
            text += "best " + knob + ": " + best->run.value + " (" + fixed(100 * best->val_accuracy, 2) + "%)\n";
    }
    return text;
}
