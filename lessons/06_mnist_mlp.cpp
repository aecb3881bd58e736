// Lesson 06 — the MNIST multilayer perceptron: the Keras tutorial's model (Géron, "Hands-On Machine Learning",
// chapter 10) in plain C++, step by step: 784 pixels → Dense(300, relu) → Dense(100, relu) → Dense(10, softmax),
// sparse categorical cross-entropy, SGD, 30 epochs, the first 5,000 training images held out for validation.
// Run: make lesson-06 (or build/lessons/06_mnist_mlp [--epochs N] …). Doc: docs/lessons/06-mnist-mlp.md.
#include "cli/options.h"
#include "core/input_error.h"
#include "io/mnist.h"
#include "figure/mnist_figures.h"
#include "print/ascii_image.h"
#include "print/confusion.h"
#include "print/mnist_text.h"
#include "print/summary_text.h"
#include "core/number_format.h"
#include "vector/sequential.h"

#include <filesystem>
#include <iostream>

const std::string program = "06_mnist_mlp";

// The recipe: the tutorial's values unless the command line changes them.
struct Recipe {
    std::string data = "data/mnist";           // where `make data` put the four files
    std::string figures = "build/figures";     // where the two SVG figures go
    std::size_t epochs = 30;                    // passes over the 55,000 training images
    std::size_t batch = 32;                     // Keras's default batch size
    std::string optimizer = "sgd";              // "sgd" (Keras: lr 0.01) or "adam" (lr 0.001)
    double rate = 0.01;                         // the learning rate η
    std::vector<std::size_t> hidden{300, 100};  // neurons of each hidden layer
    // The results do not depend on the number of threads: every product is cut into the same tasks, each summed
    // in the same order, whatever the thread count.
    std::size_t threads = 2;                    // for the matrix products
    std::uint64_t seed = 42;                    // for the starting weights and the shuffles
    std::string save, load;                     // model files ("" when not asked for)
};

// "300,100" → {300, 100}: 1 to 5 layers of 1 to 4096 neurons each.
static std::vector<std::size_t> hidden_layers(const std::string& text) {
    std::vector<std::size_t> layers;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        const std::string word = text.substr(start, comma - start);
        const bool digits = !word.empty() && word.size() <= 4 && word.find_first_not_of("0123456789") == std::string::npos;
        if (!digits || std::stoul(word) < 1 || std::stoul(word) > 4096 || layers.size() == 5)
            throw InputError(program, 0, "--hidden needs 1 to 5 layer sizes from 1 to 4096 separated by commas, "
                                         "such as 300,100 (got '" + text + "')");
        layers.push_back(std::stoul(word));
        start = comma + 1;
    }
    return layers;
}

// The recipe from the command line; InputError for a bad option.
static Recipe read_recipe(int argc, char** argv) {
    const Options options = parse_options(program, std::vector<std::string>(argv + 1, argv + argc),
                                          {"--data", "--figures", "--epochs", "--batch", "--lr", "--optimizer", "--hidden",
                                           "--threads", "--seed", "--save", "--load"});
    if (!options.positional.empty())
        throw InputError(program, 0, "unexpected word '" + options.positional[0] + "' (expected only --options)");
    Recipe recipe;
    recipe.data = options.text("--data", recipe.data);
    recipe.figures = options.text("--figures", recipe.figures);
    recipe.epochs = static_cast<std::size_t>(options.whole("--epochs", 30, 0, 1000));
    recipe.batch = static_cast<std::size_t>(options.whole("--batch", 32, 1, 60000));
    recipe.optimizer = options.choice("--optimizer", "sgd", {"sgd", "adam"});
    recipe.rate = options.number("--lr", recipe.optimizer == "sgd" ? 0.01 : 0.001, 1e-6, 1);
    if (options.has("--hidden")) recipe.hidden = hidden_layers(options.text("--hidden", ""));
    recipe.threads = static_cast<std::size_t>(options.whole("--threads", 2, 1, 64));
    recipe.seed = static_cast<std::uint64_t>(options.whole("--seed", 42, 0, 4294967295L));
    recipe.save = options.text("--save", "");
    const std::filesystem::path save_folder = std::filesystem::path(recipe.save).parent_path();
    if (!recipe.save.empty() && std::filesystem::is_directory(recipe.save))
        throw InputError(recipe.save, 0, "is a folder (expected the name of a file to save the weights to)");
    if (!recipe.save.empty() && !save_folder.empty() && !std::filesystem::is_directory(save_folder))
        throw InputError(recipe.save, 0, "cannot save here: no folder " + save_folder.string() + " (expected an existing folder)");
    recipe.load = options.text("--load", "");
    return recipe;
}

static void print_shapes(const Mnist& mnist) {
    const Images& train = mnist.train.images;
    std::cout << "X_train_full.shape = (" << train.count << ", " << train.rows << ", " << train.cols
              << ")  bytes 0..255, " << with_commas(train.pixels.size()) << " bytes\n"
              << "y_train_full.shape = (" << mnist.train.labels.count << ",)  digits 0..9\n"
              << "X_test.shape       = (" << mnist.test.images.count << ", " << mnist.test.images.rows << ", "
              << mnist.test.images.cols << ")\n"
              << "y_test.shape       = (" << mnist.test.labels.count << ",)\n";
}

// The tutorial's model, seeded, compiled, and with saved weights loaded when --load asks for them. Built before
// anything is printed, so that a bad model file gives one line on stderr and nothing on stdout.
static vec::Sequential build_model(const Recipe& recipe) {
    vec::Sequential model(784, recipe.seed);
    for (std::size_t units : recipe.hidden) model.add(vec::Dense(units, "relu"));
    model.add(vec::Dense(10, "softmax"));
    model.compile("sparse_categorical_crossentropy", recipe.optimizer == "sgd" ? vec::SGD(recipe.rate) : vec::Adam(recipe.rate));
    model.set_threads(recipe.threads);
    if (!recipe.load.empty()) model.load_weights(recipe.load);
    return model;
}

