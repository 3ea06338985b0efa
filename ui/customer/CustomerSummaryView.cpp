#include "CustomerSummaryView.h"

#include "PaneLabels.h"
#include "common/ChannelIcons.h"
#include "common/DomainText.h"
#include "common/Formatting.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace concord::ui {
namespace {

constexpr int kIconSize = 16;

QString channelObjectName(domain::Channel channel)
{
    return QStringLiteral("contacts_") + QString::fromLatin1(domain::toKey(channel));
}

} // namespace

CustomerSummaryView::CustomerSummaryView(QWidget* parent)
    : QWidget(parent)
    , m_conversations(customer::makeFigure(QStringLiteral("summaryConversations")))
    , m_open(customer::makeFigure(QStringLiteral("summaryOpen")))
    , m_lastContact(customer::makeFigure(QStringLiteral("summaryLastContact")))
    , m_csat(customer::makeFigure(QStringLiteral("summaryCsat")))
    , m_csatAnswers(customer::makeCaption({}))
{
    m_csatAnswers->setObjectName(QStringLiteral("summaryCsatAnswers"));

    auto* figures = new QGridLayout;
    figures->setHorizontalSpacing(24);
    figures->setVerticalSpacing(0);
    figures->addWidget(customer::makeCaption(tr("Conversations")), 0, 0);
    figures->addWidget(m_conversations, 1, 0);
    figures->addWidget(customer::makeCaption(tr("Open")), 0, 1);
    figures->addWidget(m_open, 1, 1);
    figures->setRowMinimumHeight(2, 8);
    figures->addWidget(customer::makeCaption(tr("Last contact")), 3, 0);
    figures->addWidget(m_lastContact, 4, 0);
    figures->addWidget(customer::makeCaption(tr("Average CSAT")), 3, 1);
    auto* csat = new QHBoxLayout;
    csat->setSpacing(8);
    csat->addWidget(m_csat);
    csat->addWidget(m_csatAnswers, 1);
    figures->addLayout(csat, 4, 1);
    figures->setColumnStretch(0, 1);
    figures->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(customer::makeSectionTitle(tr("Summary")));
    layout->addWidget(makeChannelCounts());
    layout->addLayout(figures);
}

QWidget* CustomerSummaryView::makeChannelCounts()
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    for (domain::Channel channel : domain::kAllChannels) {
        const auto i = std::size_t(channel);
        auto* chip = new QWidget;
        auto* chipLayout = new QHBoxLayout(chip);
        chipLayout->setContentsMargins(0, 0, 0, 0);
        chipLayout->setSpacing(4);
        auto* icon = new QLabel;
        icon->setPixmap(channelIcon(channel).pixmap(kIconSize, kIconSize));
        auto* count = new QLabel;
        count->setObjectName(channelObjectName(channel));
        chipLayout->addWidget(icon);
        chipLayout->addWidget(count);
        layout->addWidget(chip);
        m_channelChips[i] = chip;
        m_channelCounts[i] = count;
    }
    layout->addStretch(1);
    return row;
}

void CustomerSummaryView::setSummary(const store::CustomerSummary& summary, const QDateTime& now)
{
    const QLocale locale;
    for (domain::Channel channel : domain::kAllChannels) {
        const auto i = std::size_t(channel);
        const int contacts = summary.contactsPerChannel[i];
        m_channelCounts[i]->setText(locale.toString(contacts));
        m_channelChips[i]->setToolTip(
            tr("%1: %n conversation(s)", nullptr, contacts).arg(DomainText::channel(channel)));
        // Channels never used fade out, so the ones that matter stand out.
        m_channelChips[i]->setEnabled(contacts > 0);
    }
    m_conversations->setText(locale.toString(summary.conversations));
    m_open->setText(locale.toString(summary.openConversations));
    if (summary.lastContact) {
        m_lastContact->setText(Formatting::compactDateTime(*summary.lastContact, now));
        m_lastContact->setToolTip(Formatting::longDateTime(*summary.lastContact));
    } else {
        m_lastContact->setText(tr("Never"));
        m_lastContact->setToolTip({});
    }
    if (summary.averageCsat && summary.csatAnswers > 0) {
        m_csat->setText(tr("%1 / 5").arg(locale.toString(*summary.averageCsat, 'f', 1)));
        m_csatAnswers->setText(tr("%n answer(s)", nullptr, summary.csatAnswers));
    } else {
        m_csat->setText(tr("None"));
        m_csatAnswers->setText(tr("no answers yet"));
    }
}

} // namespace concord::ui
