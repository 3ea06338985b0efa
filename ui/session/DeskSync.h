#pragma once
// The GUI's side of the sync client: a QObject that owns a sync::SyncClient and turns what it
// reports on its own thread into queued signals on the GUI thread, as value types. Panes and
// the shell listen to these signals; they never see the sync thread.

#include "SyncStatus.h"
#include "domain/Agent.h"
#include "domain/Conversation.h"
#include "domain/Message.h"

#include <QObject>
#include <QStringList>

#include <filesystem>
#include <memory>

namespace concord::sync {
class SyncClient;
}

namespace concord::ui {

struct HubAddress;

class DeskSync : public QObject {
    Q_OBJECT
public:
    // Syncs the cache at `cache` with the hub at `hub`; nothing happens before start().
    DeskSync(std::filesystem::path cache, const HubAddress& hub, QObject* parent = nullptr);
    ~DeskSync() override; // stops the sync thread; queued news for this object is dropped

    // Signs in with a kept token or with login and password; `agent` signs the agent's
    // writes until the hub's session names the agent.
    void start(const QString& token, const QString& login, const QString& password,
               const domain::Agent& agent);
    void setPassword(const QString& login, const QString& password);
    // Tells the hub to revoke the session's token; the link goes offline.
    void logOut();
    SyncStatus status() const { return m_status; }
    // The agent the hub signed in (empty until signedIn).
    const domain::Agent& agent() const { return m_agent; }

    // The agent's writes: shown in the cache at once, sent when the hub is reachable.
    void reply(const QString& conversationId, const QString& text);
    void addNote(const QString& conversationId, const QString& text);
    void claim(const QString& conversationId, const QString& expectedAssigneeId);
    void setStatus(const QString& conversationId, domain::Status status);
    void setPriority(const QString& conversationId, domain::Priority priority);
    void transfer(const QString& conversationId, const QString& teamId,
                  const QString& expectedTeamId, const QString& note);
    void logCall(const QString& conversationId, const domain::CallDetail& call,
                 const QString& summary);
    // Opens `conversation` (its id, customer, channel, team and subject set by the caller),
    // with `firstMessage` to the customer when not empty (a note on calls and visits).
    void newConversation(const domain::Conversation& conversation, const QString& firstMessage);
    void logVisit(const QString& conversationId, const domain::VisitDetail& visit,
                  const QString& summary);
    // What the agent is doing on a conversation, for the others' desks: 0 viewing,
    // 1 typing a reply, 2 left. Not kept: only sent while online.
    void setPresence(const QString& conversationId, int state);

signals:
    void statusChanged(const concord::ui::SyncStatus& status);
    void signedIn(const QString& token); // agent() names who
    // A snapshot is being loaded: `records` taken in so far (teams, agents, customers,
    // conversations newest first, then messages). The inbox can be shown meanwhile.
    void bootstrapProgress(qint64 records);
    void caughtUp(); // live from here on
    // Another agent's presence on a conversation (state as in setPresence).
    void presenceSeen(const QString& conversationId, const QString& agentId,
                      const QString& name, int state);
    void signInNeeded();
    void signInRefused(const QString& code);
    void conversationsChanged(const QStringList& conversationIds);
    void replicaReplaced();
    // The hub refused a write; its effect is already undone in the cache.
    void writeRefused(const QString& conversationId, const QString& code,
                      const QString& holderName);
    void failed(const QString& what);

private:
    void post(std::function<void()> onGuiThread);
    void setLink(SyncStatus::Link link);
    void setPending(int pending);

    void setBootstrap(qint64 records);

    SyncStatus m_status;
    domain::Agent m_agent;
    std::unique_ptr<sync::SyncClient> m_client;
};

} // namespace concord::ui
