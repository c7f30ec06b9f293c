// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingrefusal.h"

#include "domain/errorretry.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

namespace hall {

namespace {

const QTimeZone& hallZone()
{
    static const QTimeZone zone(8 * 3600); // Asia/Shanghai, no daylight saving (see halltime.h)
    return zone;
}

} // namespace

BookingRefusal::Kind BookingRefusal::kindFor(const QString& code)
{
    static const QHash<QString, Kind> kinds{
        {QStringLiteral("SLOT_FULL"), Kind::Full},
        {QStringLiteral("RESOURCE_UNAVAILABLE"), Kind::Full},
        {QStringLiteral("NOT_YET_OPEN"), Kind::NotYetOpen},
        {QStringLiteral("BOOKING_CLOSED"), Kind::BookingClosed},
        {QStringLiteral("OFFICE_CLOSED"), Kind::OfficeClosed},
        {QStringLiteral("TYPE_NOT_OFFERED"), Kind::OfficeClosed},
        {QStringLiteral("UNKNOWN_SLOT"), Kind::OfficeClosed},
        {QStringLiteral("PENALTY_ACTIVE"), Kind::Penalty},
        {QStringLiteral("INVALID_ID_NUMBER"), Kind::InvalidId},
        {QStringLiteral("UNDER_AGE"), Kind::UnderAge},
        {QStringLiteral("SAME_PERSON"), Kind::SamePerson},
        {QStringLiteral("NOT_ONE_MAN_ONE_WOMAN"), Kind::NotOneManOneWoman},
        {QStringLiteral("ALREADY_BOOKED"), Kind::AlreadyBooked},
        {QStringLiteral("NO_DIVORCE_APPLICATION"), Kind::Divorce},
        {QStringLiteral("DIVORCE_PENDING"), Kind::Divorce},
        {QStringLiteral("OUTSIDE_DIVORCE_PERIOD"), Kind::Divorce},
        {QStringLiteral("UNKNOWN_BOOKING"), Kind::NotFound},
        {QStringLiteral("CANCEL_TOO_LATE"), Kind::CancelTooLate},
        {QStringLiteral("CHECK_IN_TOO_EARLY"), Kind::CheckInTooEarly},
        {QStringLiteral("CHECK_IN_TOO_LATE"), Kind::CheckInTooLate},
        {QStringLiteral("WRONG_COUPLE"), Kind::WrongCouple},
        {QStringLiteral("WRONG_TYPE"), Kind::WrongType},
        {QStringLiteral("WRONG_OFFICE"), Kind::WrongOffice},
        {QStringLiteral("INVALID_TRANSITION"), Kind::AlreadyDone},
    };
    if (mayNotHaveRun(code)) {
        return Kind::Unreachable;
    }
    return kinds.value(code, Kind::Other);
}

void BookingRefusal::readUntil(const QString& message)
{
    // Protocol v1 names the moment only in the message (docs/protocol.md, "Error codes of
    // booking"): "… 将于 2027-04-20 00:00 开放", "…，2027-06-01 前不能预约",
    // "预约时段为 2026-11-25 09:00，请于 08:30 后签到". The moment is the last one named; for an
    // early check-in, the last time on the slot's date.
    if (m_kind != Kind::NotYetOpen && m_kind != Kind::Penalty && m_kind != Kind::CheckInTooEarly) {
        return;
    }
    static const QRegularExpression moment(QStringLiteral("(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{2}:\\d{2}))?"));
    static const QRegularExpression clock(QStringLiteral("(?<![\\d:])(\\d{2}:\\d{2})(?!\\d)"));
    QRegularExpressionMatch last;
    for (auto it = moment.globalMatch(message); it.hasNext();) {
        last = it.next();
    }
    if (!last.hasMatch()) {
        return;
    }
    const QDate day = QDate::fromString(last.captured(1), Qt::ISODate);
    QString time = last.captured(2);
    if (m_kind == Kind::CheckInTooEarly) {
        for (auto it = clock.globalMatch(message); it.hasNext();) {
            time = it.next().captured(1);
        }
    }
    m_untilHasTime = !time.isEmpty();
    m_until = QDateTime(day, m_untilHasTime ? QTime::fromString(time, QStringLiteral("HH:mm")) : QTime(0, 0),
                        hallZone());
}

void BookingRefusal::set(const QString& code, const QString& message, const QDateTime& until,
                         const Sentence& sentence)
{
    m_code = code;
    m_sentence = sentence;
    m_kind = kindFor(code);
    m_message = message;
    m_until = until;
    m_untilHasTime = until.isValid();
    if (!m_until.isValid()) {
        readUntil(message);
    }
    emit changed();
}

void BookingRefusal::setEnglish(bool english)
{
    if (m_english == english) {
        return;
    }
    m_english = english;
    emit changed();
}

void BookingRefusal::clear()
{
    if (m_kind == Kind::None) {
        return;
    }
    m_kind = Kind::None;
    m_code.clear();
    m_sentence = {};
    m_message.clear();
    m_until = {};
    emit changed();
}

QString BookingRefusal::untilText() const
{
    if (!m_until.isValid()) {
        return {};
    }
    const QDateTime local = m_until.toTimeZone(hallZone());
    return m_untilHasTime ? local.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : local.toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace hall
