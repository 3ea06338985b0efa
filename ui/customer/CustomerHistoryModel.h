#pragma once
// Every conversation of one customer on every channel, newest activity first, as a table:
// channel, date, subject, status and survey score. The conversation open beside it is marked.

#include "store/CustomerHistory.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <vector>

namespace concord::ui {

class CustomerHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ChannelColumn, DateColumn, SubjectColumn, StatusColumn, SurveyColumn,
                  ColumnCount };
    Q_ENUM(Column)

    enum Role {
        ConversationIdRole = Qt::UserRole + 1, // QString, on every column
        ChannelRole,      // domain::Channel as int
        StatusRole,       // domain::Status as int
        LastActivityRole, // QDateTime, local time
        IsCurrentRole,    // bool: the conversation open in the conversation pane
        SurveyTextRole    // QString, e.g. "CSAT 4/5 · NPS 9"; empty without answers
    };

    explicit CustomerHistoryModel(QObject* parent = nullptr);

    // `now` anchors the compact dates ("Yesterday", weekday names).
    void setHistory(std::vector<store::HistoryRow> rows, const QString& currentConversationId,
                    const QDateTime& now = QDateTime::currentDateTime());
    void setCurrentConversation(const QString& conversationId);
    void clear();

    QString conversationIdAt(int row) const;
    int rowOf(const QString& conversationId) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString surveyText(const domain::SurveyAnswers& survey);

private:
    QVariant displayData(const store::HistoryRow& row, int column) const;
    QVariant decorationData(const store::HistoryRow& row, int column) const;
    QString toolTip(const store::HistoryRow& row) const;
    void emitRowChanged(int row);

    std::vector<store::HistoryRow> m_rows;
    QString m_current;
    QDateTime m_now;
};

} // namespace concord::ui
