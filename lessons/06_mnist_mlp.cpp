// Lesson 06 — the MNIST multilayer perceptron. Run: make lesson-06 (or build/lessons/06_mnist_mlp --help).
// Doc: docs/lessons/06-mnist-mlp.md.
#include "cli/lesson_main.h"
#include "cli/mnist_recipe.h"
#include "core/input_error.h"
#include "core/number_format.h"
#include "figure/mnist_figures.h"
#include "figure/panels.h"
#include "figure/svg.h"
#include "io/mnist.h"
#include "print/ascii_image.h"
#include "print/confusion.h"
#include "print/mnist_text.h"
#include "print/summary_text.h"
#include "vector/sequential.h"

#include <algorithm>
#include <iostream>

using namespace scalar;  // the scalar core: Network, Record, key::z(l, j), …

// What the lesson is about; --help prints it. The options and the recipe they make: cli/mnist_recipe.h.
const LessonCommand command = {
    "06_mnist_mlp",
    "Lesson 06 — the MNIST multilayer perceptron: the Keras tutorial's model (Géron, \"Hands-On Machine\n"
    "Learning\", chapter 10) in plain C++, step by step: 784 pixels → Dense(300, relu) →\n"
    "Dense(100, relu) → Dense(10, softmax), sparse categorical cross-entropy, SGD, 30 epochs, the first\n"
    "5,000 training images held out for validation. Needs the MNIST files (make data).\n"
    "--sweep compares the knobs instead: hidden layers, hidden units, activation, learning rate.\n",
    mnist_recipe_options()};

// The tutorial's model, seeded, compiled, and with saved weights loaded when --load asks for them. Built before
// anything is printed, so that a bad model file gives one line on stderr and nothing on stdout.
static vec::Sequential build_model(const MnistRecipe& recipe) {
    vec::Sequential model(784, recipe.seed);
    for (std::size_t units : recipe.hidden) model.add(vec::Dense(units, recipe.activation));
    model.add(vec::Dense(10, "softmax"));
    model.compile("sparse_categorical_crossentropy", recipe.optimizer == "sgd" ? vec::SGD(recipe.rate) : vec::Adam(recipe.rate));
    model.set_threads(recipe.threads);
    if (!recipe.load.empty()) model.load_weights(recipe.load);
    return model;
}

// --sweep: every run of the plan is a new model trained on the same images from the same seed, then measured
// on the validation images. A run the plan repeats (the tutorial's model, once per knob) is trained once.
static std::vector<SweepResult> sweep(const MnistRecipe& recipe, const SweepPlan& plan, const vec::Examples& train,
                                      const vec::Examples& valid) {
    std::vector<SweepResult> results;
    std::cout << sweep_header();
    for (const SweepRun& run : plan.runs) {
        SweepResult result{run};
        const auto same = std::find_if(results.begin(), results.end(), [&](const SweepResult& done) {
            return done.run.hidden == run.hidden && done.run.activation == run.activation && done.run.rate == run.rate;
        });
        if (same != results.end()) {
            result = *same;
            result.run = run;
        } else {
            MnistRecipe changed = recipe;
            changed.hidden = run.hidden, changed.activation = run.activation, changed.rate = run.rate;
            vec::Sequential model = build_model(changed);
            model.set_progress(nullptr);
            const vec::History history = model.fit(train, plan.epochs, recipe.batch);
            result.stopped = history.stopped;
            for (double seconds : history.seconds) result.seconds += seconds;
            if (!history.stopped) {
                const vec::Evaluation score = model.evaluate(valid);
                result.val_loss = score.loss, result.val_accuracy = score.accuracy;
            }
        }
        results.push_back(result);
        std::cout << sweep_row(result) << std::flush;
    }
    return results;
}

// The hyperparameter experiment (--sweep) instead of the tutorial: the table, the best value of each knob, the figure.
static int sweep_lesson(const MnistRecipe& recipe, const Mnist& mnist, const std::string& figures) {
    const SweepPlan plan = sweep_plan(recipe);
    const vec::Examples train_full(mnist.train.images.pixels, mnist.train.labels.values, 784);
    const vec::Examples valid = train_full.slice(0, 5000);
    const vec::Examples train = train_full.slice(5000, std::min(plan.images, train_full.count() - 5000));
    std::cout << "Lesson 06 --sweep: the knobs of a neural network, one at a time\n"
              << "Each run is the tutorial's model (hidden layers 300,100 relu, η = " << plain(recipe.rate)
              << ") with one knob changed,\ntrained for " << plan.epochs << (plan.epochs == 1 ? " epoch" : " epochs") << " on " << with_commas(train.count())
              << " training images (seed " << recipe.seed << ", batches of " << recipe.batch << ", " << recipe.optimizer
              << ")\nand measured on the " << with_commas(valid.count()) << " validation images.\n\n";
    const std::vector<SweepResult> results = sweep(recipe, plan, train, valid);
    std::cout << "\n" << sweep_best(results);
    write_figure_file(figures + "/06_sweep.svg", in_grid(sweep_figure(results, recipe.rate), 2));
    std::cout << "Figure: " << figures << "/06_sweep.svg\n";
    return 0;
}

