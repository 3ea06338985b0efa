// concord-desk: the agent workstation. Everything it does lives in ui/ and core/.

#include "shell/DeskApplication.h"

int main(int argc, char** argv)
{
    return concord::ui::runDesk(argc, argv);
}
