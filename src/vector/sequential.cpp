#include "vector/sequential.h"

#include "vector/model_file.h"
#include "vector/progress.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <numeric>
#include <sstream>
#include <stdexcept>

namespace vec {

// Examples per batch when nothing is learnt (evaluate, predict): big enough for fast products. For both of
// `make bench`'s models, evaluate on the test set gave 12% more images per second with 1024 than with 512
// (median of 15 passes, 2 threads, AVX-512 Xeon).
static const std::size_t inference_batch = 1024;

Sequential::Sequential(std::size_t inputs, std::uint64_t seed) : network(inputs), rng(seed), progress_out(&std::cout) {}

void Sequential::add(const Dense& layer) {
    if (layer.units == 0) throw std::invalid_argument("a Dense layer needs at least one neuron");
    if (!network.layers.empty() && network.layers.back().activation == Activation::softmax)
        throw std::invalid_argument("softmax is only allowed on the output layer");
    network.add(layer.units, layer.activation, rng);
    compiled = false;
}

void Sequential::compile(const std::string& loss_name, const Optimizer& chosen) {
    const Loss chosen_loss = loss_named(loss_name);
    if (network.layers.empty()) throw std::invalid_argument("add at least one layer before compile");
    const bool softmax_output = network.layers.back().activation == Activation::softmax;
    if (chosen_loss == Loss::sparse_categorical_crossentropy && !softmax_output)
        throw std::invalid_argument("sparse_categorical_crossentropy needs a softmax output layer");
    if (chosen_loss == Loss::squared && softmax_output)
        throw std::invalid_argument("a softmax output layer needs sparse_categorical_crossentropy");
    if (!(chosen.learning_rate > 0) || !std::isfinite(chosen.learning_rate))
        throw std::invalid_argument("the learning rate must be a positive number");
    loss = chosen_loss;
    optimizer = chosen;
    compiled = true;
}

void Sequential::set_threads(std::size_t threads) {
    if (threads == 0) throw std::invalid_argument("at least one thread is needed");
    thread_count = threads;
    pool.reset();
}

// The pool, started on first use.
static ThreadPool* started(std::unique_ptr<ThreadPool>& pool, std::size_t threads) {
    if (!pool) pool.reset(new ThreadPool(threads));
    return pool.get();
}

// Throws std::invalid_argument unless `data` fits a model with these inputs and outputs.
static void check_examples(const Examples& data, std::size_t inputs, std::size_t outputs, bool need_labels,
                           const char* what) {
    if (data.features() != inputs)
        throw std::invalid_argument(std::string(what) + " have " + std::to_string(data.features()) +
                                    " features, the model expects " + std::to_string(inputs));
    if (!need_labels) return;
    if (!data.has_labels()) throw std::invalid_argument(std::string(what) + " need labels");
    for (std::size_t e = 0; e < data.count(); ++e)
        if (static_cast<std::size_t>(data.label(e)) >= outputs)
            throw std::invalid_argument(std::string(what) + ": example " + std::to_string(e) + " has label " +
                                        std::to_string(data.label(e)) + ", the model has only " +
                                        std::to_string(outputs) + " outputs");
}

// How many of the m rows of outputs Y (m × n_L) have their largest value at the label (first on a tie).
static std::size_t correct(const Matrix<float>& y, const std::uint8_t* labels) {
    std::size_t right = 0;
    for (std::size_t s = 0; s < y.rows(); ++s) {
        const float* row = y.row(s);
        std::size_t best = 0;
        for (std::size_t j = 1; j < y.cols(); ++j)
            if (row[j] > row[best]) best = j;
        right += best == labels[s];
    }
    return right;
}

History Sequential::fit(const Examples& train, std::size_t epochs, std::size_t batch_size) {
    History history;
    for (std::size_t epoch = 1; epoch <= epochs && !history.stopped; ++epoch)
        fit_epoch(train, epoch, epochs, batch_size, history, nullptr);
    return history;
}

History Sequential::fit(const Examples& train, std::size_t epochs, const Examples& validation, std::size_t batch_size) {
    check_examples(validation, network.inputs(), network.outputs(), true, "validation examples");
    History history;
    for (std::size_t epoch = 1; epoch <= epochs && !history.stopped; ++epoch)
        fit_epoch(train, epoch, epochs, batch_size, history, &validation);
    return history;
}

void Sequential::fit_epoch(const Examples& train, std::size_t epoch, std::size_t epochs, std::size_t batch_size,
                           History& history, const Examples* validation) {
    if (!compiled) throw std::invalid_argument("compile the model before fit");
    if (batch_size == 0) throw std::invalid_argument("the batch size must be at least 1");
    if (epoch == 1) check_examples(train, network.inputs(), network.outputs(), true, "training examples");
    ThreadPool* threads = started(pool, thread_count);

    // Shuffle 0..count−1 (Keras shuffles before every epoch).
    std::vector<std::size_t> order(train.count());
    std::iota(order.begin(), order.end(), std::size_t(0));
    rng.shuffle(order);

    const std::size_t steps = (train.count() + batch_size - 1) / batch_size;
    std::ostream* out = progress_out;
    Progress progress(out != nullptr ? *out : std::cout, out != nullptr && is_terminal(*out), epoch, epochs, steps);
    Matrix<float> x, targets;
    std::vector<std::uint8_t> labels(batch_size);
    double loss_sum = 0;
    std::size_t seen = 0, right = 0;
    for (std::size_t step = 1; step <= steps; ++step) {
        const std::size_t first = (step - 1) * batch_size;
        const std::size_t m = std::min(batch_size, train.count() - first);
        train.copy_inputs(order.data() + first, m, x, threads);
        train.copy_labels(order.data() + first, m, labels.data());
        one_hot(labels.data(), m, network.outputs(), targets);
        const float batch_loss = network.train_step(x, targets, loss, optimizer, threads);
        if (!std::isfinite(batch_loss)) {
            history.stopped = true;
            std::ostringstream reason;
            reason << "epoch " << epoch << ", batch " << step << ": the loss is "
                   << (std::isnan(batch_loss) ? "nan" : "infinite") << "; training stopped (the learning rate "
                   << optimizer.learning_rate << " is too high for this model: try a lower one)";
            history.stop_reason = reason.str();
            if (out != nullptr) {
                *out << "\n" << std::flush;
                std::cerr << history.stop_reason << "\n";
            }
            return;
        }
        loss_sum += batch_loss;
        seen += m;
        right += correct(network.layers.back().a, labels.data());
        if (out != nullptr) progress.update(step, loss_sum / seen, static_cast<double>(right) / seen);
    }
    const double seconds = progress.seconds();
    history.loss.push_back(loss_sum / seen);
    history.accuracy.push_back(static_cast<double>(right) / seen);
    history.seconds.push_back(seconds);
    Evaluation v{0, 0};
    if (validation != nullptr) {
        v = evaluate(*validation);
        history.val_loss.push_back(v.loss);
        history.val_accuracy.push_back(v.accuracy);
    }
    if (out != nullptr) progress.finish(history.loss.back(), history.accuracy.back(), seconds, validation != nullptr, v.loss, v.accuracy);
}

Evaluation Sequential::evaluate(const Examples& data) {
    if (!compiled) throw std::invalid_argument("compile the model before evaluate");
    check_examples(data, network.inputs(), network.outputs(), true, "examples");
    ThreadPool* threads = started(pool, thread_count);
    std::vector<std::size_t> order(data.count());
    std::iota(order.begin(), order.end(), std::size_t(0));
    Matrix<float> x, targets;
    std::vector<std::uint8_t> labels(inference_batch);
    double loss_sum = 0;
    std::size_t right = 0;
    for (std::size_t first = 0; first < data.count(); first += inference_batch) {
        const std::size_t m = std::min(inference_batch, data.count() - first);
        data.copy_inputs(order.data() + first, m, x, threads);
        data.copy_labels(order.data() + first, m, labels.data());
        one_hot(labels.data(), m, network.outputs(), targets);
        const Matrix<float>& y = network.forward(x, threads);
        loss_sum += total_loss(loss, network.layers.back().z, y, targets);
        right += correct(y, labels.data());
    }
    const double n = static_cast<double>(data.count());
    return {data.count() == 0 ? 0.0 : loss_sum / n, data.count() == 0 ? 0.0 : static_cast<double>(right) / n};
}

Matrix<float> Sequential::predict(const Examples& data) {
    check_examples(data, network.inputs(), network.outputs(), false, "examples");
    ThreadPool* threads = started(pool, thread_count);
    std::vector<std::size_t> order(data.count());
    std::iota(order.begin(), order.end(), std::size_t(0));
    Matrix<float> x, outputs(data.count(), network.outputs());
    for (std::size_t first = 0; first < data.count(); first += inference_batch) {
        const std::size_t m = std::min(inference_batch, data.count() - first);
        data.copy_inputs(order.data() + first, m, x, threads);
        const Matrix<float>& y = network.forward(x, threads);
        for (std::size_t s = 0; s < m; ++s)
            for (std::size_t j = 0; j < y.cols(); ++j) outputs(first + s, j) = y(s, j);
    }
    return outputs;
}

std::vector<int> Sequential::predict_classes(const Examples& data) {
    const Matrix<float> y = predict(data);
    std::vector<int> classes(y.rows());
    for (std::size_t s = 0; s < y.rows(); ++s) {
        std::size_t best = 0;
        for (std::size_t j = 1; j < y.cols(); ++j)
            if (y(s, j) > y(s, best)) best = j;
        classes[s] = static_cast<int>(best);
    }
    return classes;
}

void Sequential::save_weights(const std::string& path) const { vec::save_weights(network, path); }

void Sequential::load_weights(const std::string& path) { vec::load_weights(network, path); }

}  // namespace vec
