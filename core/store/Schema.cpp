#include "Schema.h"

namespace concord::store::schema {

// Every table has an INTEGER PRIMARY KEY "key" for small joins and indexes, and a UNIQUE
// uuid "id" that the API speaks. Times are UTC milliseconds since the epoch. Channel, status,
// priority and direction are small integers (RowMapping.cpp) so that sorting by priority and
// filtering by masks stay cheap; other enums are stored as their domain keys.
const char* const kTablesV1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE teams (
    key  INTEGER PRIMARY KEY,
    id   TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE agents (
    key          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    login        TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL
);

CREATE TABLE agent_teams (
    agent_key INTEGER NOT NULL REFERENCES agents(key) ON DELETE CASCADE,
    team_key  INTEGER NOT NULL REFERENCES teams(key) ON DELETE CASCADE,
    PRIMARY KEY (agent_key, team_key)
) WITHOUT ROWID;

CREATE TABLE customers (
    key                INTEGER PRIMARY KEY,
    id                 TEXT NOT NULL UNIQUE,
    display_name       TEXT NOT NULL,
    first_name         TEXT NOT NULL DEFAULT '',
    last_name          TEXT NOT NULL DEFAULT '',
    honorific          TEXT NOT NULL DEFAULT '',
    preferred_language TEXT NOT NULL DEFAULT '',
    notes              TEXT NOT NULL DEFAULT '',
    created            INTEGER NOT NULL,
    revision           INTEGER NOT NULL DEFAULT 0,
    -- the identities as searchable text (phone numbers also as bare digits)
    search_text        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE identities (
    key          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    customer_key INTEGER NOT NULL REFERENCES customers(key) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    network      TEXT NOT NULL DEFAULT '',
    value        TEXT NOT NULL,
    is_primary   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX identities_by_customer ON identities(customer_key);

CREATE TABLE conversations (
    key            INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    customer_key   INTEGER NOT NULL REFERENCES customers(key),
    channel        INTEGER NOT NULL,
    network        TEXT NOT NULL DEFAULT '',
    subject        TEXT NOT NULL DEFAULT '',
    status         INTEGER NOT NULL,
    priority       INTEGER NOT NULL,
    team_key       INTEGER REFERENCES teams(key),
    assignee_key   INTEGER REFERENCES agents(key),
    tags           TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
    created        INTEGER NOT NULL,
    first_response INTEGER,
    resolved       INTEGER,
    last_activity  INTEGER NOT NULL,
    sla_due        INTEGER,
    csat           INTEGER,
    nps            INTEGER,
    ces            INTEGER,
    revision       INTEGER NOT NULL DEFAULT 0,
    -- denormalized from messages for the inbox (CacheWriter keeps them current):
    preview        TEXT NOT NULL DEFAULT '',
    preview_rank   INTEGER NOT NULL DEFAULT -1, -- 0 from an event, 1 from a message
    preview_at     INTEGER NOT NULL DEFAULT 0,
    message_count  INTEGER NOT NULL DEFAULT 0,
    -- "SLA due first, none last" as one indexable column
    sla_order      INTEGER GENERATED ALWAYS AS (ifnull(sla_due, 9223372036854775807)) VIRTUAL
);

CREATE TABLE messages (
    key              INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    conversation_key INTEGER NOT NULL REFERENCES conversations(key) ON DELETE CASCADE,
    direction        INTEGER NOT NULL,
    author_id        TEXT NOT NULL DEFAULT '',
    author_name      TEXT NOT NULL DEFAULT '',
    body             TEXT NOT NULL DEFAULT '',
    sent_at          INTEGER NOT NULL,
    detail           TEXT -- JSON: {"email":{...}}, {"call":{...}} or {"visit":{...}}
);
)sql";

// Version 6: the messages table without the UNIQUE constraint on its id, which SQLite keeps
// in an index no statement can drop. The same uniqueness now lives in messages_by_id, which a
// bulk load drops and builds again at its end: a million random uuid inserts into a growing
// index cost more than the rest of a message's row (docs/PERFORMANCE.md, Bootstrap).
const char* const kMessagesTableV6 = R"sql(
CREATE TABLE messages_v6 (
    key              INTEGER PRIMARY KEY,
    id               TEXT NOT NULL,
    conversation_key INTEGER NOT NULL REFERENCES conversations(key) ON DELETE CASCADE,
    direction        INTEGER NOT NULL,
    author_id        TEXT NOT NULL DEFAULT '',
    author_name      TEXT NOT NULL DEFAULT '',
    body             TEXT NOT NULL DEFAULT '',
    sent_at          INTEGER NOT NULL,
    detail           TEXT -- JSON: {"email":{...}}, {"call":{...}} or {"visit":{...}}
);
INSERT INTO messages_v6(key, id, conversation_key, direction, author_id, author_name, body,
                        sent_at, detail)
    SELECT key, id, conversation_key, direction, author_id, author_name, body, sent_at, detail
    FROM messages;
DROP TABLE messages;
ALTER TABLE messages_v6 RENAME TO messages;
)sql";

// The inbox indexes lead with the sort and carry every filter column, so any view and filter
// is answered by walking one index in order, without touching the table until a row matches.
// conversations_by_status is the narrow one the view counts seek by status and channel.
// conversations_search_columns and messages_conversation are small copies of what a search
// reads for each match (SearchHits.cpp): looking a match up there instead of in the wide
// tables touches a fraction of the pages.
// messages_by_id and kCreateSharedIndexes serve the hub's store too (messages_by_id keeps
// message ids unique and answers lookups by id; the snapshot reads conversations newest
// first; the change log finds a customer's conversations and their messages);
// kCreateInboxIndexes only the desk, and the hub's store drops them (hub schema 5).
const char* const kCreateMessageIdIndex =
    "CREATE UNIQUE INDEX IF NOT EXISTS messages_by_id ON messages(id)";

// Each index once, joined below into the statements that create them together.
#define CONCORD_CONVERSATIONS_BY_ACTIVITY                                                    \
    "CREATE INDEX IF NOT EXISTS conversations_by_activity ON conversations(last_activity, "  \
    "key, channel, status, priority, assignee_key, team_key);\n"
#define CONCORD_CONVERSATIONS_BY_CUSTOMER                                                    \
    "CREATE INDEX IF NOT EXISTS conversations_by_customer ON conversations(customer_key, "   \
    "last_activity);\n"
#define CONCORD_CONVERSATIONS_BY_SLA                                                         \
    "CREATE INDEX IF NOT EXISTS conversations_by_sla ON conversations(sla_order, key, "      \
    "channel, status, priority, assignee_key, team_key);\n"
#define CONCORD_CONVERSATIONS_BY_PRIORITY                                                    \
    "CREATE INDEX IF NOT EXISTS conversations_by_priority ON conversations(priority, "       \
    "last_activity, key, channel, status, assignee_key, team_key);\n"
#define CONCORD_CONVERSATIONS_BY_STATUS                                                      \
    "CREATE INDEX IF NOT EXISTS conversations_by_status ON conversations(status, channel, "  \
    "priority, assignee_key, team_key);\n"
#define CONCORD_CONVERSATIONS_SEARCH_COLUMNS                                                 \
    "CREATE INDEX IF NOT EXISTS conversations_search_columns ON conversations(key, "         \
    "last_activity, sla_order, priority, status, channel, assignee_key, team_key);\n"
#define CONCORD_MESSAGES_BY_CONVERSATION                                                     \
    "CREATE INDEX IF NOT EXISTS messages_by_conversation ON messages(conversation_key, "     \
    "sent_at);\n"
#define CONCORD_MESSAGES_CONVERSATION                                                        \
    "CREATE INDEX IF NOT EXISTS messages_conversation ON messages(key, conversation_key);\n"

const char* const kCreateSharedIndexes = CONCORD_CONVERSATIONS_BY_ACTIVITY
    CONCORD_CONVERSATIONS_BY_CUSTOMER CONCORD_MESSAGES_BY_CONVERSATION;

const char* const kCreateInboxIndexes = CONCORD_CONVERSATIONS_BY_SLA
    CONCORD_CONVERSATIONS_BY_PRIORITY CONCORD_CONVERSATIONS_BY_STATUS
        CONCORD_CONVERSATIONS_SEARCH_COLUMNS CONCORD_MESSAGES_CONVERSATION;

const char* const kCreateThreadIndexes =
    CONCORD_MESSAGES_BY_CONVERSATION CONCORD_MESSAGES_CONVERSATION;

const std::array<NamedIndex, 6> kConversationIndexes{{
    {"conversations_by_activity", CONCORD_CONVERSATIONS_BY_ACTIVITY},
    {"conversations_by_customer", CONCORD_CONVERSATIONS_BY_CUSTOMER},
    {"conversations_by_status", CONCORD_CONVERSATIONS_BY_STATUS},
    {"conversations_by_sla", CONCORD_CONVERSATIONS_BY_SLA},
    {"conversations_by_priority", CONCORD_CONVERSATIONS_BY_PRIORITY},
    {"conversations_search_columns", CONCORD_CONVERSATIONS_SEARCH_COLUMNS},
}};

#undef CONCORD_CONVERSATIONS_BY_ACTIVITY
#undef CONCORD_CONVERSATIONS_BY_CUSTOMER
#undef CONCORD_CONVERSATIONS_BY_SLA
#undef CONCORD_CONVERSATIONS_BY_PRIORITY
#undef CONCORD_CONVERSATIONS_BY_STATUS
#undef CONCORD_CONVERSATIONS_SEARCH_COLUMNS
#undef CONCORD_MESSAGES_BY_CONVERSATION
#undef CONCORD_MESSAGES_CONVERSATION

const char* const kDropInboxIndexes = R"sql(
DROP INDEX IF EXISTS conversations_by_sla;
DROP INDEX IF EXISTS conversations_by_priority;
DROP INDEX IF EXISTS conversations_by_status;
DROP INDEX IF EXISTS conversations_search_columns;
DROP INDEX IF EXISTS messages_conversation;
)sql";


// External-content FTS5 tables (the text lives once, in its table) with the "concord"
// tokenizer (SearchTokenizer.cpp). prefix='2 3' keeps short search-as-you-type prefixes fast.
const char* const kSearchV2 = R"sql(
CREATE VIRTUAL TABLE messages_fts USING fts5(
    body, content='messages', content_rowid='key', tokenize='concord', prefix='2 3');
CREATE VIRTUAL TABLE conversations_fts USING fts5(
    subject, content='conversations', content_rowid='key', tokenize='concord', prefix='2 3');
CREATE VIRTUAL TABLE customers_fts USING fts5(
    display_name, search_text, content='customers', content_rowid='key', tokenize='concord',
    prefix='2 3');
)sql";

