#include "cli/mnist_recipe.h"

#include "core/input_error.h"
#include "core/number_format.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

std::vector<LessonOption> mnist_recipe_options() {
    return {{"--data", "DIR", "the folder with the four MNIST files (default data/mnist)"},
            {"--epochs", "N", "passes over the 55,000 training images, 0 to 1000 (default 30)"},
            {"--batch", "N", "images per step, 1 to 60000 (default 32)"},
            {"--lr", "RATE", "the learning rate η, 0.000001 to 1 (default 0.01 for sgd, 0.001 for adam)"},
            {"--optimizer", "sgd|adam", "how the weights follow the gradient (default sgd)"},
            {"--hidden", "300,100", "neurons of each hidden layer, 1 to 5 layers of 1 to 4096 (default 300,100)"},
            {"--activation", "relu|sigmoid|tanh", "the hidden layers' activation (default relu)"},
            {"--threads", "N", "threads for the matrix products, 1 to 64; the results do not depend on it (default 2)"},
            {"--seed", "N", "the seed of the starting weights and the shuffles, 0 to 4294967295 (default 42)"},
            {"--save", "FILE", "save the trained weights to FILE"},
            {"--load", "FILE", "start from the weights saved in FILE"},
            {"--sweep", "", "one knob at a time (layers, units, activation, rate) on 10,000 images, 5 epochs each"}};
}

// "300,100" → {300, 100}: 1 to 5 layers of 1 to 4096 neurons each.
static std::vector<std::size_t> hidden_layers(const std::string& program, const std::string& text) {
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

// Checks before training that the weights can be saved to `path`: the save writes FILE.partial and renames it,
// so that file is written and removed here (a stale one, left by a save that was killed, goes with it). The
// file `path` itself is not touched.
static void check_can_save(const std::string& path) {
    const std::string partial = path + ".partial";
    std::ofstream probe(partial, std::ios::binary | std::ios::trunc);
    probe << "x";
    probe.close();
    const bool written = static_cast<bool>(probe);
    std::error_code ignored;
    if (std::filesystem::is_regular_file(partial, ignored)) std::filesystem::remove(partial, ignored);
    if (!written) throw InputError(path, 0, "cannot save here: " + partial + " cannot be written (expected a folder that can be written)");
}

MnistRecipe mnist_recipe(const Options& options) {
    MnistRecipe recipe;
    recipe.data = options.text("--data", recipe.data);
    recipe.epochs = static_cast<std::size_t>(options.whole("--epochs", 30, 0, 1000));
    recipe.epochs_given = options.has("--epochs");
    recipe.batch = static_cast<std::size_t>(options.whole("--batch", 32, 1, 60000));
    recipe.optimizer = options.choice("--optimizer", "sgd", {"sgd", "adam"});
    recipe.rate = options.number("--lr", recipe.optimizer == "sgd" ? 0.01 : 0.001, 1e-6, 1);
    if (options.has("--hidden")) recipe.hidden = hidden_layers(options.command, options.text("--hidden", ""));
    recipe.threads = static_cast<std::size_t>(options.whole("--threads", 2, 1, 64));
    recipe.seed = static_cast<std::uint64_t>(options.whole("--seed", 42, 0, 4294967295L));
    recipe.save = options.text("--save", "");
    const std::filesystem::path save_folder = std::filesystem::path(recipe.save).parent_path();
    if (!recipe.save.empty() && std::filesystem::is_directory(recipe.save))
        throw InputError(recipe.save, 0, "is a folder (expected the name of a file to save the weights to)");
    if (!recipe.save.empty() && !save_folder.empty() && !std::filesystem::is_directory(save_folder))
        throw InputError(recipe.save, 0, "cannot save here: no folder " + save_folder.string() + " (expected an existing folder)");
    if (!recipe.save.empty()) check_can_save(recipe.save);
    recipe.load = options.text("--load", "");
    recipe.activation = options.choice("--activation", "relu", {"relu", "sigmoid", "tanh"});
    recipe.sweep = options.has("--sweep");
    for (const char* chosen : {"--hidden", "--activation", "--lr"})
        if (recipe.sweep && options.has(chosen))
            throw InputError(options.command, 0, std::string("--sweep sets ") + chosen +
                             " itself (expected --sweep without --hidden, --activation and --lr)");
    if (recipe.sweep && (options.has("--save") || options.has("--load")))
        throw InputError(options.command, 0, "--sweep trains new models and keeps none (expected --sweep without --save and --load)");
    return recipe;
}

// "300,100": the layer sizes with commas.
static std::string layers_text(const std::vector<std::size_t>& hidden) {
    std::string text;
    for (std::size_t units : hidden) text += (text.empty() ? "" : ",") + std::to_string(units);
    return text;
}

SweepPlan sweep_plan(const MnistRecipe& recipe) {
    SweepPlan plan;
    plan.epochs = recipe.epochs_given ? recipe.epochs : plan.epochs;
    const std::vector<std::size_t> tutorial{300, 100};
    const double rate = recipe.rate;
    // Each run is the tutorial's model with one knob changed: knob, its value as the table shows it, the model.
    const auto run = [&](const std::string& knob, const std::string& value, std::vector<std::size_t> hidden,
                         const std::string& activation, double eta) {
        plan.runs.push_back({knob, value, std::move(hidden), activation, eta});
    };
    for (const std::vector<std::size_t>& hidden : {std::vector<std::size_t>{300}, tutorial, {300, 100, 100}})
        run("hidden layers", std::to_string(hidden.size()), hidden, "relu", rate);
    for (const std::vector<std::size_t>& hidden : {std::vector<std::size_t>{30, 10}, {100, 30}, tutorial, {1000, 300}})
        run("hidden units", layers_text(hidden), hidden, "relu", rate);
    for (const char* activation : {"relu", "tanh", "sigmoid"}) run("activation", activation, tutorial, activation, rate);
    for (double factor : {0.1, 1.0, 10.0, 100.0}) run("learning rate", plain(factor * rate), tutorial, "relu", factor * rate);
    return plan;
}

std::string keras_model_code(const MnistRecipe& recipe) {
    std::string code = "model = keras.models.Sequential([\n    keras.layers.Flatten(input_shape=[28, 28]),\n";
    for (std::size_t units : recipe.hidden)
        code += "    keras.layers.Dense(" + std::to_string(units) + ", activation=\"" + recipe.activation + "\"),\n";
    return code + "    keras.layers.Dense(10, activation=\"softmax\")\n])";
}

std::string keras_compile_code(const MnistRecipe& recipe) {
    // Keras's "sgd" is SGD with learning rate 0.01, "adam" Adam with 0.001; another rate needs the optimiser itself.
    const bool keras_rate = recipe.rate == (recipe.optimizer == "sgd" ? 0.01 : 0.001);
    const std::string optimizer = keras_rate ? "\"" + recipe.optimizer + "\""
                                             : std::string("keras.optimizers.") + (recipe.optimizer == "sgd" ? "SGD" : "Adam") +
                                                   "(learning_rate=" + plain(recipe.rate) + ")";
    return "model.compile(loss=\"sparse_categorical_crossentropy\",\n              optimizer=" + optimizer +
           ",\n              metrics=[\"accuracy\"])";
}

std::string keras_fit_code(const MnistRecipe& recipe) {
    const std::string batch = recipe.batch == 32 ? "" : " batch_size=" + std::to_string(recipe.batch) + ",";
    return "history = model.fit(X_train, y_train, epochs=" + std::to_string(recipe.epochs) + "," + batch +
           "\n                    validation_data=(X_valid, y_valid))";
}
