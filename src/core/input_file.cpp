#include "core/input_file.h"

#include "core/input_error.h"
#include "core/number_format.h"

#include <filesystem>

std::ifstream open_input(const std::string& path, const std::string& what, std::uint64_t max_bytes) {
    std::error_code ignored;
    const std::filesystem::file_status status = std::filesystem::status(path, ignored);
    if (std::filesystem::is_directory(status)) throw InputError(path, 0, "is a folder, not a file (expected a readable " + what + ")");
    // A device, a FIFO or a socket may never end (/dev/zero) or never begin (a FIFO nobody writes to).
    if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status))
        throw InputError(path, 0, "is not a regular file (a device, a FIFO or a socket; expected a readable " + what + ")");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, 0, "cannot open the file (expected a readable " + what + ")");
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (!error && size > max_bytes)
        throw InputError(path, 0, "is " + with_commas(static_cast<std::size_t>(size)) + " bytes, too large (expected a readable " +
                                      what + " of at most " + with_commas(static_cast<std::size_t>(max_bytes)) + " bytes)");
    return in;
}
