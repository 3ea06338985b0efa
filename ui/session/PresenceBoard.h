#pragma once
// Who else is on which conversation right now, as the hub relays it: viewing it, or writing
// a reply. Ephemeral: kept in memory only, and an entry nobody refreshed for a while goes
// (the hub says "left" for a desk that fell silent, but a desk that lost its own link hears
// nothing, so the board forgets by itself too).

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QVector>

class QTimer;

namespace concord::ui {

struct PresenceEntry {
    enum class State { Viewing, Typing };
    QString agentId;
    QString name;
    State state = State::Viewing;
    QDateTime seen; // when the hub last said so
};

class PresenceBoard : public QObject {
    Q_OBJECT
public:
    explicit PresenceBoard(QObject* parent = nullptr);

    // `state`: 0 viewing, 1 typing, 2 left (the protocol's order).
    void note(const QString& conversationId, const QString& agentId, const QString& name,
              int state);
    QVector<PresenceEntry> on(const QString& conversationId) const;
    void clear(); // the link went down: nobody is known to be anywhere

    // Entries not refreshed for this long are dropped (the protocol refreshes every 5 s).
    static constexpr int kForgetAfterMs = 16000;

signals:
    void changed(const QString& conversationId);

private:
    void forgetStale();

    QHash<QString, QVector<PresenceEntry>> m_byConversation;
    QTimer* m_sweep = nullptr;
};

} // namespace concord::ui
