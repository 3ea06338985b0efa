#pragma once
// The open conversation: its header and the whole thread, newest message in view, and, once
// the agent may write (setAgent), the actions and the reply composer. Reads the cache
// through the CacheReader it is given; a failed read shows an error line, never throws.
// Writes leave as signals: the shell hands them to the sync.

#include "ReplyComposer.h"
#include "domain/Agent.h"
#include "domain/Conversation.h"
#include "session/PresenceBoard.h"

#include <QSet>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QStackedWidget;

namespace concord::store {
class CacheReader;
}

namespace concord::domain {
struct Error;
}

namespace concord::ui {

class ErrorStatePage;

class ConversationActions;
class ConversationHeader;
class ThreadModel;
class ThreadView;

class ConversationPane : public QWidget {
    Q_OBJECT
public:
    explicit ConversationPane(store::CacheReader& reader, QWidget* parent = nullptr);

    // Opens the conversation, scrolled to its newest message. Showing the open one again
    // refreshes it in place and keeps the reader's scroll position.
    void showConversation(const QString& conversationId);
    // Back to the "Select a conversation" state.
    void clear();
    QString conversationId() const { return m_conversationId; }

    // The agent at the desk: shows the composer and the actions for conversations the agent
    // may change. Without it (an offline cache file) the pane only reads.
    void setAgent(const domain::Agent& agent);
    // Tells which of a conversation's messages still wait in the outbox.
    void setPendingLookup(std::function<QSet<QString>(const QString&)> lookup);
    void refreshPending();
    // A word about the open conversation (a refused write), shown above the composer until
    // another conversation is opened.
    void showNotice(const QString& text);
    // Who else has the open conversation open now, and who is writing a reply to it.
    void setPresence(const QVector<PresenceEntry>& others);
    QString presenceText() const;
    ReplyComposer* composer() const { return m_composer; }
    ConversationActions* actions() const { return m_actions; }

signals:
    void replySubmitted(const QString& conversationId, const QString& text);
    void noteSubmitted(const QString& conversationId, const QString& text);
    // The agent typed in the composer (for "writing a reply" on the others' desks).
    void composerEdited(const QString& conversationId);

private:
    bool mayChange(const domain::Conversation& conversation) const;
    QWidget* makeThreadPage();
    void showError(const domain::Error& error);

    store::CacheReader& m_reader;
    QString m_conversationId;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_emptyPage = nullptr;
    ErrorStatePage* m_errorPage = nullptr;
    QWidget* m_threadPage = nullptr;
    ConversationHeader* m_header = nullptr;
    ThreadModel* m_model = nullptr;
    ThreadView* m_view = nullptr;
    ConversationActions* m_actions = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_presence = nullptr;
    ReplyComposer* m_composer = nullptr;
    std::optional<domain::Agent> m_agent;
    std::function<QSet<QString>(const QString&)> m_pendingLookup;
};

} // namespace concord::ui
