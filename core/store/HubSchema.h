#pragma once
// The hub's store schema: the desk cache's domain tables (shared, not copied: the same steps
// build them) plus the hub's own tables for the change log, credentials, sessions and
// exactly-once mutations. Marked with its own application_id, so a desk cache is never taken
// for a hub store or the other way round.

namespace concord::store {

struct SchemaPlan;

inline constexpr int kHubApplicationId = 0x436F4862; // "CoHb"

// Steps: 1 domain tables, 2 full-text search, 3 hub tables (and the epoch).
const SchemaPlan& hubSchemaPlan();

namespace hubschema {
// Meta keys the hub keeps in the shared "meta" table.
inline constexpr const char* kEpochKey = "hub.epoch";
// Changes up to this sequence are no longer in the log (compacted or bulk-loaded).
inline constexpr const char* kHorizonKey = "hub.horizon";
// The last sequence given out: the log's newest row, or the horizon when the log is empty.
inline constexpr const char* kLatestSeqSql =
    "SELECT max(ifnull((SELECT max(seq) FROM change_log), 0), "
    "CAST(ifnull((SELECT value FROM meta WHERE key = 'hub.horizon'), '0') AS INTEGER))";
} // namespace hubschema

} // namespace concord::store
