#include "net/ThreadName.h"

#if defined(__linux__)
#include <pthread.h>
#endif

namespace concord::net {

void nameThisThread(const std::string& name)
{
#if defined(__linux__)
    pthread_setname_np(pthread_self(), name.substr(0, 15).c_str());
#else
    (void)name;
#endif
}

} // namespace concord::net
