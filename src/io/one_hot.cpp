#include "io/one_hot.h"

#include <algorithm>

std::vector<std::string> OneHot::names() const {
    std::vector<std::string> out;
    for (const std::string& category : categories) out.push_back(column + "=" + category);
    return out;
}

std::size_t OneHot::count(std::size_t c) const {
    std::size_t n = 0;
    for (const std::vector<int>& row : codes) n += static_cast<std::size_t>(row[c]);
    return n;
}

OneHot one_hot(const CsvCells& table, const std::string& name) {
    const std::size_t c = table.column(name);
    OneHot encoding{name, {}, {}};
    for (const std::vector<std::string>& row : table.rows) encoding.categories.push_back(row[c]);
    std::sort(encoding.categories.begin(), encoding.categories.end());
    encoding.categories.erase(std::unique(encoding.categories.begin(), encoding.categories.end()), encoding.categories.end());
    for (const std::vector<std::string>& row : table.rows) {
        std::vector<int> code(encoding.categories.size(), 0);
        code[static_cast<std::size_t>(std::lower_bound(encoding.categories.begin(), encoding.categories.end(), row[c]) -
                                      encoding.categories.begin())] = 1;
        encoding.codes.push_back(code);
    }
    return encoding;
}
