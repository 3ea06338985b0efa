#pragma once
// Starts the desk: command line, languages, the session over the cache, the main window.

namespace concord::ui {

// The whole of concord-desk's main(); returns the process exit code.
int runDesk(int argc, char** argv);

} // namespace concord::ui
