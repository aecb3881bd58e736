// Lesson 06's recipe: the Keras tutorial's training values, changed by the command line's options.
#pragma once

#include "cli/lesson_main.h"
#include "print/mnist_text.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

// The recipe: the tutorial's values unless the command line changes them.
struct MnistRecipe {
    std::string data = "data/mnist";           // where `make data` put the four files
    std::size_t epochs = 30;                    // passes over the 55,000 training images
    bool epochs_given = false;                  // --epochs was given (the sweep has its own default)
    std::size_t batch = 32;                     // Keras's default batch size
    std::string optimizer = "sgd";              // "sgd" (Keras: lr 0.01) or "adam" (lr 0.001)
    double rate = 0.01;                         // the learning rate η
    std::vector<std::size_t> hidden{300, 100};  // neurons of each hidden layer
    std::string activation = "relu";            // the hidden layers' activation: relu, sigmoid or tanh
    // The results do not depend on the number of threads: every product is cut into the same tasks, each summed
    // in the same order, whatever the thread count.
    std::size_t threads = 2;                    // for the matrix products
    std::uint64_t seed = 42;                    // for the starting weights and the shuffles
    std::string save, load;                     // model files ("" when not asked for)
    bool sweep = false;                         // --sweep: the hyperparameter experiment instead of the tutorial
};

// The options that change the recipe, with what --help says about each.
std::vector<LessonOption> mnist_recipe_options();

// The recipe the options ask for; InputError (options.command, line 0) for a bad value, and for a --save
// file that could not be written (a folder, in a folder that does not exist or cannot be written), checked
// before any training; a stale FILE.partial of a killed save is removed.
// --sweep with --hidden, --activation, --lr, --save or --load is refused (the sweep sets the first three itself
// and saves nothing).
MnistRecipe mnist_recipe(const Options& options);

// The sweep (--sweep): four knobs, each changed alone from the tutorial's model (2 hidden layers of 300 and 100
// relu neurons, the recipe's learning rate η), every run trained from the same seed on the same `images`
// training images (the 10,000 after the 5,000 validation images) for `epochs` epochs, and measured on the
// 5,000 validation images.
struct SweepPlan {
    std::size_t images = 10000;  // training images of each run
    std::size_t epochs = 5;      // epochs of each run (--epochs changes it)
    std::vector<SweepRun> runs;  // knob by knob; the tutorial's model appears once in each knob's runs
};

// The plan for this recipe: hidden layers 1, 2, 3 (300; 300,100; 300,100,100), hidden units 30,10 100,30
// 300,100 1000,300, activation relu tanh sigmoid, learning rate η/10, η, 10·η, 100·η, in that order.
SweepPlan sweep_plan(const MnistRecipe& recipe);

// The Keras code the lesson echoes, written for this recipe (lines after the first are indented as in Géron's
// book): the model with the recipe's hidden layers and activation, its compile line with the optimiser and
// learning rate, and its fit line with the epochs (and the batch size when it is not Keras's 32).
std::string keras_model_code(const MnistRecipe& recipe);
std::string keras_compile_code(const MnistRecipe& recipe);
std::string keras_fit_code(const MnistRecipe& recipe);
