#include "formula_check.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace {

// ---------------------------------------------------------------------------------------------------------
// Interval arithmetic. Every result is widened outwards by a few units in the last place of a double, so that
// the rounding of the computation itself can never make a true line fail.

Interval widened(Interval x) {
    const double lo_slack = std::fabs(x.lo) * 1e-13 + 1e-300, hi_slack = std::fabs(x.hi) * 1e-13 + 1e-300;
    return {x.lo - lo_slack, x.hi + hi_slack};
}

Interval exactly(double x) { return {x, x}; }

Interval operator+(Interval a, Interval b) { return widened({a.lo + b.lo, a.hi + b.hi}); }
Interval operator-(Interval a, Interval b) { return widened({a.lo - b.hi, a.hi - b.lo}); }
Interval operator-(Interval a) { return {-a.hi, -a.lo}; }

Interval operator*(Interval a, Interval b) {
    const double p[] = {a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi};
    return widened({*std::min_element(p, p + 4), *std::max_element(p, p + 4)});
}

Interval square(Interval a) {
    const double l = a.lo * a.lo, h = a.hi * a.hi;
    if (a.lo <= 0 && a.hi >= 0) return widened({0, std::max(l, h)});
    return widened({std::min(l, h), std::max(l, h)});
}

// A function that never decreases, applied to both ends.
template <class F>
Interval monotone(Interval a, F f) { return widened({f(a.lo), f(a.hi)}); }

double sigmoid(double z) { return 1 / (1 + std::exp(-z)); }
double relu(double z) { return z > 0 ? z : 0; }
double step(double z) { return z >= 0 ? 1 : 0; }

// ---------------------------------------------------------------------------------------------------------
// Reading an expression.

enum class Token { number, plus, minus, times, divide, squared, open, close, function, ln, exp, end };

struct Lexeme {
    Token token = Token::end;
    Interval value;    // of a number
    std::string name;  // of a function
};

// UTF-8 spellings of the characters the printers use.
const std::string middle_dot = "·", minus_sign = "−", superscript_two = "²", one_half = "½";

bool starts_at(const std::string& text, std::size_t at, const std::string& part) { return text.compare(at, part.size(), part) == 0; }

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The lexemes of `text`; false when it has something a numeric expression cannot have (a name, a symbol).
bool lex(const std::string& text, std::vector<Lexeme>& out, int exact_below) {
    std::size_t k = 0;
    while (k < text.size()) {
        const char c = text[k];
        Lexeme lexeme;
        if (c == ' ') {
            ++k;
            continue;
        } else if (is_digit(c)) {
            // digits [. digits] [e [sign] digits]: d decimals stand for ±½·10^−d (times 10^exponent)
            const std::size_t start = k;
            while (k < text.size() && is_digit(text[k])) ++k;
            int decimals = -1;
            if (k + 1 < text.size() && text[k] == '.' && is_digit(text[k + 1])) {
                const std::size_t point = k++;
                while (k < text.size() && is_digit(text[k])) ++k;
                decimals = static_cast<int>(k - point - 1);
            }
            int exponent = 0;
            if (k < text.size() && text[k] == 'e') {
                std::size_t e = k + 1;
                if (e < text.size() && (text[e] == '+' || text[e] == '-')) ++e;
                if (e < text.size() && is_digit(text[e])) {
                    exponent = std::atoi(text.c_str() + k + 1);
                    k = e;
                    while (k < text.size() && is_digit(text[k])) ++k;
                }
            }
            const double x = std::strtod(text.substr(start, k - start).c_str(), nullptr);
            lexeme.token = Token::number;
            if (decimals < exact_below) {  // no decimal point (decimals −1), or a given number as written
                lexeme.value = exactly(x);
            } else {
                const double half = 0.5 * std::pow(10.0, exponent - decimals);
                lexeme.value = widened({x - half, x + half});
            }
            if (k < text.size() && (is_letter(text[k]) || text[k] == '.')) return false;  // "2h", "x1.5."
        } else if (is_letter(c)) {
            const std::size_t start = k;
            while (k < text.size() && is_letter(text[k])) ++k;
            const std::string name = text.substr(start, k - start);
            if (name == "e" && k < text.size() && text[k] == '^') {
                ++k;
                lexeme.token = Token::exp;
            } else if (name == "ln") {
                lexeme.token = Token::ln;
            } else if (name == "sigmoid" || name == "tanh" || name == "relu" || name == "linear" || name == "step") {
                if (k >= text.size() || text[k] != '(') return false;  // "relu′(z)" is a name, not a call
                lexeme.token = Token::function;
                lexeme.name = name;
            } else {
                return false;
            }
        } else if (c == '+' || c == '-' || c == '/' || c == '(' || c == ')') {
            lexeme.token = c == '+' ? Token::plus : c == '-' ? Token::minus : c == '/' ? Token::divide : c == '(' ? Token::open : Token::close;
            ++k;
        } else if (starts_at(text, k, middle_dot)) {
            lexeme.token = Token::times;
            k += middle_dot.size();
        } else if (starts_at(text, k, minus_sign)) {
            lexeme.token = Token::minus;
            k += minus_sign.size();
        } else if (starts_at(text, k, superscript_two)) {
            lexeme.token = Token::squared;
            k += superscript_two.size();
        } else if (starts_at(text, k, one_half)) {
            lexeme.token = Token::number;
            lexeme.value = exactly(0.5);
            k += one_half.size();
        } else {
            return false;
        }
        out.push_back(lexeme);
    }
    out.push_back(Lexeme{});
    return true;
}

