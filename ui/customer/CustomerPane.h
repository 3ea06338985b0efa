#pragma once
// The customer beside the open conversation: profile and identities, a summary, and the whole
// history across channels (newest first, the open conversation marked). Clicking a history
// row, or Enter on it, asks the shell to open that conversation. Reads the cache through the
// CacheReader it is given; a failed read shows an error line, never throws.

#include <QWidget>

class QLabel;
class QModelIndex;
class QStackedWidget;
class QListView;
class QScrollArea;
class QSplitter;

namespace concord::store {
class CacheReader;
}

namespace concord::domain {
struct Error;
}

namespace concord::ui {

class ErrorStatePage;

class CustomerHistoryModel;
class CustomerProfileView;
class CustomerSummaryView;

class CustomerPane : public QWidget {
    Q_OBJECT
public:
    explicit CustomerPane(store::CacheReader& reader, QWidget* parent = nullptr);

    // Shows the customer; `highlightConversationId` (may be empty) is marked in the history.
    void showCustomer(const QString& customerId, const QString& highlightConversationId);
    // Back to the "Select a conversation" state.
    void clear();
    QString customerId() const { return m_customerId; }

signals:
    void conversationRequested(const QString& conversationId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* makeCustomerPage();
    QWidget* makeHistorySection();
    void showError(const domain::Error& error);
    void requestConversation(const QModelIndex& index);
    // Gives the profile and summary the height they need (up to 60 % of the pane), until the
    // agent drags the splitter.
    void fitDetails();

    store::CacheReader& m_reader;
    QString m_customerId;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_emptyPage = nullptr;
    ErrorStatePage* m_errorPage = nullptr;
    QWidget* m_customerPage = nullptr;
    QSplitter* m_splitter = nullptr;
    QScrollArea* m_detailsArea = nullptr;
    QWidget* m_details = nullptr;
    bool m_splitterMovedByUser = false;
    CustomerProfileView* m_profile = nullptr;
    CustomerSummaryView* m_summary = nullptr;
    QLabel* m_historyCount = nullptr;
    CustomerHistoryModel* m_history = nullptr;
    QListView* m_historyView = nullptr;
};

} // namespace concord::ui