static int lesson(const MnistRecipe& recipe, const Mnist& mnist, vec::Sequential& model, const LessonInput& input) {
    const std::string& figures = input.figures;
    std::cout << "Lesson 06: the MNIST multilayer perceptron, the Keras tutorial step by step\n";
    print_step(std::cout, 1, "Load the data", "(X_train_full, y_train_full), (X_test, y_test) = keras.datasets.mnist.load_data()");
    print_shapes(std::cout, mnist);

    print_step(std::cout, 2, "Look at one image: the third training image", "plt.imshow(X_train_full[2], cmap=\"binary\")");
    std::cout << side_by_side(ascii_image(mnist.train.images.image(2), 28, 28),
                              "\n\ny_train_full[2] = " + std::to_string(mnist.train.labels.values[2]))
              << "Shades: ' ' for pixels 0..51, '.' 52..102, '+' 103..153, '#' 154..204, '@' 205..255.\n";

    print_step(std::cout, 3, "Normalise the pixels to [0, 1]", "X_train_full / 255.");
    std::cout << "Each pixel x becomes x/255 when a batch is copied for training: 0 → 0, 128 → 0.5020, 255 → 1.\n"
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

    print_step(std::cout, 6, "Build the model", keras_model_code(recipe));
    print_keras(std::cout, "model.summary()");
    print_summary(std::cout, model);

    print_step(std::cout, 7, "Train", keras_compile_code(recipe));
    print_keras(std::cout, keras_fit_code(recipe));
    std::cout << recipe.epochs << " epochs, batches of " << recipe.batch << ", " << recipe.optimizer << " with learning rate "
              << plain(recipe.rate) << ", " << recipe.threads << " threads"
              << (recipe.load.empty() ? "" : ", starting from the weights in " + recipe.load) << "\n";
    const vec::History history = model.fit(train, recipe.epochs, valid, recipe.batch);
    if (history.stopped) return 1;
    save_side_by_side(learning_curves_figure(history.loss, history.accuracy, history.val_loss, history.val_accuracy),
                      figures + "/06_learning_curves.svg");
    std::cout << "Figure: " << figures << "/06_learning_curves.svg\n";
    if (!recipe.save.empty()) {
        model.save_weights(recipe.save);
        std::cout << "saved the weights to " << recipe.save << "\n";
    }

    print_step(std::cout, 8, "Evaluate on the 10,000 test images", "model.evaluate(X_test, y_test)");
    const vec::Evaluation score = model.evaluate(test);
    std::cout << "test loss " << fixed(score.loss, 4) << ", test accuracy " << fixed(100 * score.accuracy, 2) << "%\n";

    // Keras's predict gives the 10 probabilities of each image; predict_classes the most probable digit.
    print_step(std::cout, 9, "Predict the first five test images", "X_new = X_test[:5]; y_proba = model.predict(X_new); y_proba.round(2)");
    const vec::Matrix<float> probabilities = model.predict(test.slice(0, 5));
    std::cout << numpy_rounded(probabilities.row(0), 5, 10) << "\n";
    print_keras(std::cout, "y_pred = model.predict_classes(X_new); y_pred   (Keras 2.6+: np.argmax(y_proba, axis=-1))");
    const std::vector<int> classes = model.predict_classes(test);
    std::cout << numpy_classes({classes.begin(), classes.begin() + 5}) << "\n";
    print_keras(std::cout, "y_test[:5]");
    std::cout << numpy_classes({mnist.test.labels.values.begin(), mnist.test.labels.values.begin() + 5}) << "\n";
    for (std::size_t k = 0; k < 5; ++k) {
        const int truth = mnist.test.labels.values[k];
        if (input.all) std::cout << prediction_panel(mnist.test.images.image(k), 28, 28, probabilities.row(k), 10, truth);
        else std::cout << "X_test[" << k << "]: " << prediction_verdict(probabilities.row(k), 10, truth) << "\n";
    }
    if (!input.all) std::cout << "(--all draws each of the five with its probabilities)\n";

    print_step(std::cout, 10, "Where it goes wrong: the confusion matrix of the test set", "");
    const ConfusionMatrix confusion = confusion_matrix(mnist.test.labels.values, classes);
    std::cout << confusion_table(confusion);
    confusion_figure(confusion).save(figures + "/06_confusion.svg");
    std::cout << "Figure: " << figures << "/06_confusion.svg\n";

    // The first test image of each confusion, drawn with what the model thought (only the first one without --all).
    print_step(std::cout, 11, "The digits most often taken for another", "");
    std::cout << most_confused_text(confusion, 5);
    const std::vector<Confusion> pairs = most_confused(confusion, input.all ? 5 : 1);
    for (const Confusion& pair : pairs) {
        std::size_t k = 0;  // the first test image of the pair (there is one: its count is not 0)
        while (mnist.test.labels.values[k] != pair.truth || classes[k] != static_cast<int>(pair.predicted)) ++k;
        const vec::Matrix<float> p = model.predict(test.slice(k, 1));
        std::cout << "\nX_test[" << k << "], the first " << pair.truth << " taken for " << pair.predicted << ":\n"
                  << prediction_panel(mnist.test.images.image(k), 28, 28, p.row(0), 10, pair.truth);
    }
    if (!input.all && !pairs.empty()) std::cout << "(--all draws the first image of each of the five)\n";
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
        if (recipe.sweep) return sweep_lesson(recipe, mnist, input.figures);
        vec::Sequential model = build_model(recipe);
        return lesson(recipe, mnist, model, input);
    });
}
