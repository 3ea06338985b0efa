#include "ConversationHeader.h"

#include "ColorMix.h"
#include "common/ChannelIcons.h"
#include "common/Colors.h"
#include "common/DomainText.h"
#include "common/Formatting.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace concord::ui {
namespace {

constexpr int kIconSize = 18;

// A rounded chip tinted with the meaning colour; the text keeps the palette's own colour so
// it stays readable on light and dark palettes alike.
void styleChip(QLabel* chip, const QColor& color, const QPalette& palette)
{
    const QColor fill = mixColors(palette.color(QPalette::Window), color, 0.22);
    chip->setStyleSheet(QStringLiteral("QLabel { background: %1; border: 1px solid %2;"
                                       " border-radius: 9px; padding: 1px 8px; }")
                            .arg(fill.name(), color.name()));
}

QLabel* makeChip(const QString& objectName)
{
    auto* chip = new QLabel;
    chip->setObjectName(objectName);
    QFont font = chip->font();
    font.setBold(true);
    chip->setFont(font);
    return chip;
}

} // namespace

ConversationHeader::ConversationHeader(QWidget* parent)
    : QWidget(parent)
    , m_channelIcon(new QLabel)
    , m_channel(new QLabel)
    , m_status(makeChip(QStringLiteral("headerStatus")))
    , m_priority(makeChip(QStringLiteral("headerPriority")))
    , m_subject(new QLabel)
{
    m_channel->setObjectName(QStringLiteral("headerChannel"));
    m_channel->setForegroundRole(QPalette::PlaceholderText);
    m_subject->setObjectName(QStringLiteral("headerSubject"));
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont subjectFont = m_subject->font();
    subjectFont.setBold(true);
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.25);
    m_subject->setFont(subjectFont);

    auto* top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_channelIcon);
    top->addWidget(m_channel);
    top->addStretch(1);
    top->addWidget(m_status);
    top->addWidget(m_priority);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(0);
    m_customer = addField(grid, 0, 0, tr("Customer"), QStringLiteral("headerCustomer"));
    m_team = addField(grid, 0, 1, tr("Team"), QStringLiteral("headerTeam"));
    m_assignee = addField(grid, 0, 2, tr("Assignee"), QStringLiteral("headerAssignee"));
    // The long creation date gets two columns, so it is rarely cut.
    m_created = addField(grid, 1, 0, tr("Created"), QStringLiteral("headerCreated"), 2);
    m_sla = addField(grid, 1, 2, tr("SLA"), QStringLiteral("headerSla"));
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_subject);
    layout->addLayout(grid);
}

QLabel* ConversationHeader::addField(QGridLayout* grid, int row, int column,
                                     const QString& caption, const QString& objectName,
                                     int columnSpan)
{
    auto* captionLabel = new QLabel(caption);
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont small = captionLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    captionLabel->setFont(small);
    auto* value = new QLabel;
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long names are cut rather than widening the pane; the tooltip has them whole.
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    grid->addWidget(captionLabel, row * 2, column, 1, columnSpan);
    grid->addWidget(value, row * 2 + 1, column, 1, columnSpan);
    if (row > 0)
        grid->setRowMinimumHeight(row * 2, captionLabel->sizeHint().height() + 6);
    return value;
}

void ConversationHeader::setConversation(const domain::Conversation& conversation,
                                         const store::InboxRow& row, const QDateTime& now)
{
    m_conversation = conversation;
    m_now = now;
    const QIcon icon = conversation.channel == domain::Channel::Social
                           ? socialNetworkIcon(conversation.network)
                           : channelIcon(conversation.channel);
    m_channelIcon->setPixmap(icon.pixmap(kIconSize, kIconSize));
    m_channel->setText(DomainText::channel(conversation.channel, conversation.network));
    m_subject->setText(conversation.subject.empty()
                           ? tr("(no subject)")
                           : QString::fromStdString(conversation.subject));
    m_status->setText(DomainText::status(conversation.status));
    m_priority->setText(DomainText::priority(conversation.priority));

    auto setValue = [](QLabel* label, const QString& text) {
        label->setText(text);
        label->setToolTip(text);
    };
    setValue(m_customer, QString::fromStdString(row.customerName));
    setValue(m_team, row.teamName.empty() ? tr("No team") : QString::fromStdString(row.teamName));
    setValue(m_assignee, row.assigneeName.empty() ? tr("Unassigned")
                                                  : QString::fromStdString(row.assigneeName));
    setValue(m_created, Formatting::longDateTime(conversation.created));
    if (conversation.slaDue && domain::isActive(conversation.status))
        setValue(m_sla, Formatting::slaText(*conversation.slaDue, now));
    else
        setValue(m_sla, tr("None"));
    applyColors();
}

void ConversationHeader::applyColors()
{
    const QPalette& pal = palette();
    styleChip(m_status, statusColor(m_conversation.status, pal), pal);
    styleChip(m_priority, priorityColor(m_conversation.priority, pal), pal);
    QPalette slaPalette = pal;
    const SlaState state = domain::isActive(m_conversation.status)
                               ? slaState(m_conversation.slaDue, m_now)
                               : SlaState::None;
    if (state == SlaState::DueSoon || state == SlaState::Breached)
        slaPalette.setColor(QPalette::WindowText, slaColor(state, pal));
    m_sla->setPalette(slaPalette);
    QFont slaFont = font();
    slaFont.setBold(state == SlaState::Breached);
    m_sla->setFont(slaFont);
}

void ConversationHeader::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyColors();
    QWidget::changeEvent(event);
}

} // namespace concord::ui