static int lesson(const Recipe& recipe, const Mnist& mnist, vec::Sequential& model) {
    std::cout << "Lesson 06: the MNIST multilayer perceptron, the Keras tutorial step by step\n";
    print_step(std::cout, 1, "Load the data", "(X_train_full, y_train_full), (X_test, y_test) = keras.datasets.mnist.load_data()");
    print_shapes(mnist);

    print_step(std::cout, 2, "Look at one image: the third training image", "plt.imshow(X_train_full[2], cmap=\"binary\")");
    std::cout << side_by_side(ascii_image(mnist.train.images.image(2), 28, 28),
                              "\n\ny_train_full[2] = " + std::to_string(mnist.train.labels.values[2]))
              << "Shades: ' ' for pixels 0..51, '.' 52..102, '+' 103..153, '#' 154..204, '@' 205..255.\n";

    print_step(std::cout, 3, "Normalise the pixels to [0, 1]", "X_train_full / 255.");
    std::cout << "Each pixel x becomes x/255 as a batch is copied for training: 0 → 0.0000, 128 → 0.5020, 255 → 1.0000.\n"
                 "The 60,000 training images stay 47 MB of bytes instead of 188 MB of floats.\n";

    print_step(std::cout, 4, "Split: the first 5,000 training images for validation",
               "X_valid, X_train = X_train_full[:5000] / 255., X_train_full[5000:] / 255.");
    const vec::Examples train_full(mnist.train.images.pixels, mnist.train.labels.values, 784);
    const vec::Examples valid = train_full.slice(0, 5000), train = train_full.slice(5000, train_full.count() - 5000);
    const vec::Examples test(mnist.test.images.pixels, mnist.test.labels.values, 784);
    std::cout << "validation " << valid.count() << ", training " << train.count() << ", test " << test.count() << " images\n";

    print_step(std::cout, 5, "Seed the random numbers: the same weights and shuffles every run", "tf.random.set_seed(" +
               std::to_string(recipe.seed) + ")");
    std::cout << "seed " << recipe.seed << ": the weights (Glorot uniform) and each epoch's shuffle come from Rng("
              << recipe.seed << ")\n";

    print_step(std::cout, 6, "Build the model", "model = keras.models.Sequential([Flatten(input_shape=[28, 28]), "
               "Dense(300, activation=\"relu\"), Dense(100, activation=\"relu\"), Dense(10, activation=\"softmax\")])");
    print_summary(std::cout, model);

    print_step(std::cout, 7, "Train", "model.compile(loss=\"sparse_categorical_crossentropy\", optimizer=\"sgd\", "
               "metrics=[\"accuracy\"]); history = model.fit(X_train, y_train, epochs=30, validation_data=(X_valid, y_valid))");
    std::cout << recipe.epochs << " epochs, batches of " << recipe.batch << ", " << recipe.optimizer << " with learning rate "
              << plain(recipe.rate) << ", " << recipe.threads << " threads"
              << (recipe.load.empty() ? "" : ", starting from the weights in " + recipe.load) << "\n";
    const vec::History history = model.fit(train, recipe.epochs, valid, recipe.batch);
    if (history.stopped) return 1;
    learning_curves_figure(history.loss, history.accuracy, history.val_loss, history.val_accuracy)
        .save(recipe.figures + "/06_learning_curves.svg");
    std::cout << "figure: " << recipe.figures << "/06_learning_curves.svg\n";
    if (!recipe.save.empty()) {
        model.save_weights(recipe.save);
        std::cout << "saved the weights to " << recipe.save << "\n";
    }

    print_step(std::cout, 8, "Evaluate on the 10,000 test images", "model.evaluate(X_test, y_test)");
    const vec::Evaluation score = model.evaluate(test);
    std::cout << "test loss " << fixed(score.loss, 4) << ", test accuracy " << fixed(100 * score.accuracy, 2) << "%\n";

    print_step(std::cout, 9, "Predict the first five test images", "y_proba = model.predict(X_test[:5]).round(2)");
    const vec::Matrix<float> probabilities = model.predict(test.slice(0, 5));
    for (std::size_t k = 0; k < 5; ++k)
        std::cout << prediction_panel(mnist.test.images.image(k), 28, 28, probabilities.row(k), 10,
                                      mnist.test.labels.values[k]);

    print_step(std::cout, 10, "Where it goes wrong: the confusion matrix of the test set", "");
    const ConfusionMatrix confusion = confusion_matrix(mnist.test.labels.values, model.predict_classes(test));
    std::cout << confusion_table(confusion);
    confusion_figure(confusion).save(recipe.figures + "/06_confusion.svg");
    std::cout << "figure: " << recipe.figures << "/06_confusion.svg\n";

    print_step(std::cout, 11, "The digits most often taken for another", "");
    std::cout << most_confused_text(confusion, 5);
    return 0;
}

int main(int argc, char** argv) {
    try {
        const Recipe recipe = read_recipe(argc, argv);
        if (!mnist_present(recipe.data)) {
            std::cerr << recipe.data << ": the MNIST files are missing: run `make data` to fetch them\n";
            return 2;
        }
        const Mnist mnist = read_mnist(recipe.data);
        vec::Sequential model = build_model(recipe);
        return lesson(recipe, mnist, model);
    } catch (const InputError& error) {
        std::cerr << error.what() << "\n";
        return 2;
    }
}
