#include "figure/page_geometry.h"

#include <algorithm>

bool overlap(const Box& a, const Box& b, double padding) {
    return a.x < b.x + b.width + padding && b.x < a.x + a.width + padding && a.y < b.y + b.height + padding &&
           b.y < a.y + a.height + padding;
}

bool crosses(const Segment& s, const Box& b) {
    // The part of the segment, p(t) = (x1, y1) + t·(dx, dy) for t in [0, 1], that lies between each pair of
    // the box's edges (Liang–Barsky clipping): the segment passes through the box when some part is left.
    const double dx = s.x2 - s.x1, dy = s.y2 - s.y1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {s.x1 - b.x, b.x + b.width - s.x1, s.y1 - b.y, b.y + b.height - s.y1};
    double first = 0, last = 1;
    for (int edge = 0; edge < 4; ++edge) {
        if (p[edge] == 0) {
            if (q[edge] < 0) return false;  // parallel to this edge, and outside it
            continue;
        }
        const double t = q[edge] / p[edge];
        if (p[edge] < 0) first = std::max(first, t);
        else last = std::min(last, t);
        if (first > last) return false;
    }
    return true;
}
