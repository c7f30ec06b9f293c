// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Authority that changes takes effect at once: revoking a device, disabling a staff
// member, narrowing their counters or case types, all while they are connected, through hall-admin
// against the running service.
#include "adversary.h"
#include "test_booking_support.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

using namespace hall;
using namespace hall::test;

namespace {

void runAdmin(HallProcess& hall, const QStringList& args)
{
    const AdminRun r = hall.admin(args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

QJsonObject acceptArgs(const QString& type, int person)
{
    return {{QStringLiteral("type"), type},
            {QStringLiteral("office"), QStringLiteral("center")},
            {QStringLiteral("name"), QStringLiteral("李四")},
            {QStringLiteral("idNumber"), groom(person)},
            {QStringLiteral("phone"), QStringLiteral("13812345678")}};
}

} // namespace

TEST_CASE("authority: revoking a device closes its open connections at once (4005)",
          "[adversarial][authority]")
{
    HallFixture f;
    auto first = f.connect(QStringLiteral("kiosk-1"));
    auto second = f.connect(QStringLiteral("kiosk-1"));
    auto other = f.connect(QStringLiteral("kiosk-2"));
    REQUIRE(ok(first->call(QStringLiteral("subscribe"))));
    QElapsedTimer timer;
    timer.start();
    runAdmin(f.hall, {QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("kiosk-1")});
    const int code1 = first->waitClosed(5000);
    const int code2 = second->waitClosed(5000);
    figure("revocation: both connections of kiosk-1 closed with %d and %d, %.2f s after hall-admin started",
           code1, code2, static_cast<double>(timer.elapsed()) / 1000.0);
    CHECK(code1 == 4005);
    CHECK(code2 == 4005);
    CHECK(other->isOpen());
    CHECK(ok(other->call(QStringLiteral("hall.snapshot"))));
    WsClient again;
    REQUIRE(again.open(f.hall.url()));
    CHECK(errorCode(again.hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"),
                                f.tokens.value(QStringLiteral("kiosk-1")))) == QLatin1String("AUTH_FAILED"));
}

TEST_CASE("authority: disabling a staff member ends their sessions, new counters narrow them at once (4006)",
          "[adversarial][authority]")
{
    HallFixture f;
    auto li = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    auto wang = f.counter(QStringLiteral("counter-2"), QStringLiteral("wang"));
    REQUIRE(ok(wang->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 3}})));
    REQUIRE(ok(wang->call(QStringLiteral("counter.close"), {{QStringLiteral("counter"), 3}})));

    runAdmin(f.hall, {QStringLiteral("staff"), QStringLiteral("disable"), QStringLiteral("li")});
    const int code = li->waitClosed(5000);
    WsClient again;
    REQUIRE(again.open(f.hall.url()));
    REQUIRE(ok(again.hello(QStringLiteral("counter"), QStringLiteral("counter-1"),
                           f.tokens.value(QStringLiteral("counter-1")))));
    const QJsonObject relogin = again.login(QStringLiteral("li"));

    // Case-insensitively: the account is "wang".
    runAdmin(f.hall, {QStringLiteral("staff"), QStringLiteral("counters"), QStringLiteral("WANG"),
                      QStringLiteral("2")});
    const QJsonObject narrowed = wang->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 3}});
    const QJsonObject still = wang->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 2}});
    figure("staff: li's session ended with %d on disable, login again: %s; wang narrowed to window 2 while "
           "connected: window 3 %s, window 2 %s",
           code, qPrintable(errorCode(relogin)), qPrintable(errorCode(narrowed)),
           ok(still) ? "ok" : "refused");
    CHECK(code == 4006);
    CHECK(errorCode(relogin) == QLatin1String("AUTH_FAILED"));
    CHECK(errorCode(narrowed) == QLatin1String("FORBIDDEN"));
    CHECK(ok(still));
    CHECK(wang->isOpen());
}

TEST_CASE("authority: narrowed case permissions apply to a connected staff member at once",
          "[adversarial][authority]")
{
    HallFixture f;
    runAdmin(f.hall,
             {QStringLiteral("case"), QStringLiteral("staff"), QStringLiteral("wang"), QStringLiteral("*")});
    auto wang = f.counter(QStringLiteral("counter-2"), QStringLiteral("wang"));
    REQUIRE(ok(wang->call(QStringLiteral("case.accept"), acceptArgs(QStringLiteral("urban_dibao"), 1))));
    runAdmin(f.hall, {QStringLiteral("case"), QStringLiteral("staff"), QStringLiteral("wang"),
                      QStringLiteral("rural_dibao")});
    const QJsonObject after =
        wang->call(QStringLiteral("case.accept"), acceptArgs(QStringLiteral("urban_dibao"), 2));
    figure("case permissions: after narrowing to rural_dibao, urban_dibao accept: %s",
           qPrintable(errorCode(after)));
    CHECK(errorCode(after) == QLatin1String("NOT_PERMITTED"));
}
