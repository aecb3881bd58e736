#include "vector/examples.h"

#include <stdexcept>
#include <string>

namespace vec {

Examples::Examples(const std::vector<std::uint8_t>& pixels, const std::vector<std::uint8_t>& labels,
                   std::size_t features)
    : pixel_bytes(pixels.data()), label_bytes(labels.empty() ? nullptr : labels.data()), feature_count(features) {
    if (features == 0) throw std::invalid_argument("examples need at least one feature");
    if (pixels.size() % features != 0)
        throw std::invalid_argument(std::to_string(pixels.size()) + " bytes are not whole examples of " +
                                    std::to_string(features) + " features");
    example_count = pixels.size() / features;
    if (!labels.empty() && labels.size() != example_count)
        throw std::invalid_argument(std::to_string(example_count) + " examples but " + std::to_string(labels.size()) +
                                    " labels");
}

Examples::Examples(const Matrix<float>& x, const std::vector<std::uint8_t>& labels)
    : floats(x.data()), label_bytes(labels.empty() ? nullptr : labels.data()), example_count(x.rows()),
      feature_count(x.cols()) {
    if (!labels.empty() && labels.size() != example_count)
        throw std::invalid_argument(std::to_string(example_count) + " examples but " + std::to_string(labels.size()) +
                                    " labels");
}

Examples Examples::slice(std::size_t from, std::size_t n) const {
    if (from > example_count || n > example_count - from)
        throw std::out_of_range("examples " + std::to_string(from) + ".." + std::to_string(from + n) + " of " +
                                std::to_string(example_count));
    Examples part = *this;
    part.first = first + from;
    part.example_count = n;
    return part;
}

void Examples::copy_inputs(const std::size_t* order, std::size_t m, Matrix<float>& x, ThreadPool* pool) const {
    x.resize(m, feature_count);
    auto copy_row = [&](std::size_t s) {
        const std::size_t e = first + order[s];
        float* row = x.row(s);
        if (pixel_bytes != nullptr) {
            const std::uint8_t* bytes = pixel_bytes + e * feature_count;
            for (std::size_t i = 0; i < feature_count; ++i) row[i] = static_cast<float>(bytes[i]) / 255.0f;
        } else {
            const float* values = floats + e * feature_count;
            for (std::size_t i = 0; i < feature_count; ++i) row[i] = values[i];
        }
    };
    if (pool == nullptr)
        for (std::size_t s = 0; s < m; ++s) copy_row(s);
    else
        pool->run(m, copy_row);
}

void Examples::copy_labels(const std::size_t* order, std::size_t m, std::uint8_t* labels) const {
    for (std::size_t s = 0; s < m; ++s) labels[s] = label_bytes[first + order[s]];
}

}  // namespace vec
