#pragma once
// The SQL of the cache's schema, shared by the migrations and by bulk loading (which drops
// and recreates the secondary indexes and the search triggers).

#include <array>

namespace concord::store::schema {

// Schema v1: the desk cache's tables and indexes.
extern const char* const kTablesV1;
// Schema v2: full-text search (FTS5 over messages, subjects, customers) and its triggers.
extern const char* const kSearchV2;

// Version 6: rebuilds the messages table without its inline UNIQUE(id) (see Schema.cpp).
// Drops the table's indexes and triggers with it; the caller creates those it keeps.
extern const char* const kMessagesTableV6;

// Secondary indexes that bulk loading drops and recreates: messages_by_id (the messages'
// unique id), those the hub's store needs too (kCreateSharedIndexes), and the desk's inbox
// and search indexes (kCreateInboxIndexes). A large snapshot leaves messages_by_id and the
// conversations' six (kConversationIndexes) for after going live
// (CacheWriterMessageIds.cpp, CacheWriterConversationIndexes.cpp).
// Never the UNIQUE id constraints of the other tables, which their upserts need during a
// load, nor identities_by_customer, which customer upserts need.
extern const char* const kCreateMessageIdIndex;
extern const char* const kCreateSharedIndexes;
extern const char* const kCreateInboxIndexes;
extern const char* const kDropInboxIndexes;
// The two message indexes a bulk load keeps (also in kCreateSharedIndexes and
// kCreateInboxIndexes): a snapshot (and the generator) sends messages thread by thread in the
// order their conversations arrived, so both grow at (or next to) their end, which costs less
// than sorting a million rows for each after the load (PERFORMANCE.md).
extern const char* const kCreateThreadIndexes;

// One index: its name and the statement that creates it if it is missing.
struct NamedIndex {
    const char* name;
    const char* create;
};
// The conversations' secondary indexes, which a bulk load drops (messages_by_id too, into an
// empty table), in the order a large snapshot's backlog builds them again one by one
// (CacheWriterConversationIndexes.cpp): the inbox's default order first.
extern const std::array<NamedIndex, 6> kConversationIndexes;

// The triggers that keep the external-content FTS tables in sync with their tables.
extern const char* const kCreateSearchTriggers;
extern const char* const kDropSearchTriggers;
// Re-reads every row into the FTS tables and merges each into one segment.
extern const char* const kRebuildSearch;

// Version 3: the desk's outbox of writes waiting for the hub (docs/PROTOCOL.md, Mutations).
extern const char* const kOutboxV3;

} // namespace concord::store::schema
