#include "InboxPane.h"

#include "ChannelFilter.h"
#include "InboxDelegate.h"
#include "InboxModel.h"
#include "InboxViewTabs.h"
#include "MaskMenuButton.h"
#include "MenuToolButton.h"
#include "common/Colors.h"
#include "common/DomainText.h"
#include "common/TintedSvgIcon.h"
#include "session/DeskSession.h"
#include "store/CacheReader.h"

#include <QActionGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace concord::ui {

using store::InboxSort;
using store::InboxView;

namespace {

constexpr int kSearchDebounceMs = 200;
constexpr int kCountsDebounceMs = 300;
constexpr int kClockMs = 30'000;
// How far the list may page ahead to keep the selected conversation after a filter change.
constexpr int kMaxRowsToKeepSelection = 300;

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}

QString sortName(InboxSort sort)
{
    switch (sort) {
    case InboxSort::LastActivity: return InboxPane::tr("Newest activity");
    case InboxSort::SlaDue: return InboxPane::tr("SLA due first");
    case InboxSort::Priority: return InboxPane::tr("Priority");
    }
    return {};
}

} // namespace

InboxPane::InboxPane(DeskSession& session, QWidget* parent)
    : InboxPane(session.reader(), session.agent(), parent)
{}

InboxPane::InboxPane(store::CacheReader& reader, domain::Agent agent, QWidget* parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_agent(std::move(agent))
    , m_model(new InboxModel(reader, this))
    , m_searchDebounce(new QTimer(this))
    , m_countsDebounce(new QTimer(this))
    , m_clock(new QTimer(this))
{
    m_query.view = InboxView::Mine;
    m_query.agentId = m_agent.id;
    m_query.teamIds = m_agent.teamIds;

    m_tabs = new InboxViewTabs(this);
    m_tabs->setObjectName(QStringLiteral("inboxViews"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("inboxSearch"));
    m_search->setPlaceholderText(tr("Search messages, subjects and customers"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(TintedSvgIcon::icon(QStringLiteral(":/icons/search.svg")),
                        QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);

    m_stack = new QStackedWidget(this);
    m_list = new QListView(m_stack);
    m_list->setObjectName(QStringLiteral("inboxList"));
    m_list->setModel(m_model);
    m_list->setModelColumn(InboxModel::CustomerColumn);
    m_list->setItemDelegate(new InboxDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMouseTracking(true); // hover highlight
    m_stack->addWidget(m_list);
    m_stack->addWidget(buildEmptyState());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    auto* header = new QVBoxLayout;
    header->setContentsMargins(8, 0, 8, 0);
    header->setSpacing(6);
    header->addWidget(m_tabs);
    header->addWidget(m_search);
    header->addWidget(buildFilterRow());
    layout->addLayout(header);
    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::Mid);
    layout->addWidget(rule);
    layout->addWidget(m_stack, 1);

    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(kSearchDebounceMs);
    m_countsDebounce->setSingleShot(true);
    m_countsDebounce->setInterval(kCountsDebounceMs);
    m_clock->setInterval(kClockMs);

    connect(m_tabs, &InboxViewTabs::viewSelected, this, [this](InboxView view) {
        if (view == m_query.view)
            return;
        applyQuery();
        emit viewChanged(view);
    });
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, &InboxPane::applyQuery);
    connect(m_channels, &ChannelFilter::maskChanged, this, &InboxPane::applyQuery);
    connect(m_statuses, &MaskMenuButton::maskChanged, this, &InboxPane::applyQuery);
    connect(m_priorities, &MaskMenuButton::maskChanged, this, &InboxPane::applyQuery);
    connect(m_countsDebounce, &QTimer::timeout, this, &InboxPane::refreshCounts);
    connect(m_clock, &QTimer::timeout, this,
            [this] { m_model->setNow(QDateTime::currentDateTime()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InboxPane::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InboxPane::updateEmptyState);

    setFocusProxy(m_list);
    m_clock->start();
    applyQuery();
}

InboxPane::~InboxPane() = default;

QWidget* InboxPane::buildFilterRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_channels = new ChannelFilter(row);
    m_channels->setObjectName(QStringLiteral("inboxChannels"));
    layout->addWidget(m_channels);
    auto* separator = new QFrame(row);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Plain);
    separator->setForegroundRole(QPalette::Mid);
    layout->addSpacing(4);
    layout->addWidget(separator);
    layout->addSpacing(4);

    m_statuses = new MaskMenuButton(tr("Status"), tr("Any status"), row);
    m_statuses->setObjectName(QStringLiteral("inboxStatuses"));
    for (domain::Status status : domain::kAllStatuses)
        m_statuses->addOption(DomainText::status(status), store::statusBit(status),
                              swatch(statusColor(status, palette())));
    m_priorities = new MaskMenuButton(tr("Priority"), tr("Any priority"), row);
    m_priorities->setObjectName(QStringLiteral("inboxPriorities"));
    for (auto it = domain::kAllPriorities.rbegin(); it != domain::kAllPriorities.rend(); ++it)
        m_priorities->addOption(DomainText::priority(*it), store::priorityBit(*it),
                                swatch(priorityColor(*it, palette())));
    layout->addWidget(m_statuses);
    layout->addWidget(m_priorities);
    layout->addStretch(1);
    layout->addWidget(buildSortButton());
    return row;
}

MenuToolButton* InboxPane::buildSortButton()
{
    m_sort = new MenuToolButton(this);
    m_sort->setObjectName(QStringLiteral("inboxSort"));
    m_sort->setToolTip(tr("Order of the list"));
    auto* menu = new QMenu(m_sort);
    auto* group = new QActionGroup(menu);
    for (InboxSort sort : {InboxSort::LastActivity, InboxSort::SlaDue, InboxSort::Priority}) {
        QAction* action = menu->addAction(sortName(sort));
        action->setCheckable(true);
        action->setChecked(sort == m_query.sort);
        action->setData(static_cast<int>(sort));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, sort] { setSort(sort); });
    }
    m_sort->setMenu(menu);
    m_sort->setLabel(tr("Sort: %1").arg(sortName(m_query.sort)));
    return m_sort;
}

QWidget* InboxPane::buildEmptyState()
{
    auto* page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("inboxEmptyState"));
    m_emptyTitle = new QLabel(page);
    m_emptyTitle->setObjectName(QStringLiteral("inboxEmptyTitle"));
    QFont title = m_emptyTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.15);
    title.setWeight(QFont::DemiBold);
    m_emptyTitle->setFont(title);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText = new QLabel(page);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    m_clearButton = new QPushButton(tr("Clear search and filters"), page);
    connect(m_clearButton, &QPushButton::clicked, this, &InboxPane::clearFilters);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(8);
    layout->addStretch(1);
    layout->addWidget(m_emptyTitle);
    layout->addWidget(m_emptyText);
    layout->addWidget(m_clearButton, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

InboxView InboxPane::currentView() const
{
    return m_query.view;
}

void InboxPane::setView(InboxView view)
{
    if (view != m_tabs->view())
        m_tabs->setView(view); // reloads and emits through viewSelected
    else
        emit viewChanged(view); // so a shell restoring the same view can still sync its menu
}

void InboxPane::setSort(InboxSort sort)
{
    m_sort->setLabel(tr("Sort: %1").arg(sortName(sort)));
    for (QAction* action : m_sort->menu()->actions())
        action->setChecked(action->data().toInt() == static_cast<int>(sort));
    if (sort == m_query.sort)
        return;
    m_query.sort = sort;
    applyQuery();
}

void InboxPane::clearFilters()
{
    const QSignalBlocker searchBlock(m_search);
    const QSignalBlocker channelsBlock(m_channels);
    const QSignalBlocker statusesBlock(m_statuses);
    const QSignalBlocker prioritiesBlock(m_priorities);
    m_search->clear();
    m_searchDebounce->stop();
    m_channels->setMask(domain::kAnyChannel);
    m_statuses->setMask(store::kAnyStatus);
    m_priorities->setMask(store::kAnyPriority);
    applyQuery();
}

bool InboxPane::isFiltering() const
{
    return !m_query.search.empty() || m_channels->isFiltering() || m_statuses->isFiltering()
           || m_priorities->isFiltering();
}

// Every change of view, filter, search or sort lands here: rebuild the query, reload, and
// keep the agent on the conversation they were on if it is still in the list.
void InboxPane::applyQuery()
{
    m_searchDebounce->stop();
    m_query.view = m_tabs->view();
    m_query.channels = m_channels->mask();
    m_query.statuses = m_statuses->mask();
    m_query.priorities = m_priorities->mask();
    m_query.search = m_search->text().trimmed().toStdString();
    m_model->setNow(QDateTime::currentDateTime());
    m_model->setQuery(m_query);
    restoreSelection(m_activeConversationId);
    // Counts scan whole views (tens of ms on a million messages): the page is painted first.
    m_countsDebounce->start(0);
    updateEmptyState();
}

void InboxPane::refreshCounts()
{
    auto counts = m_reader.viewCounts(m_query);
    if (counts)
        m_tabs->setCounts(*counts);
}

void InboxPane::restoreSelection(const QString& conversationId)
{
    if (conversationId.isEmpty())
        return;
    int row = m_model->rowOf(conversationId);
    while (row < 0 && m_model->canFetchMore({})
           && m_model->rowCount() < kMaxRowsToKeepSelection) {
        m_model->fetchMore({});
        row = m_model->rowOf(conversationId);
    }
    if (row >= 0)
        selectRow(row); // same conversation: onCurrentChanged stays quiet
}

void InboxPane::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, InboxModel::CustomerColumn);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}

