#include "CustomerHistoryModel.h"

#include "common/ChannelIcons.h"
#include "common/Colors.h"
#include "common/DomainText.h"
#include "common/Formatting.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QStringList>

#include <algorithm>

namespace concord::ui {
namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QColor currentRowTint(const QPalette& palette)
{
    QColor tint = palette.color(QPalette::Highlight);
    tint.setAlphaF(isDark(palette) ? 0.28f : 0.14f);
    return tint;
}

} // namespace

CustomerHistoryModel::CustomerHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CustomerHistoryModel::setHistory(std::vector<store::HistoryRow> rows,
                                      const QString& currentConversationId,
                                      const QDateTime& now)
{
    // Newest first is what the user reads; keep it even if a source orders otherwise.
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return a.lastActivity > b.lastActivity;
    });
    beginResetModel();
    m_rows = std::move(rows);
    m_current = currentConversationId;
    m_now = now;
    endResetModel();
}

void CustomerHistoryModel::setCurrentConversation(const QString& conversationId)
{
    if (conversationId == m_current)
        return;
    const int before = rowOf(m_current);
    m_current = conversationId;
    emitRowChanged(before);
    emitRowChanged(rowOf(m_current));
}

void CustomerHistoryModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_current.clear();
    endResetModel();
}

void CustomerHistoryModel::emitRowChanged(int row)
{
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString CustomerHistoryModel::conversationIdAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return {};
    return qs(m_rows[std::size_t(row)].conversationId);
}

int CustomerHistoryModel::rowOf(const QString& conversationId) const
{
    if (conversationId.isEmpty())
        return -1;
    const std::string id = conversationId.toStdString();
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [&id](const auto& row) { return row.conversationId == id; });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

int CustomerHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomerHistoryModel::surveyText(const domain::SurveyAnswers& survey)
{
    const QLocale locale;
    QStringList parts;
    if (survey.csat)
        parts << tr("CSAT %1/5").arg(locale.toString(*survey.csat));
    if (survey.nps)
        parts << tr("NPS %1").arg(locale.toString(*survey.nps));
    if (survey.ces)
        parts << tr("CES %1/7").arg(locale.toString(*survey.ces));
    return parts.join(QStringLiteral(" · "));
}

QVariant CustomerHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::HistoryRow& row = m_rows[std::size_t(index.row())];
    const bool current = !m_current.isEmpty() && qs(row.conversationId) == m_current;
    switch (role) {
    case Qt::DisplayRole: return displayData(row, index.column());
    case Qt::DecorationRole: return decorationData(row, index.column());
    case Qt::ToolTipRole: return toolTip(row);
    case Qt::FontRole:
        if (current) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        return current ? QBrush(currentRowTint(QGuiApplication::palette())) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return QBrush(statusColor(row.status, QGuiApplication::palette()));
        return {};
    case ConversationIdRole: return qs(row.conversationId);
    case ChannelRole: return int(row.channel);
    case StatusRole: return int(row.status);
    case LastActivityRole: return Formatting::toDateTime(row.lastActivity);
    case IsCurrentRole: return current;
    case SurveyTextRole: return surveyText(row.survey);
    default: return {};
    }
}

QVariant CustomerHistoryModel::displayData(const store::HistoryRow& row, int column) const
{
    switch (column) {
    case ChannelColumn: return DomainText::channel(row.channel, row.network);
    case DateColumn: return Formatting::compactDateTime(row.lastActivity, m_now);
    case SubjectColumn: return row.subject.empty() ? tr("(no subject)") : qs(row.subject);
    case StatusColumn: return DomainText::status(row.status);
    case SurveyColumn: return surveyText(row.survey);
    default: return {};
    }
}

QVariant CustomerHistoryModel::decorationData(const store::HistoryRow& row, int column) const
{
    if (column != ChannelColumn)
        return {};
    return row.channel == domain::Channel::Social ? socialNetworkIcon(row.network)
                                                  : channelIcon(row.channel);
}

QString CustomerHistoryModel::toolTip(const store::HistoryRow& row) const
{
    QStringList lines;
    lines << (row.subject.empty() ? tr("(no subject)") : qs(row.subject));
    lines << tr("Started %1").arg(Formatting::longDateTime(row.created));
    lines << tr("Last activity %1").arg(Formatting::longDateTime(row.lastActivity));
    if (!row.teamName.empty())
        lines << tr("Team: %1").arg(qs(row.teamName));
    lines << tr("Assignee: %1")
                 .arg(row.assigneeName.empty() ? tr("Unassigned") : qs(row.assigneeName));
    lines << tr("%n message(s)", nullptr, row.messageCount);
    if (qs(row.conversationId) == m_current)
        lines << tr("Open in the conversation pane");
    return lines.join(QLatin1Char('\n'));
}

QVariant CustomerHistoryModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChannelColumn: return tr("Channel");
    case DateColumn: return tr("Date");
    case SubjectColumn: return tr("Subject");
    case StatusColumn: return tr("Status");
    case SurveyColumn: return tr("Survey");
    default: return {};
    }
}

} // namespace concord::ui