// Rows with keys in a backlog range kept in meta are not in their search index yet: the
// triggers leave them alone and CacheWriter indexes them later, in one statement. Messages:
// [search.backlog_from, search.backlog_to] (a bulk load's backlog, in steps; a live
// transaction's new messages, before it commits). Conversations and customers:
// search.conversations_backlog_* and search.customers_backlog_* (a bulk load's, in steps).
// A row's update or delete inside the range needs nothing: the step indexes what is there.
const char* const kCreateSearchTriggers = R"sql(
CREATE TRIGGER IF NOT EXISTS messages_fts_insert AFTER INSERT ON messages
WHEN NOT (new.key BETWEEN
    coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'search.backlog_from'), 0)
    AND coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'search.backlog_to'), -1))
BEGIN
    INSERT INTO messages_fts(rowid, body) VALUES (new.key, new.body);
END;
CREATE TRIGGER IF NOT EXISTS messages_fts_delete AFTER DELETE ON messages
WHEN NOT (old.key BETWEEN
    coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'search.backlog_from'), 0)
    AND coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'search.backlog_to'), -1))
BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, body) VALUES ('delete', old.key, old.body);
END;
CREATE TRIGGER IF NOT EXISTS messages_fts_update AFTER UPDATE OF body ON messages
WHEN NOT (old.key BETWEEN
    coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'search.backlog_from'), 0)
    AND coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'search.backlog_to'), -1))
BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, body) VALUES ('delete', old.key, old.body);
    INSERT INTO messages_fts(rowid, body) VALUES (new.key, new.body);
END;

CREATE TRIGGER IF NOT EXISTS conversations_fts_insert AFTER INSERT ON conversations
WHEN NOT (new.key BETWEEN
    coalesce((SELECT CAST(value AS INTEGER) FROM meta
                 WHERE key = 'search.conversations_backlog_from'), 0)
    AND coalesce((SELECT CAST(value AS INTEGER) FROM meta
                 WHERE key = 'search.conversations_backlog_to'), -1))
BEGIN
    INSERT INTO conversations_fts(rowid, subject) VALUES (new.key, new.subject);
END;
CREATE TRIGGER IF NOT EXISTS conversations_fts_delete AFTER DELETE ON conversations
WHEN NOT (old.key BETWEEN
    coalesce((SELECT CAST(value AS INTEGER) FROM meta
                 WHERE key = 'search.conversations_backlog_from'), 0)
    AND coalesce((SELECT CAST(value AS INTEGER) FROM meta
                 WHERE key = 'search.conversations_backlog_to'), -1))
BEGIN
    INSERT INTO conversations_fts(conversations_fts, rowid, subject)
        VALUES ('delete', old.key, old.subject);
