#pragma once
// The bootstrap's stages timed one after the other on one thread (hub read, hub encode, desk
// decode, desk write, desk finish), to see where the time goes without the network.

#include "domain/Agent.h"

#include <filesystem>

namespace concord::bench {

bool runStageBench(const std::filesystem::path& hubFile, const std::filesystem::path& deskFile,
                   const domain::Agent& reader);

} // namespace concord::bench
