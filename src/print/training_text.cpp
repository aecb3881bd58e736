#include "print/training_text.h"

#include "core/number_format.h"
#include "print/table.h"

std::string error_line(int epoch, double error) {
    return "  epoch " + right_aligned(std::to_string(epoch), 5) + ": E = " + fixed(error, 4);
}