END;
CREATE TRIGGER IF NOT EXISTS conversations_fts_update AFTER UPDATE OF subject ON conversations
    WHEN old.subject IS NOT new.subject AND NOT (old.key BETWEEN
    coalesce((SELECT CAST(value AS INTEGER) FROM meta
                 WHERE key = 'search.conversations_backlog_from'), 0)
    AND coalesce((SELECT CAST(value AS INTEGER) FROM meta
                 WHERE key = 'search.conversations_backlog_to'), -1))
BEGIN
    INSERT INTO conversations_fts(conversations_fts, rowid, subject)
        VALUES ('delete', old.key, old.subject);
    INSERT INTO conversations_fts(rowid, subject) VALUES (new.key, new.subject);
END;

CREATE TRIGGER IF NOT EXISTS customers_fts_insert AFTER INSERT ON customers
WHEN NOT (new.key BETWEEN
    coalesce((SELECT CAST(value AS INTEGER) FROM meta
                 WHERE key = 'search.customers_backlog_from'), 0)
    AND coalesce((SELECT CAST(value AS INTEGER) FROM meta
                 WHERE key = 'search.customers_backlog_to'), -1))
BEGIN
    INSERT INTO customers_fts(rowid, display_name, search_text)
        VALUES (new.key, new.display_name, new.search_text);
END;
CREATE TRIGGER IF NOT EXISTS customers_fts_delete AFTER DELETE ON customers
WHEN NOT (old.key BETWEEN
    coalesce((SELECT CAST(value AS INTEGER) FROM meta
                 WHERE key = 'search.customers_backlog_from'), 0)
    AND coalesce((SELECT CAST(value AS INTEGER) FROM meta
                 WHERE key = 'search.customers_backlog_to'), -1))
BEGIN
    INSERT INTO customers_fts(customers_fts, rowid, display_name, search_text)
        VALUES ('delete', old.key, old.display_name, old.search_text);
END;
CREATE TRIGGER IF NOT EXISTS customers_fts_update
    AFTER UPDATE OF display_name, search_text ON customers
    WHEN (old.display_name IS NOT new.display_name OR old.search_text IS NOT new.search_text)
    AND NOT (old.key BETWEEN
    coalesce((SELECT CAST(value AS INTEGER) FROM meta
                 WHERE key = 'search.customers_backlog_from'), 0)
    AND coalesce((SELECT CAST(value AS INTEGER) FROM meta
                 WHERE key = 'search.customers_backlog_to'), -1))
BEGIN
    INSERT INTO customers_fts(customers_fts, rowid, display_name, search_text)
        VALUES ('delete', old.key, old.display_name, old.search_text);
    INSERT INTO customers_fts(rowid, display_name, search_text)
        VALUES (new.key, new.display_name, new.search_text);
END;
)sql";

const char* const kDropSearchTriggers = R"sql(
DROP TRIGGER IF EXISTS messages_fts_insert;
DROP TRIGGER IF EXISTS messages_fts_delete;
DROP TRIGGER IF EXISTS messages_fts_update;
DROP TRIGGER IF EXISTS conversations_fts_insert;
DROP TRIGGER IF EXISTS conversations_fts_delete;
DROP TRIGGER IF EXISTS conversations_fts_update;
DROP TRIGGER IF EXISTS customers_fts_insert;
DROP TRIGGER IF EXISTS customers_fts_delete;
DROP TRIGGER IF EXISTS customers_fts_update;
)sql";

// 'optimize' merges the many segments 'rebuild' leaves into one. Skipping it saves a few
// seconds at a million messages but makes the next writes pay: the first commits after it
// spent over half a second each on merging.
const char* const kRebuildSearch = R"sql(
INSERT INTO messages_fts(messages_fts) VALUES ('rebuild');
INSERT INTO messages_fts(messages_fts) VALUES ('optimize');
INSERT INTO conversations_fts(conversations_fts) VALUES ('rebuild');
INSERT INTO conversations_fts(conversations_fts) VALUES ('optimize');
INSERT INTO customers_fts(customers_fts) VALUES ('rebuild');
INSERT INTO customers_fts(customers_fts) VALUES ('optimize');
)sql";

// mutation_id is the protocol's mutationId: it only grows, so the key's order is the order
// the agent wrote in. `frame` is the mutate frame as the codec wrote it; the store does not
// look inside. AUTOINCREMENT so an id is never reused, even after the newest row is sent.
const char* const kOutboxV3 = R"sql(
CREATE TABLE outbox (
    mutation_id     INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id TEXT NOT NULL,
    frame           TEXT NOT NULL,
    created         INTEGER NOT NULL
);
CREATE INDEX outbox_by_conversation ON outbox(conversation_id);
)sql";

} // namespace concord::store::schema
