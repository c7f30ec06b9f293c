// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Device reports: validated, journalled once per change, never a queue change.
#include "fixtures.h"

using namespace hall;
using namespace hall::test;

namespace {

DeviceStatus printer(const QString& status, const QString& message = {})
{
    return DeviceStatus{QStringLiteral("kiosk-1"), QStringLiteral("printer"), status, message, {}};
}

} // namespace

TEST_CASE("a new device report is journalled once with the device's words for staff")
{
    EngineFixture f;
    f.engine.takeChanges();
    const auto r = f.engine.reportDevice(printer(QStringLiteral("paperOut")), f.kiosk);
    REQUIRE_OK(r);
    CHECK(r.value().at == f.clock.now());
    f.engine.recordQueueFigures();
    const ChangeSet c = f.engine.takeChanges();
    REQUIRE(c.events.size() == 1); // no queue.changed: the queue did not change
    const JournalEvent& e = c.events.first();
    CHECK(e.kind == QLatin1String("device.status"));
    CHECK(e.actor.device == QLatin1String("kiosk-1"));
    const QJsonObject d = e.data.value(QLatin1String("device")).toObject();
    CHECK(d.value(QLatin1String("status")).toString() == QLatin1String("paperOut"));
    CHECK(d.value(QLatin1String("ok")).toBool() == false);
    CHECK(d.value(QLatin1String("textZh")).toString() == QStringLiteral("打印机缺纸"));
    CHECK(c.tickets.isEmpty());
    CHECK(c.counters.isEmpty());
}

TEST_CASE("a repeated report changes nothing, a recovery is journalled")
{
    EngineFixture f;
    REQUIRE_OK(f.engine.reportDevice(printer(QStringLiteral("paperOut")), f.kiosk));
    f.engine.takeChanges();
    const qint64 seq = f.engine.lastSeq();
    f.clock.advanceSecs(60);
    REQUIRE_OK(f.engine.reportDevice(printer(QStringLiteral("paperOut")), f.kiosk));
    CHECK(f.engine.lastSeq() == seq);
    CHECK(f.engine.takeChanges().isEmpty());
    REQUIRE_OK(f.engine.reportDevice(printer(QStringLiteral("ok")), f.kiosk));
    CHECK(f.engine.lastSeq() == seq + 1);
    REQUIRE(f.engine.devices().size() == 1);
    CHECK(f.engine.devices().first().isOk());
}

TEST_CASE("each device and peripheral keeps its own latest report, in a stable order")
{
    EngineFixture f;
    REQUIRE_OK(f.engine.reportDevice(printer(QStringLiteral("ok")), f.kiosk));
    DeviceStatus other = printer(QStringLiteral("coverOpen"));
    other.device = QStringLiteral("kiosk-0");
    REQUIRE_OK(f.engine.reportDevice(other, f.kiosk));
    DeviceStatus scanner = printer(QStringLiteral("offline"));
    scanner.kind = QStringLiteral("scanner");
    REQUIRE_OK(f.engine.reportDevice(scanner, f.kiosk));
    const QList<DeviceStatus> all = f.engine.devices();
    REQUIRE(all.size() == 3);
    CHECK(all.at(0).device == QLatin1String("kiosk-0"));
    CHECK(all.at(1).kind == QLatin1String("printer"));
    CHECK(all.at(2).kind == QLatin1String("scanner"));
}

TEST_CASE("bad device reports are refused and change nothing")
{
    EngineFixture f;
    f.engine.takeChanges();
    const qint64 seq = f.engine.lastSeq();
    DeviceStatus noName = printer(QStringLiteral("ok"));
    noName.device.clear();
    DeviceStatus badKind = printer(QStringLiteral("ok"));
    badKind.kind = QStringLiteral("toaster");
    const DeviceStatus badStatus = printer(QStringLiteral("onFire"));
    const DeviceStatus longMessage = printer(QStringLiteral("fault"), QString(201, QLatin1Char('x')));
    for (const DeviceStatus& bad : {noName, badKind, badStatus, longMessage}) {
        const auto r = f.engine.reportDevice(bad, f.kiosk);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::InvalidArgument);
    }
    CHECK(f.engine.lastSeq() == seq);
    CHECK(f.engine.devices().isEmpty());
    CHECK(f.engine.takeChanges().isEmpty());
}

TEST_CASE("device reports outlive the business day")
{
    EngineFixture f;
    REQUIRE_OK(f.engine.reportDevice(printer(QStringLiteral("paperOut")), f.kiosk));
    f.clock.set(hallTime(9, 0, kDay.addDays(1)));
    f.engine.rollOverIfDue();
    CHECK(f.engine.devices().size() == 1);
}
