#include "PresenceReporter.h"

#include "DeskSync.h"

#include <QTimer>

namespace concord::ui {
namespace {
constexpr int kViewing = 0;
constexpr int kTyping = 1;
constexpr int kLeft = 2;
} // namespace

PresenceReporter::PresenceReporter(DeskSync& sync, QObject* parent)
    : QObject(parent)
    , m_sync(sync)
    , m_typingEnds(new QTimer(this))
{
    m_typingEnds->setSingleShot(true);
    m_typingEnds->setInterval(kTypingLastsMs);
    connect(m_typingEnds, &QTimer::timeout, this, [this] { send(kViewing); });
}

void PresenceReporter::opened(const QString& conversationId)
{
    if (conversationId == m_conversationId)
        return;
    m_typingEnds->stop();
    if (conversationId.isEmpty()) {
        send(kLeft);
        m_conversationId.clear();
        return;
    }
    m_conversationId = conversationId; // the sync client says "left" for the previous one
    m_state = -1;
    send(kViewing);
}

void PresenceReporter::typed(const QString& conversationId)
{
    if (conversationId.isEmpty() || conversationId != m_conversationId)
        return;
    send(kTyping);
    m_typingEnds->start();
}

void PresenceReporter::send(int state)
{
    if (m_conversationId.isEmpty() || state == m_state)
        return;
    m_state = state;
    m_sync.setPresence(m_conversationId, state);
}

} // namespace concord::ui
