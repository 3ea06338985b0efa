#include "PresenceBoard.h"

#include <QTimer>

#include <algorithm>

namespace concord::ui {

PresenceBoard::PresenceBoard(QObject* parent)
    : QObject(parent)
    , m_sweep(new QTimer(this))
{
    m_sweep->setInterval(kForgetAfterMs / 4);
    connect(m_sweep, &QTimer::timeout, this, &PresenceBoard::forgetStale);
    m_sweep->start();
}

void PresenceBoard::note(const QString& conversationId, const QString& agentId,
                         const QString& name, int state)
{
    QVector<PresenceEntry>& entries = m_byConversation[conversationId];
    const auto it = std::find_if(entries.begin(), entries.end(),
                                 [&](const PresenceEntry& e) { return e.agentId == agentId; });
    if (state == 2) { // left
        if (it == entries.end())
            return;
        entries.erase(it);
        if (entries.isEmpty())
            m_byConversation.remove(conversationId);
        emit changed(conversationId);
        return;
    }
    const auto now = QDateTime::currentDateTimeUtc();
    const auto newState = state == 1 ? PresenceEntry::State::Typing
                                     : PresenceEntry::State::Viewing;
    if (it != entries.end()) {
        const bool same = it->state == newState && it->name == name;
        it->state = newState;
        it->name = name;
        it->seen = now;
        if (same)
            return; // a refresh: nothing the agent would see changes
    } else {
        entries.append({agentId, name, newState, now});
    }
    emit changed(conversationId);
}

QVector<PresenceEntry> PresenceBoard::on(const QString& conversationId) const
{
    return m_byConversation.value(conversationId);
}

void PresenceBoard::clear()
{
    const QList<QString> conversations = m_byConversation.keys();
    m_byConversation.clear();
    for (const QString& id : conversations)
        emit changed(id);
}

void PresenceBoard::forgetStale()
{
    const auto cutoff = QDateTime::currentDateTimeUtc().addMSecs(-kForgetAfterMs);
    QList<QString> changedIds;
    for (auto it = m_byConversation.begin(); it != m_byConversation.end();) {
        const auto before = it->size();
        it->erase(std::remove_if(it->begin(), it->end(),
                                 [&](const PresenceEntry& e) { return e.seen < cutoff; }),
                  it->end());
        if (it->size() != before)
            changedIds << it.key();
        it = it->isEmpty() ? m_byConversation.erase(it) : std::next(it);
    }
    for (const QString& id : changedIds)
        emit changed(id);
}

} // namespace concord::ui
