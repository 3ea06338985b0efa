#pragma once
// The messages of one conversation, in time order, as a list model for the thread view.
// Holds the domain values and words them on demand through roles, so a 1,000-message thread
// costs one vector copy and no per-row objects.

#include "domain/Message.h"

#include <QAbstractListModel>
#include <QSet>
#include <QDateTime>

#include <vector>

namespace concord::ui {

class ThreadModel : public QAbstractListModel {
    Q_OBJECT
public:
    // How a row is drawn: bubbles for what people wrote, cards for calls and visits, a small
    // centred line for other system events (assignments, transfers, status changes).
    enum class Kind { Inbound, Outbound, Note, CallEvent, VisitEvent, SystemEvent };
    Q_ENUM(Kind)

    enum Role {
        KindRole = Qt::UserRole + 1, // ThreadModel::Kind as int
        MessageIdRole,
        DirectionRole,   // domain::Direction as int
        AuthorRole,      // QString; empty for system events
        BodyRole,        // QString
        SentAtRole,      // QDateTime, local time
        TimeTextRole,    // QString, short time of day for the locale
        DayBreakRole,    // bool: first message of a calendar day (the view shows the date)
        DayTextRole,     // QString, the day in long form
        EmailSubjectRole,
        EmailFromRole,
        EmailToRole,
        EmailCcRole,
        CallDurationRole,     // int seconds
        CallDurationTextRole, // QString
        CallOutcomeRole,      // domain::CallOutcome as int
        CallOutcomeTextRole,  // QString
        IvrPathRole,          // QString, menu choices joined with " › "
        QueueRole,
        VisitBranchRole,
        VisitPurposeRole,
        VisitDurationRole,     // int minutes
        VisitDurationTextRole, // QString
        TitleRole,       // QString: the e-mail's subject; "Incoming call · Answered" ...
        DetailLinesRole, // QStringList: From/To/Cc; call duration, IVR, queue; visit purpose
        CopyTextRole,          // QString: the message as plain text for the clipboard
        PendingRole            // bool: the agent's message the hub has not confirmed yet
    };

    explicit ThreadModel(QObject* parent = nullptr);

    // Replaces the thread. When the new thread only appends to the current one (the same
    // conversation refreshed), rows are inserted instead of a reset, so the view keeps its
    // place.
    void setMessages(std::vector<domain::Message> messages);
    void clear();
    const domain::Message* messageAt(int row) const;
    // The agent's messages still in the outbox: their time reads "waiting to send".
    void setPendingIds(QSet<QString> ids);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static Kind kindOf(const domain::Message& message);

private:
    bool isAppendOf(const std::vector<domain::Message>& messages) const;
    // Local times are worked out once per row: converting to local time is costly and the
    // delegate asks for them on every measurement.
    void computeLocalTimes(std::size_t from);
    QVariant eventData(const domain::Message& message, int role) const;
    QString copyText(const domain::Message& message) const;

    std::vector<domain::Message> m_messages;
    std::vector<QDateTime> m_localTimes; // by row
    QSet<QString> m_pending;
};

} // namespace concord::ui