void InboxPane::onCurrentChanged(const QModelIndex& current)
{
    if (!current.isValid())
        return;
    const QString id = current.data(InboxModel::ConversationIdRole).toString();
    if (id == m_activeConversationId)
        return;
    m_activeConversationId = id;
    emit conversationActivated(id, current.data(InboxModel::CustomerIdRole).toString());
}

void InboxPane::selectNext()
{
    const QModelIndex current = m_list->currentIndex();
    const int next = current.isValid() ? current.row() + 1 : 0;
    if (next >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (next < m_model->rowCount())
        selectRow(next);
}

void InboxPane::selectPrevious()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        if (m_model->rowCount() > 0)
            selectRow(0);
        return;
    }
    if (current.row() > 0)
        selectRow(current.row() - 1);
}

void InboxPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void InboxPane::reload()
{
    applyQuery();
}

void InboxPane::refreshRow(const QString& conversationId)
{
    m_model->refreshRow(conversationId);
    m_countsDebounce->start(kCountsDebounceMs); // bursts of changes cost one count query
    updateEmptyState();
}

void InboxPane::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0 && !m_model->canFetchMore({});
    m_stack->setCurrentIndex(empty ? 1 : 0);
    if (!empty)
        return;
    m_clearButton->setVisible(isFiltering());
    if (!m_model->errorText().isEmpty()) {
        m_emptyTitle->setText(tr("The inbox cannot be shown"));
        m_emptyText->setText(m_model->errorText());
    } else if (!m_query.search.empty()) {
        m_emptyTitle->setText(tr("No results"));
        m_emptyText->setText(tr("Nothing in this view matches \u201c%1\u201d.")
                                 .arg(QString::fromStdString(m_query.search)));
    } else if (isFiltering()) {
        m_emptyTitle->setText(tr("No conversations match these filters"));
        m_emptyText->setText(tr("Choose other channels, statuses or priorities."));
    } else {
        switch (m_query.view) {
        case InboxView::Mine:
            m_emptyTitle->setText(tr("Nothing assigned to you"));
            m_emptyText->setText(tr("Conversations you own will appear here."));
            break;
        case InboxView::Unassigned:
            m_emptyTitle->setText(tr("Every conversation has an owner"));
            m_emptyText->setText(tr("New conversations waiting for an agent appear here."));
            break;
        case InboxView::MyTeams:
            m_emptyTitle->setText(tr("Your teams' queue is empty"));
            m_emptyText->setText(tr("Conversations routed to your teams appear here."));
            break;
        case InboxView::All:
            m_emptyTitle->setText(tr("No conversations yet"));
            m_emptyText->setText(tr("Conversations from every channel appear here."));
            break;
        }
    }
}

// Keyboard-first: from the search box, Down or Enter goes to the list, Escape clears.
bool InboxPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return
            || key->key() == Qt::Key_Enter) {
            if (m_searchDebounce->isActive())
                applyQuery(); // act on what was typed, not on what was there 200 ms ago
            if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0)
                selectRow(0);
            m_list->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace concord::ui
