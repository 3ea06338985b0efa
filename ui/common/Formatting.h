#pragma once
// Dates, times, durations and numbers formatted for the user's locale (QLocale()).

#include "Colors.h"
#include "domain/Time.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace concord::ui {

class Formatting {
    Q_DECLARE_TR_FUNCTIONS(Formatting)
public:
    static QDateTime toDateTime(domain::Timestamp t); // local time
    // Compact for lists: time today, "yesterday", weekday this week, short date older.
    static QString compactDateTime(domain::Timestamp t, const QDateTime& now);
    static QString longDateTime(domain::Timestamp t); // for headers: date and clock time
    // The locale's short clock time without seconds, even where its short form has them
    // (en_GB, C): a desk that ticks by the minute should not print seconds.
    static QString clockTime(const QTime& time);
    static QString duration(int seconds);              // "4 min 05 s"
    // SLA: "due in 25 min", "breached 2 h ago"; state decided against `now`.
    static QString slaText(domain::Timestamp due, const QDateTime& now);
    static QString number(qint64 value);
    static QString decimal(double value, int decimals);
};

// How an SLA due time stands against now; "due soon" is within the next hour.
SlaState slaState(const std::optional<domain::Timestamp>& due, const QDateTime& now);

} // namespace concord::ui
