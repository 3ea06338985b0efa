#include "ThreadModel.h"

#include "common/DomainText.h"
#include "common/Formatting.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace concord::ui {
namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QString ivrText(const domain::CallDetail& call)
{
    QStringList steps;
    steps.reserve(int(call.ivrPath.size()));
    for (const std::string& step : call.ivrPath)
        steps << qs(step);
    return steps.join(QStringLiteral(" › "));
}

QString visitDurationText(int minutes)
{
    return minutes > 0 ? ThreadModel::tr("%1 min").arg(QLocale().toString(minutes)) : QString();
}

QString callTitle(const domain::Message& m)
{
    QString what = ThreadModel::tr("Call");
    if (m.direction == domain::Direction::Inbound)
        what = ThreadModel::tr("Incoming call");
    else if (m.direction == domain::Direction::Outbound)
        what = ThreadModel::tr("Outgoing call");
    return ThreadModel::tr("%1 · %2").arg(what, DomainText::callOutcome(m.call->outcome));
}

QString visitTitle(const domain::Message& m)
{
    if (m.visit->branch.empty())
        return ThreadModel::tr("Visit");
    return ThreadModel::tr("Visit · %1").arg(qs(m.visit->branch));
}

QStringList callLines(const domain::CallDetail& call)
{
    QStringList lines;
    if (call.durationSeconds > 0)
        lines << ThreadModel::tr("Duration: %1").arg(Formatting::duration(call.durationSeconds));
    if (!call.ivrPath.empty())
        lines << ThreadModel::tr("IVR: %1").arg(ivrText(call));
    if (!call.queue.empty())
        lines << ThreadModel::tr("Queue: %1").arg(qs(call.queue));
    return lines;
}

QStringList visitLines(const domain::VisitDetail& visit)
{
    QStringList lines;
    if (!visit.purpose.empty())
        lines << ThreadModel::tr("Purpose: %1").arg(qs(visit.purpose));
    if (visit.durationMinutes > 0)
        lines << ThreadModel::tr("Duration: %1").arg(visitDurationText(visit.durationMinutes));
    return lines;
}

QStringList emailLines(const domain::EmailDetail& email)
{
    QStringList lines;
    if (!email.from.empty())
        lines << ThreadModel::tr("From: %1").arg(qs(email.from));
    if (!email.to.empty())
        lines << ThreadModel::tr("To: %1").arg(qs(email.to));
    if (!email.cc.empty())
        lines << ThreadModel::tr("Cc: %1").arg(qs(email.cc));
    return lines;
}

} // namespace

ThreadModel::ThreadModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

ThreadModel::Kind ThreadModel::kindOf(const domain::Message& message)
{
    // Calls and visits are events whatever their direction: they are drawn as cards.
    if (message.call)
        return Kind::CallEvent;
    if (message.visit)
        return Kind::VisitEvent;
    switch (message.direction) {
    case domain::Direction::Inbound: return Kind::Inbound;
    case domain::Direction::Outbound: return Kind::Outbound;
    case domain::Direction::Note: return Kind::Note;
    case domain::Direction::Event: break;
    }
    return Kind::SystemEvent;
}

void ThreadModel::setMessages(std::vector<domain::Message> messages)
{
    if (!m_messages.empty() && isAppendOf(messages)) {
        if (messages.size() == m_messages.size())
            return;
        const int first = int(m_messages.size());
        beginInsertRows({}, first, int(messages.size()) - 1);
        m_messages = std::move(messages);
        computeLocalTimes(std::size_t(first));
        endInsertRows();
        return;
    }
    beginResetModel();
    m_messages = std::move(messages);
    m_localTimes.clear();
    computeLocalTimes(0);
    endResetModel();
}

void ThreadModel::clear()
{
    if (m_messages.empty())
        return;
    beginResetModel();
    m_messages.clear();
    m_localTimes.clear();
    endResetModel();
}

void ThreadModel::setPendingIds(QSet<QString> ids)
{
    if (ids == m_pending)
        return;
    const QSet<QString> changed = (ids - m_pending) + (m_pending - ids);
    m_pending = std::move(ids);
    // Pending messages are the agent's latest: walk from the newest end.
    int left = int(changed.size());
    for (int row = int(m_messages.size()) - 1; row >= 0 && left > 0; --row) {
        if (!changed.contains(qs(m_messages[std::size_t(row)].id)))
            continue;
        --left;
        const QModelIndex at = index(row);
        emit dataChanged(at, at, {TimeTextRole, PendingRole});
    }
}

const domain::Message* ThreadModel::messageAt(int row) const
{
    if (row < 0 || row >= int(m_messages.size()))
        return nullptr;
    return &m_messages[std::size_t(row)];
}

bool ThreadModel::isAppendOf(const std::vector<domain::Message>& messages) const
{
    if (messages.size() < m_messages.size())
        return false;
    for (std::size_t i = 0; i < m_messages.size(); ++i) {
        if (messages[i].id != m_messages[i].id)
            return false;
    }
    return true;
}

int ThreadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

void ThreadModel::computeLocalTimes(std::size_t from)
{
    m_localTimes.resize(from);
    m_localTimes.reserve(m_messages.size());
    for (std::size_t i = from; i < m_messages.size(); ++i)
        m_localTimes.push_back(Formatting::toDateTime(m_messages[i].sentAt));
}

