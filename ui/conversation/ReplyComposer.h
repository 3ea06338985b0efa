#pragma once
// Where the agent writes: a reply to the customer on the conversation's own channel, or an
// internal note only colleagues see. Ctrl+Enter sends. An unsent draft stays with its
// conversation when the agent opens another one and is there again on return.

#include "domain/Channel.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace concord::ui {

class ReplyComposer : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Reply, Note };
    Q_ENUM(Mode)

    explicit ReplyComposer(QWidget* parent = nullptr);

    // The conversation the next text belongs to. Calls and visits take notes only: a reply
    // goes out on the conversation's channel, and there is none to write on.
    void setConversation(const QString& conversationId, const QString& customerName,
                         domain::Channel channel, domain::SocialNetwork network);
    QString conversationId() const { return m_conversationId; }
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    void focusEditor();

signals:
    // The agent changed the text (not a draft being restored on opening a conversation).
    void edited();
    // The agent sent `text` (trimmed, never empty); the editor is already cleared.
    void submitted(const QString& conversationId, concord::ui::ReplyComposer::Mode mode,
                   const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Draft {
        Mode mode = Mode::Reply;
        QString text;
    };
    void submit();
    void saveDraft();
    void refresh();
    bool canReply() const;

    QString m_conversationId;
    QString m_customerName;
    domain::Channel m_channel = domain::Channel::Email;
    domain::SocialNetwork m_network = domain::SocialNetwork::None;
    Mode m_mode = Mode::Reply;
    bool m_restoring = false; // a draft is put back: not the agent typing
    QHash<QString, Draft> m_drafts;
    QPushButton* m_replyTab = nullptr;
    QPushButton* m_noteTab = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_send = nullptr;
};

} // namespace concord::ui
