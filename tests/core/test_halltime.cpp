// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/halltime.h"

#include <QRandomGenerator>

#include <catch2/catch.hpp>

using namespace hall;

namespace {

QString qtToIso(const QDateTime& instant)
{
    return instant.toTimeZone(halltime::zone()).toString(Qt::ISODateWithMs);
}

void checkSameAsQt(const QDateTime& instant)
{
    CHECK(halltime::localDate(instant) == instant.toTimeZone(halltime::zone()).date());
    CHECK(halltime::isoDate(halltime::localDate(instant)) ==
          instant.toTimeZone(halltime::zone()).date().toString(Qt::ISODate));
    const QString ours = halltime::toIso(instant);
    INFO(ours.toStdString());
    CHECK(ours == qtToIso(instant));
    const QDateTime back = halltime::fromIso(ours);
    const QDateTime qtBack = QDateTime::fromString(ours, Qt::ISODateWithMs);
    CHECK(back == qtBack);
    CHECK(back.timeSpec() == qtBack.timeSpec());
    CHECK(back.offsetFromUtc() == qtBack.offsetFromUtc());
    CHECK(back.toMSecsSinceEpoch() == instant.toMSecsSinceEpoch());
}

} // namespace

TEST_CASE("halltime::toIso and fromIso give what Qt gives, for any instant", "[halltime]")
{
    const QTimeZone utc(0);
    checkSameAsQt(QDateTime(QDate(2026, 11, 24), QTime(9, 30), halltime::zone()));
    checkSameAsQt(QDateTime(QDate(2026, 12, 31), QTime(16, 0), utc)); // local midnight, new year
    checkSameAsQt(QDateTime(QDate(2026, 12, 31), QTime(15, 59, 59, 999), utc));
    checkSameAsQt(QDateTime(QDate(2028, 2, 28), QTime(23, 0), utc));          // into a leap day
    checkSameAsQt(QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 1), utc)); // before the epoch
    checkSameAsQt(QDateTime(QDate(1950, 1, 1), QTime(0, 0), halltime::zone()));
    checkSameAsQt(QDateTime(QDate(9999, 12, 31), QTime(15, 0), utc));
    checkSameAsQt(QDateTime(QDate(999, 6, 1), QTime(12, 0), utc)); // Qt's path
    auto* random = QRandomGenerator::global();
    for (int i = 0; i < 2000; ++i) {
        const qint64 ms = static_cast<qint64>(random->bounded(4'000'000'000.0) * 1000) - 1'000'000'000'000LL;
        checkSameAsQt(QDateTime::fromMSecsSinceEpoch(ms, utc));
    }
    CHECK(halltime::toIso(QDateTime()).isEmpty());
    CHECK(!halltime::localDate(QDateTime()).isValid());
    CHECK(halltime::isoDate(QDate()) == QDate().toString(Qt::ISODate));
}

TEST_CASE("halltime::fromIso reads other forms and refuses nonsense as Qt does", "[halltime]")
{
    const QString forms[] = {
        QStringLiteral("2026-11-24T09:30:00+08:00"),     QStringLiteral("2026-11-24T01:30:00Z"),
        QStringLiteral("2026-11-24T09:30:00.123+08:00"), QStringLiteral("2026-11-24T03:30:00+02:00"),
        QStringLiteral("2026-02-30T09:30:00+08:00"),     QStringLiteral("2026-11-24T25:30:00+08:00"),
        QStringLiteral("2026-1a-24T09:30:00+08:00"),     QStringLiteral("2026-11-24T09:30:00.1x3+08:00"),
        QStringLiteral("not a date at all, 25 ch"),      QString()};
    for (const QString& text : forms) {
        INFO(text.toStdString());
        const QDateTime ours = halltime::fromIso(text);
        const QDateTime qt = text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
        CHECK(ours.isValid() == qt.isValid());
        if (qt.isValid()) {
            CHECK(ours == qt);
            CHECK(ours.offsetFromUtc() == qt.offsetFromUtc());
        }
    }
}
