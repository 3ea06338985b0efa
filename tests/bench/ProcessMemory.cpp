#include "ProcessMemory.h"

#ifdef __linux__
#include <fstream>
#include <string>
#endif

namespace concord::bench {
namespace {

#ifdef __linux__
std::optional<std::int64_t> statusField(const std::string& name)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind(name + ":", 0) != 0)
            continue;
        const auto digits = line.find_first_of("0123456789");
        if (digits == std::string::npos)
            return std::nullopt;
        return std::stoll(line.substr(digits)) * 1024; // reported in kB
    }
    return std::nullopt;
}
#else
std::optional<std::int64_t> statusField(const char*) { return std::nullopt; }
#endif

} // namespace

std::optional<std::int64_t> ProcessMemory::residentBytes() { return statusField("VmRSS"); }
std::optional<std::int64_t> ProcessMemory::peakResidentBytes() { return statusField("VmHWM"); }

} // namespace concord::bench
