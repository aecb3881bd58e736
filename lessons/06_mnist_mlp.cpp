// Lesson 06 — the MNIST multilayer perceptron. Run: make lesson-06 (or build/lessons/06_mnist_mlp --help).
// Doc: docs/lessons/06-mnist-mlp.md.
#include "cli/lesson_main.h"
#include "cli/mnist_recipe.h"
#include "core/input_error.h"
#include "core/number_format.h"
#include "figure/mnist_figures.h"
#include "figure/svg.h"
#include "io/mnist.h"
#include "print/ascii_image.h"
#include "print/confusion.h"
#include "print/mnist_text.h"
#include "print/summary_text.h"
#include "vector/sequential.h"

#include <iostream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// What the lesson is about; --help prints it. The options and the recipe they make: cli/mnist_recipe.h.
const LessonCommand command = {
    "06_mnist_mlp",
    "Lesson 06 — the MNIST multilayer perceptron: the Keras tutorial's model (Géron, \"Hands-On Machine\n"
    "Learning\", chapter 10) in plain C++, step by step: 784 pixels → Dense(300, relu) → Dense(100, relu) →\n"
    "Dense(10, softmax), sparse categorical cross-entropy, SGD, 30 epochs, the first 5,000 training images\n"
    "held out for validation. Needs the MNIST files (make data).\n",
    mnist_recipe_options()};

// The tutorial's model, seeded, compiled, and with saved weights loaded when --load asks for them. Built before
// anything is printed, so that a bad model file gives one line on stderr and nothing on stdout.
static vec::Sequential build_model(const MnistRecipe& recipe) {
    vec::Sequential model(784, recipe.seed);
    for (std::size_t units : recipe.hidden) model.add(vec::Dense(units, "relu"));
    model.add(vec::Dense(10, "softmax"));
    model.compile("sparse_categorical_crossentropy", recipe.optimizer == "sgd" ? vec::SGD(recipe.rate) : vec::Adam(recipe.rate));
    model.set_threads(recipe.threads);
    if (!recipe.load.empty()) model.load_weights(recipe.load);
    return model;
}

static int lesson(const MnistRecipe& recipe, const Mnist& mnist, vec::Sequential& model, const std::string& figures) {
    std::cout << "Lesson 06: the MNIST multilayer perceptron, the Keras tutorial step by step\n";
    print_step(std::cout, 1, "Load the data", "(X_train_full, y_train_full), (X_test, y_test) = keras.datasets.mnist.load_data()");
    print_shapes(std::cout, mnist);

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
        .save(figures + "/06_learning_curves.svg");
    std::cout << "Figure: " << figures << "/06_learning_curves.svg\n";
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
    confusion_figure(confusion).save(figures + "/06_confusion.svg");
    std::cout << "Figure: " << figures << "/06_confusion.svg\n";

    print_step(std::cout, 11, "The digits most often taken for another", "");
    std::cout << most_confused_text(confusion, 5);
    return 0;
}

int main(int argc, char** argv) {
    return run_lesson(argc, argv, command, [](const LessonInput& input) {
        const MnistRecipe recipe = mnist_recipe(input.options);
        if (!mnist_present(recipe.data))
            throw InputError(recipe.data, 0, "the MNIST files are missing: run `make data` to fetch them");
        // Everything that can fail on bad input happens before the first line is printed.
        const Mnist mnist = read_mnist(recipe.data);
        // The first 5,000 training images are the validation set, the rest is trained on; five test images are shown.
        if (mnist.train.count() <= 5000)
            throw InputError(recipe.data + "/" + mnist_train_images, 0, std::to_string(mnist.train.count()) +
                             " training images (expected more than 5,000: the first 5,000 are held out for validation)");
        if (mnist.test.count() < 5)
            throw InputError(recipe.data + "/" + mnist_test_images, 0, std::to_string(mnist.test.count()) +
                             " test images (expected at least 5: the lesson predicts the first five)");
        check_figure_folder(input.figures);
        vec::Sequential model = build_model(recipe);
        return lesson(recipe, mnist, model, input.figures);
    });
}
