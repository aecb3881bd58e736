// A checker for printed formula lines: does `z[1][1] = 0.9084·0.0676 + 0.4650·0.0242 + (-0.1) = -0.0274`
// add up, within the rounding shown? Numbers are intervals: one shown with d decimals stands for every value
// that rounds to it, [x − ½·10^−d, x + ½·10^−d]; one shown without a decimal point (1, 0, ½) is exact. The
// expressions are evaluated in interval arithmetic, so a line passes exactly when some choice of the values
// behind its rounded numbers makes it true.
#pragma once

#include <string>
#include <vector>

// A closed interval [lo, hi] of real numbers.
struct Interval {
    double lo = 0, hi = 0;
};

// What evaluating one segment of a formula gave.
struct Evaluation {
    enum class Kind {
        symbolic,  // not a numeric expression (has names such as a, y, δ, Σ): skipped
        value,     // a numeric expression, evaluated: `value`
        error      // looks numeric but cannot be read or evaluated (unbalanced parenthesis, ln of 0): `error`
    };
    Kind kind = Kind::symbolic;
    Interval value;
    std::string error;
};

// Evaluates one numeric expression: numbers (with an optional sign, decimals and exponent), ½, the operators
// + − - · / and ², parentheses, e^x, ln x, and sigmoid( ), tanh( ), relu( ), linear( ), step( ). A number
// with d ≥ exact_below decimals stands for [x − ½·10^−d, x + ½·10^−d]; one with fewer is exact (a given
// number, as written).
Evaluation evaluate(const std::string& expression, int exact_below = 0);

// What checking some text gave.
struct FormulaCheck {
    int checked = 0;                    // formulas with a shown result and at least one numeric segment before it
    std::vector<std::string> failures;  // each: the formula and why it does not add up
};

// Checks every formula in one line of text. A line may hold several formulas, separated by two or more
// spaces, "; " or ", " before a word ("z = 1·0.5 = 0.5000,  y = sigmoid(0.5) = 0.6225"). In each formula
// the segments between " = " that are numeric are evaluated; the last segment is the shown result; the
// formula passes when each evaluated segment overlaps the result. Numbers with fewer decimals than the result
// are taken as exact: computed values are shown with the result's decimals, given ones as written. Lines with "…" (sums written in part)
// are skipped, and a trailing remark in parentheses ("(to 4 dp)") is not part of the result.
FormulaCheck check_formula_line(const std::string& line);

// Checks every line of a program's output: plain text, and Markdown tables, where a table with "numbers"
// and "value" columns gives the formula "quantity = formula = numbers = value" for each row (the cells
// before "numbers", then "numbers" and "value"); the cells of other tables are checked one by one. A line that starts with "= "
// continues the formula of the line before it.
FormulaCheck check_formula_text(const std::string& text);
