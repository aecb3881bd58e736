#include "print/mnist_text.h"

#include "print/ascii_image.h"
#include "core/number_format.h"

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
    if (!python.empty()) out << "    Keras: " << python << "\n";
}

std::string prediction_panel(const std::uint8_t* pixels, std::size_t rows, std::size_t cols,
                             const float* probabilities, std::size_t classes, int truth) {
    std::size_t predicted = 0;
    for (std::size_t k = 1; k < classes; ++k)
        if (probabilities[k] > probabilities[predicted]) predicted = k;
    const bool right = static_cast<int>(predicted) == truth;
    const std::string verdict = "true " + std::to_string(truth) + ", predicted " + std::to_string(predicted) +
                                " (p = " + fixed(probabilities[predicted], 4) + "): " + (right ? "right" : "WRONG");
    return side_by_side(ascii_image(pixels, rows, cols),
                        "\n" + verdict + "\n\nd  p(d)\n" + probability_bars(probabilities, classes));
}
