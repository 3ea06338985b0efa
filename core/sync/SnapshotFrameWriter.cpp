#include "SnapshotFrameWriter.h"

#include "JsonWriter.h"
#include "Protocol.h"
#include "RecordJson.h"

#include <string_view>
#include <utility>

namespace concord::sync {
namespace {

// The record lists of a snapshot frame, in the order FrameWriter.cpp writes them.
constexpr std::string_view kListNames[] = {"teams", "agents", "customers", "conversations",
                                           "messages"};

// A frame grows geometrically from here; reserving the whole cap would keep a megabyte
// behind every small frame waiting in a send queue.
constexpr std::size_t kInitialFrameBytes = 64 * 1024;

} // namespace

SnapshotFrameWriter::SnapshotFrameWriter(std::int64_t seq) : m_seq(seq)
{
    openFrame();
}

SnapshotFrameWriter::~SnapshotFrameWriter() = default;

void SnapshotFrameWriter::add(const domain::Team& team) { addRecord(Teams, team); }
void SnapshotFrameWriter::add(const domain::Agent& agent) { addRecord(Agents, agent); }
void SnapshotFrameWriter::add(const domain::Customer& customer)
{
    addRecord(Customers, customer);
}
void SnapshotFrameWriter::add(const domain::Conversation& conversation)
{
    addRecord(Conversations, conversation);
}
void SnapshotFrameWriter::add(const domain::Message& message) { addRecord(Messages, message); }

std::vector<std::string> SnapshotFrameWriter::finish()
{
    if (m_records > 0) {
        closeFrame();
        openFrame();
    }
    return std::exchange(m_frames, {});
}

// Written in place; should the frame then be too big to close under the cap, the record is
// taken back and starts the next frame instead.
template <typename Record>
void SnapshotFrameWriter::addRecord(Kind kind, const Record& record)
{
    if (kind < m_list) { // out of the frame's order: only a new frame can take it
        closeFrame();
        openFrame();
    }
    const JsonWriter::Mark mark = m_out->mark();
    const int list = m_list;
    openList(kind);
    writeRecord(*m_out, record);
    if (m_records > 0 && m_text.size() + closingBytes() > kMaxFrameBytes) {
        m_out->rewind(mark);
        m_list = list;
        closeFrame();
        openFrame();
        openList(kind);
        writeRecord(*m_out, record);
    }
    ++m_records;
}

void SnapshotFrameWriter::openFrame()
{
    m_text.clear();
    m_text.reserve(kInitialFrameBytes);
    m_out = std::make_unique<JsonWriter>(m_text);
    m_out->beginObject();
    m_out->field("type", "snapshot");
    m_out->field("seq", m_seq);
    m_out->key("records");
    m_out->beginObject();
    m_list = -1;
    m_records = 0;
}

// Closes the open list and opens each one after it up to `kind`'s (empty lists included,
// as encode() writes them).
void SnapshotFrameWriter::openList(Kind kind)
{
    while (m_list < kind) {
        if (m_list >= 0)
            m_out->endArray();
        ++m_list;
        m_out->key(kListNames[m_list]);
        m_out->beginArray();
    }
}

void SnapshotFrameWriter::closeFrame()
{
    openList(Messages);
    m_out->endArray();
    m_out->endObject();
    m_out->endObject();
    // A full frame grew past the cap before its last record was taken back: do not keep
    // twice its size allocated while it waits in a send queue.
    if (m_text.capacity() > 2 * m_text.size())
        m_text.shrink_to_fit();
    m_frames.push_back(std::exchange(m_text, {}));
}

// What closing the frame after the open list still adds: `]`, each later list as `,"x":[]`,
// and `}}`.
std::size_t SnapshotFrameWriter::closingBytes() const
{
    std::size_t bytes = 1 + 2;
    for (int later = m_list + 1; later < KindCount; ++later)
        bytes += kListNames[later].size() + 6;
    return bytes;
}

} // namespace concord::sync
