#pragma once
// The top of the conversation pane: channel, subject, status and priority chips, and who and
// when (customer, team, assignee, created, SLA). Colours follow the palette, also when it
// changes while the header is shown.

#include "domain/Conversation.h"
#include "store/InboxQuery.h"

#include <QDateTime>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace concord::ui {

class ConversationHeader : public QWidget {
    Q_OBJECT
public:
    explicit ConversationHeader(QWidget* parent = nullptr);

    // `row` brings the names (customer, team, assignee) that the conversation holds as ids.
    void setConversation(const domain::Conversation& conversation, const store::InboxRow& row,
                         const QDateTime& now);

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* addField(QGridLayout* grid, int row, int column, const QString& caption,
                     const QString& objectName, int columnSpan = 1);
    void applyColors();

    QLabel* m_channelIcon = nullptr;
    QLabel* m_channel = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_priority = nullptr;
    QLabel* m_subject = nullptr;
    QLabel* m_customer = nullptr;
    QLabel* m_team = nullptr;
    QLabel* m_assignee = nullptr;
    QLabel* m_created = nullptr;
    QLabel* m_sla = nullptr;
    domain::Conversation m_conversation;
    QDateTime m_now;
};

} // namespace concord::ui