// Recursive descent over the lexemes:
//   sum     := product (('+' | '−' | '-') product)*
//   product := signed (('·' | '/') signed)*
//   signed  := ('−' | '-') signed | power
//   power   := primary '²'*
//   primary := number | '(' sum ')' | function '(' sum ')' | 'ln' power | 'e^' exponent
//   exponent:= ('−' | '-') exponent | primary
class Parser {
public:
    explicit Parser(const std::vector<Lexeme>& lexemes) : lexemes_(lexemes) {}

    Interval expression() {
        const Interval x = sum();
        if (peek() != Token::end) fail("unexpected text after the expression");
        return x;
    }

private:
    const std::vector<Lexeme>& lexemes_;
    std::size_t at_ = 0;

    [[noreturn]] static void fail(const std::string& why) { throw why; }

    Token peek() const { return lexemes_[at_].token; }
    bool accept(Token token) {
        if (peek() != token) return false;
        ++at_;
        return true;
    }

    Interval sum() {
        Interval x = product();
        for (;;) {
            if (accept(Token::plus)) x = x + product();
            else if (accept(Token::minus)) x = x - product();
            else return x;
        }
    }

    Interval product() {
        Interval x = signed_value();
        for (;;) {
            if (accept(Token::times)) {
                x = x * signed_value();
            } else if (accept(Token::divide)) {
                const Interval d = signed_value();
                if (d.lo <= 0 && d.hi >= 0) fail("division by an interval that holds 0");
                x = x * widened({1 / d.hi, 1 / d.lo});
            } else {
                return x;
            }
        }
    }

    Interval signed_value() {
        if (accept(Token::minus)) return -signed_value();
        return power();
    }

    Interval power() {
        Interval x = primary();
        while (accept(Token::squared)) x = square(x);
        return x;
    }

    Interval exponent() {
        if (accept(Token::minus)) return -exponent();
        return primary();
    }

    Interval parenthesized() {
        if (!accept(Token::open)) fail("expected '('");
        const Interval x = sum();
        if (!accept(Token::close)) fail("expected ')'");
        return x;
    }

    Interval primary() {
        const Lexeme& lexeme = lexemes_[at_];
        switch (lexeme.token) {
            case Token::number: ++at_; return lexeme.value;
            case Token::open: return parenthesized();
            case Token::exp: {
                ++at_;
                return monotone(exponent(), [](double x) { return std::exp(x); });
            }
            case Token::ln: {
                ++at_;
                const Interval x = power();
                if (x.lo <= 0) fail("ln of a number that may be 0 or less");
                return monotone(x, [](double v) { return std::log(v); });
            }
            case Token::function: {
                ++at_;
                const Interval x = parenthesized();
                if (lexeme.name == "sigmoid") return monotone(x, sigmoid);
                if (lexeme.name == "tanh") return monotone(x, [](double v) { return std::tanh(v); });
                if (lexeme.name == "relu") return monotone(x, relu);
                if (lexeme.name == "step") return monotone(x, step);
                return x;  // linear
            }
            default: fail(lexeme.token == Token::end ? "the expression ends too early" : "expected a number or '('");
        }
    }
};

// ---------------------------------------------------------------------------------------------------------
// Finding the formulas in a line.

