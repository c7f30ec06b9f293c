#include "halltime.h"

namespace hall::halltime {

QTimeZone zone()
{
    static const QTimeZone z = QTimeZone(8 * 3600);
    return z;
}

QDateTime local(const QDateTime& utc)
{
    return utc.toTimeZone(zone());
}

QDateTime at(QDate date, QTime time)
{
    return QDateTime(date, time, zone());
}

QDate businessDay(const QDateTime& instant, QTime rollover)
{
    const QDateTime l = local(instant);
    return l.time() < rollover ? l.date().addDays(-1) : l.date();
}

QString toIso(const QDateTime& instant)
{
    return instant.isValid() ? local(instant).toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QString& text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace hall::halltime
