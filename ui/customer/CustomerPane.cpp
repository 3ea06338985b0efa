#include "CustomerPane.h"

#include "CustomerHistoryModel.h"
#include "CustomerProfileView.h"
#include "CustomerSummaryView.h"
#include "HistoryDelegate.h"
#include "PaneLabels.h"
#include "common/PaneStates.h"
#include "store/CacheReader.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QResizeEvent>
#include <QListView>
#include <QLoggingCategory>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace concord::ui {
namespace {

Q_LOGGING_CATEGORY(lcCustomer, "concord.ui.customer")

QString readErrorText(const domain::Error& error)
{
    if (error.code == domain::ErrorCode::NotFound)
        return CustomerPane::tr("This customer is no longer in the local cache.");
    return CustomerPane::tr("The customer could not be read from the local cache. "
                            "Try again; if it keeps failing, restart Concord.");
}

} // namespace

CustomerPane::CustomerPane(store::CacheReader& reader, QWidget* parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_pages(new QStackedWidget(this))
    , m_history(new CustomerHistoryModel(this))
{
    setObjectName(QStringLiteral("customerPane"));
    m_emptyPage = makeEmptyStatePage(tr("Select a conversation"),
                                     tr("The customer's profile and history appear here."));
    m_errorPage = new ErrorStatePage;
    m_customerPage = makeCustomerPage();
    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(m_errorPage);
    m_pages->addWidget(m_customerPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
}

QWidget* CustomerPane::makeCustomerPage()
{
    m_details = new QWidget;
    m_profile = new CustomerProfileView;
    m_summary = new CustomerSummaryView;
    auto* detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(12, 12, 12, 12);
    detailsLayout->setSpacing(16);
    detailsLayout->addWidget(m_profile);
    detailsLayout->addWidget(m_summary);
    detailsLayout->addStretch(1);

    m_detailsArea = new QScrollArea;
    m_detailsArea->setObjectName(QStringLiteral("customerDetails"));
    m_detailsArea->setWidget(m_details);
    m_detailsArea->setWidgetResizable(true);
    m_detailsArea->setFrameShape(QFrame::NoFrame);
    m_detailsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(QStringLiteral("customerSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_detailsArea);
    m_splitter->addWidget(makeHistorySection());
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { m_splitterMovedByUser = true; });
    return m_splitter;
}

void CustomerPane::fitDetails()
{
    if (m_splitterMovedByUser)
        return;
    const int width = m_detailsArea->viewport()->width();
    const int wanted = m_details->hasHeightForWidth() ? m_details->heightForWidth(width)
                                                      : m_details->sizeHint().height();
    const int total = m_splitter->height();
    const int top = std::min(wanted, total * 3 / 5);
    m_splitter->setSizes({top, std::max(0, total - top)});
}

void CustomerPane::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitDetails();
}

QWidget* CustomerPane::makeHistorySection()
{
    auto* section = new QWidget;
    m_historyCount = customer::makeCaption({});
    m_historyCount->setObjectName(QStringLiteral("historyCount"));
    auto* title = new QHBoxLayout;
    title->setSpacing(8);
    title->addWidget(customer::makeSectionTitle(tr("History")));
    title->addWidget(m_historyCount, 1);

    // One two-line row per conversation (see HistoryDelegate): a table's five columns do not
    // fit a side pane.
    m_historyView = new QListView;
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyView->setAccessibleName(tr("Customer history"));
    m_historyView->setModel(m_history);
    m_historyView->setModelColumn(CustomerHistoryModel::ChannelColumn);
    m_historyView->setItemDelegate(new HistoryDelegate(m_historyView));
    m_historyView->setUniformItemSizes(true);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_historyView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_historyView->setMouseTracking(true); // hover highlight
    m_historyView->installEventFilter(this);
    connect(m_historyView, &QListView::clicked, this, &CustomerPane::requestConversation);

    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->setSpacing(8);
    layout->addLayout(title);
    layout->addWidget(m_historyView, 1);
    return section;
}

void CustomerPane::showCustomer(const QString& customerId, const QString& highlightConversationId)
{
    if (customerId.isEmpty()) {
        clear();
        return;
    }
    const std::string id = customerId.toStdString();
    auto customer = m_reader.customer(id);
    if (!customer) {
        showError(customer.error());
        return;
    }
    auto summary = m_reader.customerSummary(id);
    if (!summary) {
        showError(summary.error());
        return;
    }
    auto history = m_reader.customerHistory(id);
    if (!history) {
        showError(history.error());
        return;
    }
    const QDateTime now = QDateTime::currentDateTime();
    m_customerId = customerId;
    m_profile->setCustomer(*customer);
    m_summary->setSummary(*summary, now);
    m_history->setHistory(std::move(*history), highlightConversationId, now);
    m_historyCount->setText(tr("%n conversation(s) on every channel", nullptr,
                               m_history->rowCount()));
    m_pages->setCurrentWidget(m_customerPage);
    fitDetails();
    if (const int row = m_history->rowOf(highlightConversationId); row >= 0) {
        m_historyView->setCurrentIndex(m_history->index(row, 0));
        m_historyView->scrollTo(m_history->index(row, 0));
    }
}

void CustomerPane::clear()
{
    m_customerId.clear();
    m_history->clear();
    m_pages->setCurrentWidget(m_emptyPage);
}

void CustomerPane::showError(const domain::Error& error)
{
    qCWarning(lcCustomer) << "reading a customer failed:" << int(error.code)
                          << error.detail.c_str();
    m_customerId.clear();
    m_history->clear();
    m_errorPage->setMessage(readErrorText(error));
    m_pages->setCurrentWidget(m_errorPage);
}

void CustomerPane::requestConversation(const QModelIndex& index)
{
    const QString conversationId = m_history->conversationIdAt(index.row());
    if (conversationId.isEmpty())
        return;
    // The shell opens it in the conversation pane; the mark follows right away.
    m_history->setCurrentConversation(conversationId);
    emit conversationRequested(conversationId);
}

bool CustomerPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_historyView && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            requestConversation(m_historyView->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace concord::ui
