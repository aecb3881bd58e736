// The Keras-shaped API of the vector core: Sequential, add(Dense(…)), compile, fit, evaluate,
// predict, save and load. In float, for speed; lesson 06 reads like the Keras tutorial line by line.
#pragma once

#include "core/rng.h"
#include "vector/dense.h"
#include "vector/examples.h"
#include "vector/loss.h"
#include "vector/network.h"
#include "vector/optimizer.h"
#include "vector/thread_pool.h"

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace vec {

// What fit returns: one value per epoch (Keras's history.history).
struct History {
    std::vector<double> loss;          // mean training loss of each epoch
    std::vector<double> accuracy;      // training accuracy of each epoch (fraction in [0, 1])
    std::vector<double> val_loss;      // mean validation loss (empty without validation data)
    std::vector<double> val_accuracy;  // validation accuracy
    std::vector<double> seconds;       // training time of each epoch (validation not included)
    bool stopped = false;              // true when training stopped early (the loss became NaN or infinite)
    std::string stop_reason;           // why, e.g. "epoch 3, batch 120: the loss is nan; …"
};

// What evaluate returns.
struct Evaluation {
    double loss;      // mean loss over the examples
    double accuracy;  // fraction of examples whose most probable class is the label
};

// model = Sequential(784); model.add(Dense(300, "relu")); … model.compile("sparse_categorical_crossentropy",
// SGD(0.01)); History h = model.fit(train, 30, valid); model.evaluate(test); Keras's model.summary() is
// print_summary(std::cout, model), in print/summary_text.h.
class Sequential {
public:
    // A model on `inputs` features (n_0; Keras's Flatten(input_shape=[28, 28]) gives 784). Weights and the
    // shuffling are drawn from Rng(seed); the same seed gives the same numbers on the same machine.
    explicit Sequential(std::size_t inputs, std::uint64_t seed = 42);

    // Appends a Dense layer: Glorot-uniform weights, zero biases.
    void add(const Dense& layer);

    // Σ_l n_{l−1}·n_l + n_l.
    std::size_t count_params() const { return network.parameter_count(); }

    // Chooses the loss ("sparse_categorical_crossentropy" or "squared") and the optimiser.
    // Throws std::invalid_argument for an unknown loss, or cross-entropy without a softmax output.
    void compile(const std::string& loss, const Optimizer& optimizer);

    // Number of threads for the kernels (1 or more; default 2). The results do not depend on the number of
    // threads: every product is cut into the same tasks, each summed in the same order, whatever the thread count.
    void set_threads(std::size_t threads);

    // Where fit writes its progress (default std::cout, redrawn in place on a terminal); nullptr: silent.
    void set_progress(std::ostream* out) { progress_out = out; }

    // Trains for `epochs` epochs on mini-batches of `batch_size` examples, shuffled each epoch (the last
    // batch may be smaller). Stops early, with History::stopped and a message (also on stderr unless silent)
    // naming the epoch and batch, when the loss becomes NaN or infinite. Throws std::invalid_argument when not compiled or when a
    // label or the number of features does not fit the model.
    History fit(const Examples& train, std::size_t epochs, std::size_t batch_size = 32);
    // The same, reporting val_loss and val_accuracy on `validation` after each epoch.
    History fit(const Examples& train, std::size_t epochs, const Examples& validation, std::size_t batch_size = 32);

    // Mean loss and accuracy on labelled examples.
    Evaluation evaluate(const Examples& data);

    // The outputs A[L] (count × n_L): with softmax, the probability of each class for each example.
    Matrix<float> predict(const Examples& data);

    // The most probable class of each example (the first one on a tie).
    std::vector<int> predict_classes(const Examples& data);

    // Saves the weights (format in docs/vector.md); throws InputError when the file cannot be written.
    void save_weights(const std::string& path) const;

    // Loads weights saved from a model of the same shape; throws InputError for a bad or mismatched file.
    void load_weights(const std::string& path);

    // The layers and their weights, e.g. to read W of layer 1.
    const Network<float>& layers() const { return network; }

private:
    void fit_epoch(const Examples& train, std::size_t epoch, std::size_t epochs, std::size_t batch_size,
                   History& history, const Examples* validation);

    Network<float> network;
    Rng rng;                                 // weights, then the shuffles
    std::size_t thread_count = 2;
    std::unique_ptr<ThreadPool> pool;        // started by set_threads or the first fit/evaluate
    Loss loss = Loss::sparse_categorical_crossentropy;
    Optimizer optimizer;
    bool compiled = false;
    std::ostream* progress_out;
};

}  // namespace vec
