#pragma once
// The customer at a glance: contacts per channel (icon and count), conversations, open ones,
// last contact and average CSAT with its number of answers. Figures carry object names
// ("contacts_email", "summaryOpen", ...) so tests and accessibility tools can find them.

#include "store/CustomerHistory.h"

#include <QDateTime>
#include <QWidget>

#include <array>

class QLabel;

namespace concord::ui {

class CustomerSummaryView : public QWidget {
    Q_OBJECT
public:
    explicit CustomerSummaryView(QWidget* parent = nullptr);

    // `now` anchors "last contact" ("Yesterday", a weekday, a date).
    void setSummary(const store::CustomerSummary& summary, const QDateTime& now);

private:
    QWidget* makeChannelCounts();

    std::array<QWidget*, 6> m_channelChips{};
    std::array<QLabel*, 6> m_channelCounts{};
    QLabel* m_conversations = nullptr;
    QLabel* m_open = nullptr;
    QLabel* m_lastContact = nullptr;
    QLabel* m_csat = nullptr;
    QLabel* m_csatAnswers = nullptr;
};

} // namespace concord::ui
