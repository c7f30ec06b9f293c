// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace hall {

/// Calendar rules of the hall. All civil-affairs dates are in Asia/Shanghai.
namespace halltime {

/// Asia/Shanghai; China has kept UTC+8 without daylight saving since 1991, so a fixed offset is
/// exact for every date this system handles and does not depend on the tz database being installed.
QTimeZone zone();

/// `utc` as local hall time.
QDateTime local(const QDateTime& utc);

/// A hall-local date and time as an absolute instant.
QDateTime at(QDate date, QTime time);

/// The business day an instant belongs to: the day starts at `rollover` (e.g. 03:00), so a ticket
/// taken at 01:00 still belongs to the previous day's queue.
QDate businessDay(const QDateTime& instant, QTime rollover);

/// ISO-8601 with the hall offset, e.g. "2026-11-24T09:30:00.000+08:00": what storage and the protocol use.
QString toIso(const QDateTime& instant);
/// local(instant).date() without converting the instant into a zone: a booking attempt asks for
/// today's date half a dozen times, at ~1,200 instructions each through Qt. Invalid: QDate().
QDate localDate(const QDateTime& instant);
/// "yyyy-MM-dd", what QDate::toString(Qt::ISODate) writes (~5,000 instructions through Qt's formatter,
/// on the path of every availability read).
QString isoDate(QDate date);
QDateTime fromIso(const QString& text);

} // namespace halltime
} // namespace hall
