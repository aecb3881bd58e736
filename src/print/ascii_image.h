// Draws a grey-scale image (an MNIST digit) as ASCII art for the console, and probabilities as bars.
// For looking at the data; not an image library (no scaling, no colours).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

// The character drawn for a pixel byte, one of five shades from the background to full ink:
// ' ' for 0..51, '.' for 52..102, '+' for 103..153, '#' for 154..204, '@' for 205..255 (shade = pixel·5/256).
char pixel_shade(std::uint8_t pixel);

// The rows × cols pixels (row after row) in a frame of '+', '-' and '|': rows lines of 2·cols shade
// characters, each pixel drawn twice side by side because a console character is about twice as tall as wide.
std::string ascii_image(const std::uint8_t* pixels, std::size_t rows, std::size_t cols);

// One line per class k = 0..classes−1: "k  p  ####", the probability p with 4 decimals and a bar of
// round(p·width) '#' characters (p outside [0, 1] is drawn as 0 or width characters; a bar of 0 leaves the
// line at "k  p", with no spaces at its end).
std::string probability_bars(const float* probabilities, std::size_t classes, std::size_t width = 20);

// Two blocks of text next to each other, line by line: each left line padded to the widest left line,
// then `gap` spaces, then the right line. The result has as many lines as the longer block.
std::string side_by_side(const std::string& left, const std::string& right, std::size_t gap = 3);
