#include "DemoSeeding.h"

#include "demo/DemoCache.h"
#include "store/Database.h"

#include <chrono>

namespace concord::ui {

using domain::Error;
using domain::ErrorCode;

domain::VoidResult seedDemoCache(const std::filesystem::path& file, const SeedProgress& progress)
{
    namespace fs = std::filesystem;
    fs::path partial = file;
    partial += ".seeding";
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"}) {
        fs::path leftover = partial;
        leftover += suffix;
        fs::remove(leftover, ec); // an earlier run that died mid-way
    }

    {
        auto db = store::Database::open(partial, store::OpenMode::CreateOrMigrate);
        if (!db)
            return db.error();
        demo::DemoOptions options;
        options.targetMessages = kDemoMessages;
        options.now = std::chrono::time_point_cast<std::chrono::milliseconds>(
            std::chrono::system_clock::now());
        auto filled = demo::fillDemoCache(**db, options, progress);
        if (!filled)
            return filled.error();
    } // closing the last connection checkpoints the WAL into the main file

    fs::rename(partial, file, ec);
    if (ec)
        return Error{ErrorCode::StorageFailure, "cannot move the demo cache into place: "
                                                    + ec.message()};
    return domain::Done{};
}

} // namespace concord::ui
