// Lesson 06's figures, built with the SVG writer: the learning curves of fit (as in Géron's figure 10-12),
// the confusion matrix as a grid of shaded cells, and the hyperparameter sweep. Drawing only; nothing is
// computed here.
#pragma once

#include "figure/svg.h"
#include "print/confusion.h"
#include "print/mnist_text.h"

#include <vector>

// Two panels side by side (figure/panels.h): the loss of each epoch 1..E (from 0 to 1.5 times the largest loss,
// the legend in the room above), and the accuracy (from 0 to 1), training solid and validation dashed. Each vector holds E values;
// the validation ones may be empty.
std::vector<Figure> learning_curves_figure(const std::vector<double>& loss, const std::vector<double>& accuracy,
                                           const std::vector<double>& val_loss, const std::vector<double>& val_accuracy);

// One cell per (predicted p, true t), true digit 0 at the top as in the printed table: the diagonal in light
// blue, errors in red, darker the larger the count (full red for the largest error), each non-zero cell
// labelled with its count. Predicted digits along the horizontal axis.
Figure confusion_figure(const ConfusionMatrix& matrix);

// One panel per knob, in the order of the results (for a 2 × 2 grid, figure/panels.h): the validation accuracy
// of each value of the knob as a marker labelled with its percentage, the tutorial's value (hidden 300,100,
// relu, η of the recipe: `tutorial_rate`) in blue, the others in orange; a run that stopped is marked
// "stopped". Every panel has the same vertical range, so the panels can be compared.
std::vector<Figure> sweep_figure(const std::vector<SweepResult>& results, double tutorial_rate);
