#pragma once
// Encodes `snapshot` frames record by record, straight into the frame's text: each frame
// takes as many records as fit under kMaxFrameBytes, and each record is encoded once (only
// the one that overflows a frame is written again, into the next). The frames are byte for
// byte what encode() gives for the same records (tests/sync/tst_codec.cpp).

#include "domain/Agent.h"
#include "domain/Conversation.h"
#include "domain/Customer.h"
#include "domain/Message.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace concord::sync {

class JsonWriter;

class SnapshotFrameWriter {
public:
    explicit SnapshotFrameWriter(std::int64_t seq);
    ~SnapshotFrameWriter();
    SnapshotFrameWriter(const SnapshotFrameWriter&) = delete;
    SnapshotFrameWriter& operator=(const SnapshotFrameWriter&) = delete;

    // Records go in the frame's order: teams, agents, customers, conversations, messages.
    // One that comes after a later kind starts a new frame.
    void add(const domain::Team& team);
    void add(const domain::Agent& agent);
    void add(const domain::Customer& customer);
    void add(const domain::Conversation& conversation);
    void add(const domain::Message& message);

    // The frames so far, the last one closed; the writer starts over empty. A record larger
    // than the cap travels alone in a frame over it, which the peer refuses.
    std::vector<std::string> finish();

private:
    enum Kind { Teams, Agents, Customers, Conversations, Messages, KindCount };

    template <typename Record>
    void addRecord(Kind kind, const Record& record);
    void openFrame();
    void openList(Kind kind);
    void closeFrame();
    std::size_t closingBytes() const;

    std::int64_t m_seq;
    std::string m_text;
    std::unique_ptr<JsonWriter> m_out;
    int m_list = -1; // the kind whose array is open, -1 before the first
    std::size_t m_records = 0;
    std::vector<std::string> m_frames;
};

} // namespace concord::sync
