// Lesson 06's recipe: the Keras tutorial's training values, changed by the command line's options.
#pragma once

#include "cli/lesson_main.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

// The recipe: the tutorial's values unless the command line changes them.
struct MnistRecipe {
    std::string data = "data/mnist";           // where `make data` put the four files
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

// The options that change the recipe, with what --help says about each.
std::vector<LessonOption> mnist_recipe_options();

// The recipe the options ask for; InputError (options.command, line 0) for a bad value, and for a --save
// file that could not be written (a folder, in a folder that does not exist or cannot be written), checked
// before any training; a stale FILE.partial of a killed save is removed.
MnistRecipe mnist_recipe(const Options& options);
