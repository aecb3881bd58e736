#include "print/ascii_image.h"

#include "core/number_format.h"

#include <algorithm>
#include <cmath>
#include <vector>

char pixel_shade(std::uint8_t pixel) {
    const char shades[] = " .+#@";
    return shades[pixel * 5 / 256];
}

std::string ascii_image(const std::uint8_t* pixels, std::size_t rows, std::size_t cols) {
    const std::string edge = "+" + std::string(2 * cols, '-') + "+\n";
    std::string text = edge;
    for (std::size_t r = 0; r < rows; ++r) {
        text += '|';
        for (std::size_t c = 0; c < cols; ++c) text += std::string(2, pixel_shade(pixels[r * cols + c]));
        text += "|\n";
    }
    return text + edge;
}

std::string probability_bars(const float* probabilities, std::size_t classes, std::size_t width) {
    std::string text;
    for (std::size_t k = 0; k < classes; ++k) {
        const double p = probabilities[k];
        const double filled = std::round(std::min(1.0, std::max(0.0, p)) * static_cast<double>(width));
        text += std::to_string(k) + "  " + fixed(p, 4) + (filled > 0 ? "  " + std::string(static_cast<std::size_t>(filled), '#') : "") + "\n";
    }
    return text;
}

// The lines of `text`, without their line ends.
static std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

std::string side_by_side(const std::string& left, const std::string& right, std::size_t gap) {
    const std::vector<std::string> a = lines_of(left), b = lines_of(right);
    std::size_t widest = 0;
    for (const std::string& line : a) widest = std::max(widest, line.size());
    std::string text;
    for (std::size_t k = 0; k < std::max(a.size(), b.size()); ++k) {
        const std::string l = k < a.size() ? a[k] : "";
        const std::string r = k < b.size() ? b[k] : "";
        const std::string line = r.empty() ? l : l + std::string(widest - l.size() + gap, ' ') + r;
        text += line + "\n";
    }
    return text;
}