std::string trimmed(const std::string& text) {
    const std::size_t first = text.find_first_not_of(' ');
    if (first == std::string::npos) return "";
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

// Whether a ", " before `c` ends a formula: before a word it does ("= -0.1353, a(1 − a)"), before a number it
// does not (a pair such as "(-0.6002, 0.3167)").
bool comma_ends_formula(const std::string& line, std::size_t next) {
    if (next >= line.size()) return true;
    const char c = line[next];
    return !(is_digit(c) || c == '-' || c == '(' || starts_at(line, next, minus_sign));
}

// The pieces of a line that may each be one formula: split at runs of two or more spaces (but not the spaces
// around an '=' such as "0.2 =       0.1000"), at "; ", and at ", " before a word.
std::vector<std::string> clauses_in(const std::string& line) {
    std::vector<std::string> clauses;
    std::string current;
    auto close = [&] {
        if (!trimmed(current).empty()) clauses.push_back(trimmed(current));
        current.clear();
    };
    std::size_t k = 0;
    while (k < line.size()) {
        if (line[k] == ' ') {
            std::size_t end = k;
            while (end < line.size() && line[end] == ' ') ++end;
            const bool by_equals = (k > 0 && line[k - 1] == '=') || (end < line.size() && line[end] == '=');
            if (end - k >= 2 && !by_equals) close();
            else current += ' ';
            k = end;
        } else if ((line[k] == ';' || line[k] == ',') && k + 1 < line.size() && line[k + 1] == ' ' &&
                   (line[k] == ';' || comma_ends_formula(line, k + 2))) {
            close();
            k += 2;
        } else {
            current += line[k++];
        }
    }
    close();
    return clauses;
}

// The index of the ')' that closes the '(' at `open`, or npos.
std::size_t closing(const std::string& text, std::size_t open) {
    int depth = 0;
    for (std::size_t k = open; k < text.size(); ++k) {
        if (text[k] == '(') ++depth;
        if (text[k] == ')' && --depth == 0) return k;
    }
    return std::string::npos;
}

// `text` without one pair of parentheses around all of it: "(t = 1)" → "t = 1".
std::string without_outer_parentheses(const std::string& text) {
    if (text.size() >= 2 && text.front() == '(' && closing(text, 0) == text.size() - 1) return text.substr(1, text.size() - 2);
    return text;
}

// The shown result without sentence punctuation after it and without a trailing remark in parentheses that
// is not a number: "0.0018 (to 4 dp)" → "0.0018", "0.7858." → "0.7858".
std::string result_text(std::string text) {
    while (!text.empty() && (text.back() == '.' || text.back() == ':')) text.pop_back();
    if (!text.empty() && text.back() == ')') {
        for (std::size_t open = text.rfind(" ("); open != std::string::npos; open = open ? text.rfind(" (", open - 1) : std::string::npos) {
            if (closing(text, open + 1) == text.size() - 1) {
                if (evaluate(text.substr(open + 1)).kind == Evaluation::Kind::symbolic) text = trimmed(text.substr(0, open));
                break;
            }
        }
    }
    return text;
}

// The segments of a formula between its '=' signs (an '=' with a space or the end on both sides).
std::vector<std::string> segments_of(const std::string& clause) {
    std::vector<std::string> segments;
    std::string current;
    for (std::size_t k = 0; k < clause.size(); ++k) {
        const bool equals = clause[k] == '=' && (k == 0 || clause[k - 1] == ' ') && (k + 1 == clause.size() || clause[k + 1] == ' ');
        if (equals) {
            segments.push_back(trimmed(current));
            current.clear();
        } else {
            current += clause[k];
        }
    }
    segments.push_back(trimmed(current));
    return segments;
}

std::string interval_text(Interval x) {
    std::ostringstream text;
    text.precision(10);
    text << "[" << x.lo << ", " << x.hi << "]";
    return text.str();
}

// Checks one formula, adding to `check`.
void check_clause(const std::string& clause, FormulaCheck& check) {
    const std::vector<std::string> segments = segments_of(without_outer_parentheses(clause));
    if (segments.size() < 2) return;
    const std::string shown = result_text(segments.back());
    const Evaluation result = evaluate(shown);
    if (result.kind != Evaluation::Kind::value) return;  // no number to check against: not a formula
    // Computed numbers are shown with the result's decimals; a number with fewer is a given one, as written.
    const std::size_t point = shown.find('.');
    const int shown_decimals = point == std::string::npos ? 0 : static_cast<int>(shown.find_first_not_of("0123456789", point + 1) == std::string::npos ? shown.size() - point - 1 : shown.find_first_not_of("0123456789", point + 1) - point - 1);
    std::vector<std::string> problems;
    int numeric = 0;
    for (std::size_t s = 0; s + 1 < segments.size(); ++s) {
        const Evaluation segment = evaluate(segments[s], shown_decimals);
        if (segment.kind == Evaluation::Kind::symbolic) continue;
        ++numeric;
        if (segment.kind == Evaluation::Kind::error) {
            problems.push_back("'" + segments[s] + "' cannot be evaluated: " + segment.error);
        } else if (segment.value.lo > result.value.hi || result.value.lo > segment.value.hi) {
            problems.push_back("'" + segments[s] + "' is " + interval_text(segment.value) + ", but the result " + shown +
                               " stands for " + interval_text(result.value));
        }
    }
    if (numeric == 0) return;
    ++check.checked;
    for (const std::string& problem : problems) check.failures.push_back(clause + "  ←  " + problem);
}

void add(FormulaCheck& total, const FormulaCheck& part) {
    total.checked += part.checked;
    total.failures.insert(total.failures.end(), part.failures.begin(), part.failures.end());
}

// The cells of a Markdown table row "| a | `b` | c |" without their backquotes: {"a", "b", "c"}.
std::vector<std::string> table_cells(const std::string& row) {
    std::vector<std::string> cells;
    std::string text = trimmed(row);
    text.erase(std::remove(text.begin(), text.end(), '`'), text.end());
    if (!text.empty() && text.back() == '|') text.pop_back();
    std::istringstream parts(text.substr(1));
    for (std::string cell; std::getline(parts, cell, '|');) cells.push_back(trimmed(cell));
    return cells;
}

}  // namespace

