#include "TerminalPassword.h"

#include <iostream>

#ifdef _WIN32
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace concord::hubapp {
namespace {

// Turns the terminal's echo off for as long as it lives; does nothing off a terminal.
class EchoOff {
public:
    EchoOff()
    {
#ifdef _WIN32
        m_input = GetStdHandle(STD_INPUT_HANDLE);
        m_active = _isatty(_fileno(stdin)) && GetConsoleMode(m_input, &m_saved);
        if (m_active)
            SetConsoleMode(m_input, m_saved & ~ENABLE_ECHO_INPUT);
#else
        m_active = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
#ifdef _WIN32
        SetConsoleMode(m_input, m_saved);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
        std::cerr << "\n"; // the Enter the agent typed was not echoed either
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;
    bool onTerminal() const { return m_active; }

private:
    bool m_active = false;
#ifdef _WIN32
    HANDLE m_input = nullptr;
    DWORD m_saved = 0;
#else
    termios m_saved{};
#endif
};

} // namespace

std::optional<std::string> readPassword(const std::string& prompt)
{
    EchoOff echo;
    if (echo.onTerminal())
        std::cerr << prompt << std::flush;
    std::string line;
    if (!std::getline(std::cin, line))
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

} // namespace concord::hubapp
