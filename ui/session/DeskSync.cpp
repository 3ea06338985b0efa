#include "DeskSync.h"

#include "shell/HubAddress.h"
#include "sync/SyncClient.h"

#include <QDateTime>
#include <QMetaObject>

namespace concord::ui {
namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

domain::Timestamp now()
{
    return domain::fromEpochMs(QDateTime::currentMSecsSinceEpoch());
}

SyncStatus::Link toLink(sync::Link link)
{
    switch (link) {
    case sync::Link::Online: return SyncStatus::Link::Online;
    case sync::Link::Connecting: return SyncStatus::Link::Connecting;
    case sync::Link::Offline: break;
    }
    return SyncStatus::Link::Offline;
}

} // namespace

DeskSync::DeskSync(std::filesystem::path cache, const HubAddress& hub, QObject* parent)
    : QObject(parent)
{
    m_status.hub = hub.toString();
    sync::SyncClientOptions options;
    options.host = hub.host.toStdString();
    options.port = hub.port;
    options.clientName = "concord-desk/" CONCORD_VERSION;
    // Each sink runs on the sync thread and only posts a copy of what it heard.
    sync::SyncSinks sinks{
        [this](const sync::DeskEvent& e) {
            post([this, e] {
                std::visit(
                    [this](const auto& v) {
                        using T = std::decay_t<decltype(v)>;
                        if constexpr (std::is_same_v<T, sync::event::SignedIn>) {
                            m_agent = v.session.agent;
                            emit signedIn(qs(v.session.token));
                        } else if constexpr (std::is_same_v<T, sync::event::Bootstrapping>) {
                            setBootstrap(v.records);
                            emit bootstrapProgress(v.records);
                        } else if constexpr (std::is_same_v<T, sync::event::CaughtUp>) {
                            setBootstrap(-1);
                            emit caughtUp();
                        }
                        else if constexpr (std::is_same_v<T, sync::event::NeedCredentials>)
                            emit signInNeeded();
                        else if constexpr (std::is_same_v<T, sync::event::SignInRefused>)
                            emit signInRefused(qs(std::string(sync::toKey(v.code))));
                        else if constexpr (std::is_same_v<T, sync::event::ReplicaReplaced>)
                            emit replicaReplaced();
                        else if constexpr (std::is_same_v<T, sync::event::ReplicaChanged>) {
                            QStringList ids;
                            for (const auto& id : v.conversationIds)
                                ids << qs(id);
                            if (!ids.isEmpty())
                                emit conversationsChanged(ids);
                        } else if constexpr (std::is_same_v<T, sync::event::MutationSettled>) {
                            if (!v.result.ok)
                                emit writeRefused(
                                    v.result.current ? qs(v.result.current->id) : QString(),
                                    qs(std::string(sync::toKey(v.result.code))),
                                    v.result.holder ? qs(v.result.holder->displayName)
                                                    : QString());
                        } else if constexpr (std::is_same_v<T, sync::event::PresenceSeen>) {
                            const sync::Presence& p = v.presence;
                            emit presenceSeen(qs(p.conversationId), qs(p.agentId),
                                              qs(p.displayName), int(p.state));
                        } else if constexpr (std::is_same_v<T, sync::event::Failed>)
                            emit failed(qs(v.what));
                    },
                    e);
            });
        },
        [this](sync::Link link) { post([this, link] { setLink(toLink(link)); }); },
        [this](int pending) { post([this, pending] { setPending(pending); }); },
    };
    m_client = std::make_unique<sync::SyncClient>(std::move(cache), options, std::move(sinks));
}

DeskSync::~DeskSync()
{
    m_client->stop(); // no sink runs after this returns
}

void DeskSync::post(std::function<void()> onGuiThread)
{
    // With this object as the context, news queued for a destroyed DeskSync is dropped.
    QMetaObject::invokeMethod(this, std::move(onGuiThread), Qt::QueuedConnection);
}

