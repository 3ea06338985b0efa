#include "ReplyComposer.h"

#include "common/DomainText.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace concord::ui {
namespace {

QPushButton* makeTab(const QString& text, const QString& objectName)
{
    auto* tab = new QPushButton(text);
    tab->setObjectName(objectName);
    tab->setCheckable(true);
    tab->setFlat(true);
    tab->setFocusPolicy(Qt::NoFocus); // the editor keeps the keyboard
    return tab;
}

} // namespace

ReplyComposer::ReplyComposer(QWidget* parent)
    : QWidget(parent)
    , m_replyTab(makeTab(tr("Reply"), QStringLiteral("composerReplyTab")))
    , m_noteTab(makeTab(tr("Internal note"), QStringLiteral("composerNoteTab")))
    , m_editor(new QPlainTextEdit)
    , m_hint(new QLabel)
    , m_send(new QPushButton)
{
    setObjectName(QStringLiteral("replyComposer"));
    m_editor->setObjectName(QStringLiteral("composerEditor"));
    m_editor->setTabChangesFocus(true);
    m_editor->installEventFilter(this);
    m_hint->setObjectName(QStringLiteral("composerHint"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_send->setObjectName(QStringLiteral("composerSend"));
    m_send->setDefault(true);

    auto* group = new QButtonGroup(this);
    group->addButton(m_replyTab);
    group->addButton(m_noteTab);
    connect(m_replyTab, &QPushButton::clicked, this, [this] { setMode(Mode::Reply); });
    connect(m_noteTab, &QPushButton::clicked, this, [this] { setMode(Mode::Note); });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        refresh();
        if (!m_restoring && m_mode == Mode::Reply && !m_editor->toPlainText().isEmpty())
            emit edited();
    });
    connect(m_send, &QPushButton::clicked, this, &ReplyComposer::submit);

    auto* tabs = new QHBoxLayout;
    tabs->setSpacing(4);
    tabs->addWidget(m_replyTab);
    tabs->addWidget(m_noteTab);
    tabs->addStretch(1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(m_send);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->setSpacing(6);
    layout->addLayout(tabs);
    layout->addWidget(m_editor, 1);
    layout->addLayout(bottom);
    // Room for a short reply; the thread above keeps most of the pane.
    const int line = m_editor->fontMetrics().lineSpacing();
    m_editor->setMinimumHeight(line * 3);
    m_editor->setMaximumHeight(line * 6);
    setEnabled(false);
    refresh();
}

void ReplyComposer::setConversation(const QString& conversationId, const QString& customerName,
                                    domain::Channel channel, domain::SocialNetwork network)
{
    const bool same = conversationId == m_conversationId;
    if (!same)
        saveDraft();
    m_conversationId = conversationId;
    m_customerName = customerName;
    m_channel = channel;
    m_network = network;
    if (same) { // the open conversation changed on the hub: the agent's typing stays put
        if (!canReply())
            m_mode = Mode::Note;
        refresh();
        return;
    }
    const Draft draft = m_drafts.take(conversationId);
    m_mode = canReply() ? draft.mode : Mode::Note;
    m_restoring = true;
    m_editor->setPlainText(draft.text);
    m_restoring = false;
    m_editor->moveCursor(QTextCursor::End);
    setEnabled(!conversationId.isEmpty());
    refresh();
}

void ReplyComposer::setMode(Mode mode)
{
    m_mode = (mode == Mode::Reply && !canReply()) ? Mode::Note : mode;
    refresh();
    m_editor->setFocus();
}

void ReplyComposer::focusEditor()
{
    m_editor->setFocus();
}

bool ReplyComposer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && key->modifiers().testFlag(Qt::ControlModifier)) {
            submit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReplyComposer::submit()
{
    const QString text = m_editor->toPlainText().trimmed();
    if (text.isEmpty() || m_conversationId.isEmpty())
        return;
    m_editor->clear();
    emit submitted(m_conversationId, m_mode, text);
}

void ReplyComposer::saveDraft()
{
    if (m_conversationId.isEmpty())
        return;
    const QString text = m_editor->toPlainText();
    if (text.trimmed().isEmpty())
        m_drafts.remove(m_conversationId);
    else
        m_drafts.insert(m_conversationId, Draft{m_mode, text});
}

bool ReplyComposer::canReply() const
{
    return m_channel != domain::Channel::Voice && m_channel != domain::Channel::Visit;
}

void ReplyComposer::refresh()
{
    const bool note = m_mode == Mode::Note;
    m_replyTab->setChecked(!note);
    m_noteTab->setChecked(note);
    m_replyTab->setEnabled(canReply());
    m_replyTab->setToolTip(canReply() ? QString()
                                      : tr("Calls and visits have no channel to reply on; "
                                           "write a note instead."));
    const QString channel = DomainText::channel(m_channel, m_network);
    m_editor->setPlaceholderText(
        note ? tr("Write an internal note: only colleagues see it.")
             : tr("Write to %1 (%2)…").arg(m_customerName, channel));
    m_send->setText(note ? tr("Add note") : tr("Send"));
    m_send->setEnabled(!m_editor->toPlainText().trimmed().isEmpty());
    m_hint->setText(note ? tr("Ctrl+Enter adds the note")
                         : tr("Ctrl+Enter sends by %1").arg(channel));
}

} // namespace concord::ui
