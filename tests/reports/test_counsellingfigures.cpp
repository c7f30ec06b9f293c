// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Counselling in a report: sessions of the period's days, couples, and what came of them.
#include "bookingfixture.h"
#include "bookingstore.h"
#include "counsellingfigures.h"
#include "storage/sqlstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace hall;
using namespace hall::reports;
using namespace hall::test;

TEST_CASE("counselling figures: sessions, couples and outcomes of a period", "[reports][counselling]")
{
    QTemporaryDir dir;
    SqlStore::Options o;
    o.database = dir.filePath(QStringLiteral("hall.sqlite"));
    auto sql = SqlStore::open(o);
    REQUIRE(sql.ok());
    auto store =
        BookingStore::open(sql.value()->database(), QByteArrayLiteral("a hall secret of enough bytes"));
    REQUIRE(store.ok());
    QJsonObject root = QJsonDocument::fromJson(testBookingJson()).object();
    QJsonArray offices = root.value(QStringLiteral("offices")).toArray();
    QJsonObject main = offices.at(0).toObject();
    main.insert(QStringLiteral("counselling"),
                QJsonObject{{QStringLiteral("room"), QStringLiteral("婚姻家庭辅导室")},
                            {QStringLiteral("from"), QStringLiteral("14:00")},
                            {QStringLiteral("until"), QStringLiteral("16:00")},
                            {QStringLiteral("counsellors"),
                             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("陈老师")},
                                                    {QStringLiteral("days"), QJsonArray{1, 2, 3, 4, 5}}}}}});
    offices.replace(0, main);
    root.insert(QStringLiteral("offices"), offices);
    auto config = parseBookingConfig(QJsonDocument(root).toJson());
    REQUIRE_BOOKED(config);
    BookingFixture fx(config.value());

    // Three couples apply on Wednesday 2026-11-25; four sessions, three in December's first week.
    fx.clock.set(at(QDate(2026, 11, 25), 10));
    QList<qint64> apps;
    for (int n = 1; n <= 3; ++n) {
        auto a = fx.engine.recordDivorceApplication(QStringLiteral("main"), {QStringLiteral("甲"), man(n)},
                                                    {QStringLiteral("乙"), woman(n)}, QStringLiteral("wang"));
        REQUIRE_BOOKED(a);
        apps << a->id;
    }
    const auto book = [&](qint64 app, QDate day, int hour) {
        auto s = fx.engine.bookCounselling(app, at(day, hour), QStringLiteral("li"));
        REQUIRE_BOOKED(s);
        return s->id;
    };
    const qint64 november = book(apps[0], QDate(2026, 11, 27), 14);
    fx.clock.set(at(QDate(2026, 11, 27), 15));
    REQUIRE_BOOKED(
        fx.engine.recordCounselling(november, CounsellingOutcome::Continuing, QStringLiteral("li")));
    const qint64 again = book(apps[0], QDate(2026, 12, 1), 14);
    const qint64 second = book(apps[1], QDate(2026, 12, 1), 15);
    book(apps[2], QDate(2026, 12, 2), 14);
    fx.clock.set(at(QDate(2026, 12, 2), 9));
    REQUIRE_BOOKED(fx.engine.recordCounselling(again, CounsellingOutcome::Reconciled, QStringLiteral("li")));
    REQUIRE_BOOKED(fx.engine.recordCounselling(second, CounsellingOutcome::Declined, QStringLiteral("li")));
    REQUIRE_FALSE(store.value()->commit(fx.engine.takeChanges()));

    auto december = counsellingReport(sql.value()->database(), QDate(2026, 12, 1), QDate(2026, 12, 31));
    REQUIRE(december.ok());
    CHECK(december.value() == CounsellingCounts{3, 3, 1, 0, 1, 1});
    auto both = counsellingReport(sql.value()->database(), QDate(2026, 11, 1), QDate(2026, 12, 31));
    REQUIRE(both.ok());
    CHECK(both.value() == CounsellingCounts{4, 3, 1, 1, 1, 1});
}
