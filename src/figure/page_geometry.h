// Rectangles and straight lines on an SVG page, in pixels (y grows downwards), and whether they meet: for
// placing labels where they cover nothing (Figure::point_label, the weight labels of a network diagram).
#pragma once

// A rectangle on the page.
struct Box {
    double x = 0, y = 0, width = 0, height = 0;
};

// A straight line on the page, from (x1, y1) to (x2, y2).
struct Segment {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
};

// Whether boxes a and b overlap, or come closer than `padding` pixels.
bool overlap(const Box& a, const Box& b, double padding = 0);

// Whether segment s passes through box b (some part of s lies inside b).
bool crosses(const Segment& s, const Box& b);