Evaluation evaluate(const std::string& expression, int exact_below) {
    Evaluation evaluation;
    std::vector<Lexeme> lexemes;
    if (trimmed(expression).empty() || !lex(expression, lexemes, exact_below)) return evaluation;  // symbolic
    try {
        evaluation.value = Parser(lexemes).expression();
        evaluation.kind = Evaluation::Kind::value;
    } catch (const std::string& why) {
        evaluation.kind = Evaluation::Kind::error;
        evaluation.error = why;
    }
    return evaluation;
}

FormulaCheck check_formula_line(const std::string& line) {
    FormulaCheck check;
    if (line.find("…") != std::string::npos) return check;  // a sum written in part cannot be added up
    for (const std::string& clause : clauses_in(line)) check_clause(clause, check);
    return check;
}

FormulaCheck check_formula_text(const std::string& text) {
    // Lines, with each "= …" continuation joined to the line before it.
    std::vector<std::string> lines;
    std::istringstream input(text);
    for (std::string line; std::getline(input, line);) {
        if (!lines.empty() && trimmed(line).rfind("= ", 0) == 0 && trimmed(lines.back()).rfind("|", 0) != 0) {
            lines.back() += " " + trimmed(line);
        } else {
            lines.push_back(line);
        }
    }
    FormulaCheck check;
    std::size_t numbers_column = 0, value_column = 0;  // of the current table, when it has them (0: it has not)
    for (const std::string& line : lines) {
        if (trimmed(line).rfind("|", 0) != 0) {
            numbers_column = value_column = 0;
            add(check, check_formula_line(line));
            continue;
        }
        const std::vector<std::string> cells = table_cells(line);
        const auto numbers = std::find(cells.begin(), cells.end(), "numbers");
        const auto value = std::find(cells.begin(), cells.end(), "value");
        if (numbers != cells.end() && value != cells.end()) {  // a header row
            numbers_column = static_cast<std::size_t>(numbers - cells.begin()) + 1;
            value_column = static_cast<std::size_t>(value - cells.begin()) + 1;
        } else if (numbers_column > 0 && cells.size() >= std::max(numbers_column, value_column)) {
            // "quantity = formula = numbers = value", read as the text format writes it
            std::string formula;
            for (std::size_t c = 0; c + 1 < numbers_column; ++c) formula += cells[c] + " = ";
            add(check, check_formula_line(formula + cells[numbers_column - 1] + " = " + cells[value_column - 1]));
        } else {
            for (const std::string& cell : cells) add(check, check_formula_line(cell));
        }
    }
    return check;
}
