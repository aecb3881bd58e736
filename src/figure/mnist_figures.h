// Lesson 06's two figures, built with the SVG writer: the learning curves of fit (as in Géron's
// figure 10-12) and the confusion matrix as a grid of shaded cells. Drawing only; nothing is computed here.
#pragma once

#include "figure/svg.h"
#include "print/confusion.h"

#include <vector>

// Loss and accuracy of each epoch 1..E, training (solid) and validation (dashed), on one plot from 0 up to
// 0.4 above the largest value (at least 1.4), the legend in the room above. Each vector holds E values;
// the validation ones may be empty.
Figure learning_curves_figure(const std::vector<double>& loss, const std::vector<double>& accuracy,
                              const std::vector<double>& val_loss, const std::vector<double>& val_accuracy);

// One cell per (predicted p, true t): the diagonal in light blue, errors in red, darker the larger their
// share of the examples of t (full red at 10%), each non-zero cell labelled with its count. True digits
// go up the vertical axis, predicted ones along the horizontal axis.
Figure confusion_figure(const ConfusionMatrix& matrix);
