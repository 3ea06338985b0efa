#pragma once
// Tells the hub what the agent is doing, so the others' desks can show it: viewing the open
// conversation, or writing a reply to it (until a few seconds after the last keystroke).
// Sends only changes; the sync client refreshes what lasts.

#include <QObject>
#include <QString>

class QTimer;

namespace concord::ui {

class DeskSync;

class PresenceReporter : public QObject {
    Q_OBJECT
public:
    explicit PresenceReporter(DeskSync& sync, QObject* parent = nullptr);

    void opened(const QString& conversationId); // empty: none open any more
    void typed(const QString& conversationId);

    // After the last keystroke, "writing a reply" lasts this long.
    static constexpr int kTypingLastsMs = 4000;

private:
    void send(int state);

    DeskSync& m_sync;
    QString m_conversationId;
    int m_state = -1; // what the hub was last told for m_conversationId
    QTimer* m_typingEnds = nullptr;
};

} // namespace concord::ui