QVariant ThreadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = std::size_t(index.row());
    const domain::Message& m = m_messages[row];
    const QDateTime& local = m_localTimes[row];
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole: return qs(m.body);
    case Qt::ToolTipRole: return Formatting::longDateTime(m.sentAt);
    case KindRole: return int(kindOf(m));
    case MessageIdRole: return qs(m.id);
    case DirectionRole: return int(m.direction);
    case AuthorRole: return qs(m.authorName);
    case SentAtRole: return local;
    case TimeTextRole:
        if (m_pending.contains(qs(m.id)))
            return tr("%1 · waiting to send").arg(Formatting::clockTime(local.time()));
        return Formatting::clockTime(local.time());
    case PendingRole: return m_pending.contains(qs(m.id));
    case DayBreakRole: return row == 0 || m_localTimes[row - 1].date() != local.date();
    case DayTextRole: return QLocale().toString(local.date(), QLocale::LongFormat);
    case EmailSubjectRole: return m.email ? qs(m.email->subject) : QString();
    case EmailFromRole: return m.email ? qs(m.email->from) : QString();
    case EmailToRole: return m.email ? qs(m.email->to) : QString();
    case EmailCcRole: return m.email ? qs(m.email->cc) : QString();
    default: return eventData(m, role);
    }
}

QVariant ThreadModel::eventData(const domain::Message& m, int role) const
{
    switch (role) {
    case CallDurationRole: return m.call ? QVariant(m.call->durationSeconds) : QVariant();
    case CallDurationTextRole:
        return m.call ? Formatting::duration(m.call->durationSeconds) : QString();
    case CallOutcomeRole: return m.call ? QVariant(int(m.call->outcome)) : QVariant();
    case CallOutcomeTextRole: return m.call ? DomainText::callOutcome(m.call->outcome) : QString();
    case IvrPathRole: return m.call ? ivrText(*m.call) : QString();
    case QueueRole: return m.call ? qs(m.call->queue) : QString();
    case VisitBranchRole: return m.visit ? qs(m.visit->branch) : QString();
    case VisitPurposeRole: return m.visit ? qs(m.visit->purpose) : QString();
    case VisitDurationRole: return m.visit ? QVariant(m.visit->durationMinutes) : QVariant();
    case VisitDurationTextRole:
        return m.visit ? visitDurationText(m.visit->durationMinutes) : QString();
    case TitleRole:
        if (m.call)
            return callTitle(m);
        if (m.visit)
            return visitTitle(m);
        return m.email ? qs(m.email->subject) : QString();
    case DetailLinesRole:
        if (m.call)
            return callLines(*m.call);
        if (m.visit)
            return visitLines(*m.visit);
        return m.email ? emailLines(*m.email) : QStringList();
    case CopyTextRole: return copyText(m);
    default: return {};
    }
}

QString ThreadModel::copyText(const domain::Message& m) const
{
    QStringList parts;
    QString heading = Formatting::longDateTime(m.sentAt);
    if (!m.authorName.empty())
        heading = tr("%1, %2").arg(qs(m.authorName), heading);
    if (m.direction == domain::Direction::Note)
        heading = tr("Internal note: %1").arg(heading);
    parts << heading;
    if (m.call || m.visit) {
        parts << (m.call ? callTitle(m) : visitTitle(m));
        parts << (m.call ? callLines(*m.call) : visitLines(*m.visit));
    }
    if (m.email) {
        if (!m.email->subject.empty())
            parts << tr("Subject: %1").arg(qs(m.email->subject));
        parts << emailLines(*m.email);
    }
    if (!m.body.empty())
        parts << QString() << qs(m.body);
    return parts.join(QLatin1Char('\n'));
}

QHash<int, QByteArray> ThreadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(MessageIdRole, "messageId");
    names.insert(DirectionRole, "direction");
    names.insert(AuthorRole, "author");
    names.insert(BodyRole, "body");
    names.insert(SentAtRole, "sentAt");
    names.insert(TimeTextRole, "timeText");
    names.insert(PendingRole, "pending");
    names.insert(DayBreakRole, "dayBreak");
    names.insert(DayTextRole, "dayText");
    names.insert(EmailSubjectRole, "emailSubject");
    names.insert(EmailFromRole, "emailFrom");
    names.insert(EmailToRole, "emailTo");
    names.insert(EmailCcRole, "emailCc");
    names.insert(CallDurationRole, "callDuration");
    names.insert(CallDurationTextRole, "callDurationText");
    names.insert(CallOutcomeRole, "callOutcome");
    names.insert(CallOutcomeTextRole, "callOutcomeText");
    names.insert(IvrPathRole, "ivrPath");
    names.insert(QueueRole, "queue");
    names.insert(VisitBranchRole, "visitBranch");
    names.insert(VisitPurposeRole, "visitPurpose");
    names.insert(VisitDurationRole, "visitDuration");
    names.insert(VisitDurationTextRole, "visitDurationText");
    names.insert(TitleRole, "title");
    names.insert(DetailLinesRole, "detailLines");
    names.insert(CopyTextRole, "copyText");
    return names;
}

} // namespace concord::ui
