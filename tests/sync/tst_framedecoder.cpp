// FrameDecoder: frames decoded on its thread come back in the order they were handed in,
// a malformed one keeps its place as an error, and clear() forgets every frame not taken,
// including the one being decoded at that moment.

#include "sync/Codec.h"
#include "sync/FrameDecoder.h"

#include <QTest>

#include <atomic>
#include <vector>

using namespace concord;
using namespace concord::sync;

namespace {

const domain::Id kConversation = "d0000000-0000-4000-8000-000000000001";

// A snapshot frame of `messages` messages (a few hundred kilobytes at 1,000), numbered by seq.
std::string snapshotText(std::int64_t seq, int messages)
{
    Snapshot s;
    s.seq = seq;
    for (int i = 0; i < messages; ++i) {
        domain::Message m;
        char id[40];
        std::snprintf(id, sizeof id, "b0000000-0000-4000-8000-%012d", i + 1);
        m.id = id;
        m.conversationId = kConversation;
        m.direction = domain::Direction::Inbound;
        m.authorName = "Jan Kowalski";
        m.body = "Czajnik przecieka od spodu, proszę o wymianę na nowy egzemplarz.";
        m.sentAt = domain::fromEpochMs(1'795'000'000'000 + i);
        s.records.messages.push_back(m);
    }
    return encode(Frame{s});
}

std::int64_t seqOf(const DecodeResult& result)
{
    return std::get<Snapshot>(result.frame()).seq;
}

} // namespace

class TstFrameDecoder : public QObject {
    Q_OBJECT
private slots:
    void framesComeBackInTheOrderHandedIn();
    void aMalformedFrameKeepsItsPlace();
    void clearForgetsEveryFrameNotTaken();
    void takeWithoutWaitingReturnsOnlyWhatIsDecoded();
};

void TstFrameDecoder::framesComeBackInTheOrderHandedIn()
{
    std::atomic<int> notices{0};
    FrameDecoder decoder([&] { ++notices; });
    constexpr int kFrames = 40;
    for (int i = 1; i <= kFrames; ++i)
        decoder.submit(snapshotText(i, i % 3 == 0 ? 1000 : 5)); // large and small mixed
    QCOMPARE(decoder.pending(), std::size_t(kFrames));
    for (int i = 1; i <= kFrames; ++i) {
        auto result = decoder.take(true);
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), result->ok() ? "" : result->error().detail.c_str());
        QCOMPARE(seqOf(*result), std::int64_t(i));
        QCOMPARE(std::get<Snapshot>(result->frame()).records.messages.size(),
                 std::size_t(i % 3 == 0 ? 1000 : 5));
        decoder.dispose(std::move(*result)); // freed there, between the frames still to come
    }
    QCOMPARE(decoder.pending(), std::size_t(0));
    QVERIFY(!decoder.take(true).has_value()); // nothing left: does not wait
    QTRY_COMPARE(notices.load(), kFrames); // one notice per frame (it follows the frame)
}

void TstFrameDecoder::aMalformedFrameKeepsItsPlace()
{
    FrameDecoder decoder([] {});
    decoder.submit(snapshotText(1, 10));
    decoder.submit(R"({"type":"snapshot","seq":)"); // cut off mid-frame
    decoder.submit(snapshotText(3, 10));
    auto first = decoder.take(true);
    auto second = decoder.take(true);
    auto third = decoder.take(true);
    QVERIFY(first && first->ok() && seqOf(*first) == 1);
    QVERIFY(second && !second->ok());
    QCOMPARE(second->error().code, ErrorCode::Malformed);
    QVERIFY(third && third->ok() && seqOf(*third) == 3);
}

void TstFrameDecoder::clearForgetsEveryFrameNotTaken()
{
    FrameDecoder decoder([] {});
    for (int i = 1; i <= 20; ++i)
        decoder.submit(snapshotText(i, 1000));
    QVERIFY(decoder.take(true).has_value()); // the decoder is busy with the rest now
    decoder.clear();
    QCOMPARE(decoder.pending(), std::size_t(0));
    QVERIFY(!decoder.take(true).has_value());
    // What comes after is decoded and handed back alone: nothing from before the clear.
    decoder.submit(snapshotText(100, 5));
    auto next = decoder.take(true);
    QVERIFY(next && next->ok());
    QCOMPARE(seqOf(*next), std::int64_t(100));
    QVERIFY(!decoder.take(true).has_value());
}

void TstFrameDecoder::takeWithoutWaitingReturnsOnlyWhatIsDecoded()
{
    std::atomic<int> notices{0};
    FrameDecoder decoder([&] { ++notices; });
    QVERIFY(!decoder.take(false).has_value()); // nothing handed in
    decoder.submit(snapshotText(1, 1000));
    QTRY_COMPARE(notices.load(), 1); // the notice says it is ready...
    auto taken = decoder.take(false); // ...and it is there without waiting
    QVERIFY(taken && taken->ok());
    QCOMPARE(seqOf(*taken), std::int64_t(1));
    QVERIFY(!decoder.take(false).has_value());
}

QTEST_GUILESS_MAIN(TstFrameDecoder)
#include "tst_framedecoder.moc"
