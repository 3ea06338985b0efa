#pragma once
// The open conversation: its header and the whole thread, newest message in view. Reads the
// cache through the CacheReader it is given; a failed read shows an error line, never throws.

#include <QWidget>

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

private:
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
};

} // namespace concord::ui
