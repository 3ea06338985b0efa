#include "Formatting.h"

#include <QLocale>
#include <QRegularExpression>

namespace concord::ui {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kDueSoonMs = kHour * 1000;

// Two digits in the locale's own zero, for the smaller unit of "4 min 05 s".
QString twoDigits(qint64 value)
{
    const QLocale locale;
    return locale.toString(value).rightJustified(2, locale.zeroDigit().front());
}

qint64 msecsFrom(const QDateTime& now, domain::Timestamp t)
{
    return domain::toEpochMs(t) - now.toMSecsSinceEpoch();
}

} // namespace

QString Formatting::clockTime(const QTime& time)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.,]?s+"));
    format.remove(seconds);
    return locale.toString(time, format);
}

QDateTime Formatting::toDateTime(domain::Timestamp t)
{
    return QDateTime::fromMSecsSinceEpoch(domain::toEpochMs(t), Qt::LocalTime);
}

QString Formatting::compactDateTime(domain::Timestamp t, const QDateTime& now)
{
    const QLocale locale;
    const QDateTime when = toDateTime(t);
    const QDate day = when.date();
    const QDate today = now.toLocalTime().date();
    if (day == today)
        return clockTime(when.time());
    const qint64 daysBack = day.daysTo(today);
    if (daysBack == 1)
        return tr("Yesterday");
    if (daysBack > 1 && daysBack < 7)
        return locale.dayName(day.dayOfWeek(), QLocale::LongFormat);
    return locale.toString(day, QLocale::ShortFormat);
}

QString Formatting::longDateTime(domain::Timestamp t)
{
    const QLocale locale;
    const QDateTime when = toDateTime(t);
    return tr("%1, %2", "long date, then time")
        .arg(locale.toString(when.date(), QLocale::LongFormat),
             clockTime(when.time()));
}

QString Formatting::duration(int seconds)
{
    const QLocale locale;
    const qint64 s = qMax(0, seconds);
    if (s < kMinute)
        return tr("%1 s", "seconds").arg(locale.toString(s));
    if (s < kHour)
        return tr("%1 min %2 s").arg(locale.toString(s / kMinute), twoDigits(s % kMinute));
    return tr("%1 h %2 min").arg(locale.toString(s / kHour), twoDigits(s % kHour / kMinute));
}

QString Formatting::slaText(domain::Timestamp due, const QDateTime& now)
{
    // Rounded down both ways: a badge never promises more time than is left.
    const qint64 leftMs = msecsFrom(now, due);
    const qint64 span = (leftMs >= 0 ? leftMs : -leftMs) / 1000;
    const QLocale locale;
    QString amount;
    if (span < kMinute)
        amount = tr("<1 min");
    else if (span < kHour)
        amount = tr("%1 min").arg(locale.toString(span / kMinute));
    else if (span < 2 * kDay)
        amount = tr("%1 h").arg(locale.toString(span / kHour));
    else
        amount = tr("%1 d", "days").arg(locale.toString(span / kDay));
    return leftMs >= 0 ? tr("due in %1").arg(amount) : tr("breached %1 ago").arg(amount);
}

QString Formatting::number(qint64 value)
{
    return QLocale().toString(value);
}

QString Formatting::decimal(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

SlaState slaState(const std::optional<domain::Timestamp>& due, const QDateTime& now)
{
    if (!due)
        return SlaState::None;
    const qint64 leftMs = msecsFrom(now, *due);
    if (leftMs < 0)
        return SlaState::Breached;
    if (leftMs <= kDueSoonMs)
        return SlaState::DueSoon;
    return SlaState::Ok;
}

} // namespace concord::ui
