#include "ConversationPane.h"

#include "ConversationActions.h"
#include "ConversationHeader.h"
#include "ThreadModel.h"
#include "ThreadView.h"
#include "common/PaneStates.h"
#include "store/CacheReader.h"

#include <QDateTime>

#include <algorithm>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace concord::ui {
namespace {

Q_LOGGING_CATEGORY(lcConversation, "concord.ui.conversation")

QString readErrorText(const domain::Error& error)
{
    if (error.code == domain::ErrorCode::NotFound)
        return ConversationPane::tr("This conversation is no longer in the local cache.");
    return ConversationPane::tr("The conversation could not be read from the local cache. "
                                "Try again; if it keeps failing, restart Concord.");
}

} // namespace

ConversationPane::ConversationPane(store::CacheReader& reader, QWidget* parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("conversationPane"));
    m_emptyPage = makeEmptyStatePage(tr("Select a conversation"),
                                     tr("Pick one in the inbox to read its thread here."));
    m_errorPage = new ErrorStatePage;
    m_threadPage = makeThreadPage();
    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(m_errorPage);
    m_pages->addWidget(m_threadPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
}

QWidget* ConversationPane::makeThreadPage()
{
    auto* page = new QWidget;
    m_header = new ConversationHeader;
    m_header->setObjectName(QStringLiteral("conversationHeader"));
    m_model = new ThreadModel(this);
    m_view = new ThreadView(m_model);
    auto* rule = new QFrame;
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::Mid);
    m_actions = new ConversationActions;
    m_actions->hide();
    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("conversationNotice"));
    m_notice->setWordWrap(true);
    m_notice->setContentsMargins(12, 6, 12, 6);
    m_notice->setAutoFillBackground(true);
    m_notice->setBackgroundRole(QPalette::ToolTipBase);
    m_notice->setForegroundRole(QPalette::ToolTipText);
    m_notice->hide();
    m_presence = new QLabel;
    m_presence->setObjectName(QStringLiteral("presenceLine"));
    m_presence->setContentsMargins(12, 2, 12, 2);
    m_presence->setForegroundRole(QPalette::Link);
    m_presence->hide();
    m_composer = new ReplyComposer;
    m_composer->setObjectName(QStringLiteral("replyComposer"));
    m_composer->hide();
    connect(m_composer, &ReplyComposer::edited, this,
            [this] { emit composerEdited(m_composer->conversationId()); });
    connect(m_composer, &ReplyComposer::submitted, this,
            [this](const QString& id, ReplyComposer::Mode mode, const QString& text) {
                m_notice->hide();
                if (mode == ReplyComposer::Mode::Note)
                    emit noteSubmitted(id, text);
                else
                    emit replySubmitted(id, text);
            });
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_actions);
    layout->addWidget(m_presence);
    layout->addWidget(rule);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_notice);
    layout->addWidget(m_composer);
    return page;
}

void ConversationPane::setPresence(const QVector<PresenceEntry>& others)
{
    QStringList typing;
    QStringList viewing;
    for (const PresenceEntry& entry : others)
        (entry.state == PresenceEntry::State::Typing ? typing : viewing) << entry.name;
    QStringList parts;
    if (!typing.isEmpty())
        parts << tr("Writing a reply: %1").arg(QLocale().createSeparatedList(typing));
    if (!viewing.isEmpty())
        parts << tr("Also here: %1").arg(QLocale().createSeparatedList(viewing));
    m_presence->setText(parts.join(QStringLiteral(" · ")));
    m_presence->setVisible(!parts.isEmpty());
}

QString ConversationPane::presenceText() const
{
    return m_presence->isVisible() ? m_presence->text() : QString();
}

void ConversationPane::setAgent(const domain::Agent& agent)
{
    m_agent = agent;
    if (auto teams = m_reader.teams())
        m_actions->setTeams(std::move(*teams));
    if (!m_conversationId.isEmpty())
        showConversation(m_conversationId);
}

void ConversationPane::setPendingLookup(std::function<QSet<QString>(const QString&)> lookup)
{
    m_pendingLookup = std::move(lookup);
    refreshPending();
}

void ConversationPane::refreshPending()
{
    if (m_pendingLookup && !m_conversationId.isEmpty())
        m_model->setPendingIds(m_pendingLookup(m_conversationId));
}

void ConversationPane::showNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

bool ConversationPane::mayChange(const domain::Conversation& conversation) const
{
    if (!m_agent)
        return false;
    if (m_agent->role == domain::Role::Supervisor)
        return true;
    const auto& teams = m_agent->teamIds;
    return std::find(teams.begin(), teams.end(), conversation.teamId) != teams.end();
}

void ConversationPane::showConversation(const QString& conversationId)
{
    if (conversationId.isEmpty()) {
        clear();
        return;
    }
    const std::string id = conversationId.toStdString();
    auto conversation = m_reader.conversation(id);
    if (!conversation) {
        showError(conversation.error());
        return;
    }
    auto row = m_reader.inboxRow(id);
    if (!row) {
        showError(row.error());
        return;
    }
    auto messages = m_reader.messages(id);
    if (!messages) {
        showError(messages.error());
        return;
    }

    const bool refresh = conversationId == m_conversationId
                         && m_pages->currentWidget() == m_threadPage;
    if (!refresh) {
        m_notice->hide();
        m_presence->hide(); // the shell sets the new conversation's presence next
    }
    m_conversationId = conversationId;
    m_header->setConversation(*conversation, *row, QDateTime::currentDateTime());
    const bool writable = mayChange(*conversation);
    m_actions->setVisible(m_agent.has_value());
    if (m_agent)
        m_actions->setConversation(*conversation, QString::fromStdString(m_agent->id), writable);
    m_composer->setVisible(writable);
    if (writable)
        m_composer->setConversation(conversationId, QString::fromStdString(row->customerName),
                                    conversation->channel,
                                    conversation->network);
    if (m_pages->currentWidget() != m_threadPage) {
        m_pages->setCurrentWidget(m_threadPage);
        // A page shown for the first time still has its old size; give the view its real
        // width now so a long thread is measured once, not once more after the next layout.
        m_threadPage->setGeometry(m_pages->contentsRect());
    }
    m_model->setMessages(std::move(*messages));
    refreshPending();
    if (!refresh) {
        m_view->setCurrentIndex({});
        m_view->scrollToNewest();
    }
}

void ConversationPane::clear()
{
    m_conversationId.clear();
    m_model->clear();
    m_notice->hide();
    m_presence->hide();
    m_pages->setCurrentWidget(m_emptyPage);
}

void ConversationPane::showError(const domain::Error& error)
{
    qCWarning(lcConversation) << "reading a conversation failed:" << int(error.code)
                              << error.detail.c_str();
    m_conversationId.clear();
    m_model->clear();
    m_errorPage->setMessage(readErrorText(error));
    m_pages->setCurrentWidget(m_errorPage);
}

} // namespace concord::ui