void DeskSync::start(const QString& token, const QString& login, const QString& password,
                     const domain::Agent& agent)
{
    if (m_agent.id.empty())
        m_agent = agent; // until the hub's session names the agent
    m_client->start({token.toStdString(), login.toStdString(), password.toStdString()}, agent);
}

void DeskSync::setPassword(const QString& login, const QString& password)
{
    m_client->setCredentials({{}, login.toStdString(), password.toStdString()});
}

void DeskSync::transfer(const QString& conversationId, const QString& teamId,
                        const QString& expectedTeamId, const QString& note)
{
    // The note travels with the transfer as a message of its own, so it needs an id.
    m_client->write(sync::Transfer{conversationId.toStdString(), teamId.toStdString(),
                                   expectedTeamId.toStdString(),
                                   note.isEmpty() ? domain::Id{} : domain::newUuid(),
                                   note.toStdString()});
}

void DeskSync::logCall(const QString& conversationId, const domain::CallDetail& call,
                       const QString& summary)
{
    m_client->write(sync::LogCall{conversationId.toStdString(), domain::newUuid(), now(), call,
                                  summary.toStdString()});
}

void DeskSync::logVisit(const QString& conversationId, const domain::VisitDetail& visit,
                        const QString& summary)
{
    m_client->write(sync::LogVisit{conversationId.toStdString(), domain::newUuid(), now(),
                                   visit, summary.toStdString()});
}

void DeskSync::newConversation(const domain::Conversation& conversation,
                               const QString& firstMessage)
{
    sync::NewConversation op{conversation, std::nullopt};
    if (!firstMessage.isEmpty()) {
        domain::Message message;
        message.id = domain::newUuid();
        message.conversationId = conversation.id;
        // Nothing is sent on a call or a visit: what the agent writes is for colleagues.
        const bool spoken = conversation.channel == domain::Channel::Voice
                            || conversation.channel == domain::Channel::Visit;
        message.direction = spoken ? domain::Direction::Note : domain::Direction::Outbound;
        message.authorId = m_agent.id;
        message.authorName = m_agent.displayName;
        message.body = firstMessage.toStdString();
        message.sentAt = conversation.created;
        op.message = std::move(message);
    }
    m_client->write(std::move(op));
}

void DeskSync::setPresence(const QString& conversationId, int state)
{
    const auto presence = state == 1   ? sync::PresenceState::Typing
                          : state == 2 ? sync::PresenceState::Left
                                       : sync::PresenceState::Viewing;
    m_client->setPresence(conversationId.toStdString(), presence);
}

void DeskSync::logOut()
{
    m_client->logOut();
}

void DeskSync::setLink(SyncStatus::Link link)
{
    if (m_status.link == link)
        return;
    m_status.link = link;
    m_status.loadedRecords = -1; // live, or a broken snapshot that starts over
    emit statusChanged(m_status);
}

void DeskSync::setBootstrap(qint64 records)
{
    if (m_status.loadedRecords == records)
        return;
    m_status.loadedRecords = records;
    emit statusChanged(m_status);
}

void DeskSync::setPending(int pending)
{
    if (m_status.pendingWrites == pending)
        return;
    m_status.pendingWrites = pending;
    emit statusChanged(m_status);
}

void DeskSync::reply(const QString& conversationId, const QString& text)
{
    m_client->write(sync::Reply{conversationId.toStdString(), domain::newUuid(),
                                text.toStdString(), now(), std::nullopt});
}

void DeskSync::addNote(const QString& conversationId, const QString& text)
{
    m_client->write(
        sync::Note{conversationId.toStdString(), domain::newUuid(), text.toStdString(), now()});
}

void DeskSync::claim(const QString& conversationId, const QString& expectedAssigneeId)
{
    m_client->write(sync::Claim{conversationId.toStdString(), expectedAssigneeId.toStdString()});
}

void DeskSync::setStatus(const QString& conversationId, domain::Status status)
{
    m_client->write(sync::SetStatus{conversationId.toStdString(), status});
}

void DeskSync::setPriority(const QString& conversationId, domain::Priority priority)
{
    m_client->write(sync::SetPriority{conversationId.toStdString(), priority});
}

} // namespace concord::ui
