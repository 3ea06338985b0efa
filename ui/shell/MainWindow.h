#pragma once
// The desk's main window. It only assembles the panes, the menus and their shortcuts, and
// remembers the layout; every pane does its own work.

#include <QList>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QSplitter;

namespace concord::ui {

class ConversationPane;
class CustomerPane;
class DeskSession;
class InboxPane;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `hubLabel`: where the desk syncs, for the status bar; empty for an offline cache file.
    explicit MainWindow(DeskSession& session, const QString& hubLabel = {},
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    InboxPane* inboxPane() const { return m_inbox; }
    ConversationPane* conversationPane() const { return m_conversation; }
    CustomerPane* customerPane() const { return m_customer; }
    // Every action with a shortcut, as the shortcuts dialog lists them.
    QList<QAction*> shortcutActions() const { return m_shortcutActions; }
    // Shows a conversation and its customer, as when the agent picks it in the inbox.
    void openConversation(const QString& conversationId, const QString& customerId);

signals:
    void closed();
    void logOutRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPanes();
    void buildMenus();
    void buildStatusBar();
    void connectPanes();
    void connectSync();
    void reloadPanes();
    void refreshConversation(const QString& conversationId);
    void startConversation();
    void showRefusal(const QString& conversationId, const QString& code, const QString& holder);
    void showShortcuts();
    void showAbout();
    void restoreLayout();
    void saveLayout() const;
    QAction* addShortcutAction(const QString& text, const QList<QKeySequence>& keys);

    DeskSession& m_session;
    QString m_hubLabel;
    QString m_openWhenStored; // a conversation the agent just opened, shown once in the cache
    QAction* m_newConversation = nullptr;
    QSplitter* m_splitter = nullptr;
    InboxPane* m_inbox = nullptr;
    ConversationPane* m_conversation = nullptr;
    CustomerPane* m_customer = nullptr;
    QActionGroup* m_viewActions = nullptr;
    QList<QAction*> m_shortcutActions;
};

} // namespace concord::ui
