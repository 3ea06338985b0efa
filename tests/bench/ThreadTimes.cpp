#include "ThreadTimes.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#if defined(__linux__)
#include <unistd.h>
#endif

namespace concord::bench {

#if defined(__linux__)
namespace {

// utime and stime, fields 14 and 15 of /proc/<pid>/task/<tid>/stat, in clock ticks. The
// command field before them may hold spaces, so counting starts after its closing ')'.
std::optional<long long> ticksOf(const std::filesystem::path& task)
{
    std::ifstream file(task / "stat");
    std::string line;
    if (!std::getline(file, line))
        return std::nullopt;
    const auto close = line.rfind(')');
    if (close == std::string::npos)
        return std::nullopt;
    std::istringstream fields(line.substr(close + 2));
    std::string skipped;
    for (int field = 3; field < 14; ++field)
        fields >> skipped;
    long long user = 0, system = 0;
    if (!(fields >> user >> system))
        return std::nullopt;
    return user + system;
}

} // namespace

std::optional<double> threadCpuSeconds(std::string_view name)
{
    std::error_code error;
    std::filesystem::directory_iterator tasks("/proc/self/task", error);
    if (error)
        return std::nullopt;
    long long ticks = 0;
    bool found = false;
    for (const auto& task : tasks) {
        std::ifstream commFile(task.path() / "comm");
        std::string comm;
        if (!std::getline(commFile, comm) || comm != name)
            continue;
        if (const auto taskTicks = ticksOf(task.path())) {
            ticks += *taskTicks;
            found = true;
        }
    }
    if (!found)
        return std::nullopt;
    return double(ticks) / double(::sysconf(_SC_CLK_TCK));
}

#else

std::optional<double> threadCpuSeconds(std::string_view)
{
    return std::nullopt;
}

#endif

} // namespace concord::bench
