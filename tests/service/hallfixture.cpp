// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hallfixture.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

namespace hall::test {

QString roleOf(const QString& device)
{
    return device.section(QLatin1Char('-'), 0, 0);
}

HallFixture::HallFixture(const QStringList& serviceFlags)
{
    for (const char* name : {"kiosk-1", "kiosk-2", "counter-1", "counter-2", "display-1", "admin-1"}) {
        const QString device = QLatin1String(name);
        tokens.insert(device, hall.addDevice(roleOf(device), device));
    }
    hall.addStaff(QStringLiteral("li"), QStringLiteral("1,2"));
    hall.addStaff(QStringLiteral("wang"), QStringLiteral("*"));
    REQUIRE(hall.start(serviceFlags));
}

std::unique_ptr<WsClient> HallFixture::connect(const QString& device)
{
    auto c = std::make_unique<WsClient>();
    REQUIRE(c->open(hall.url()));
    const QJsonObject reply = c->hello(roleOf(device), device, tokens.value(device));
    INFO(QString::fromUtf8(QJsonDocument(reply).toJson()).toStdString());
    INFO("service log: " << hall.log().right(2000).toStdString());
    REQUIRE(ok(reply));
    return c;
}

std::unique_ptr<WsClient> HallFixture::counter(const QString& device, const QString& staff)
{
    auto c = connect(device);
    REQUIRE(ok(c->login(staff)));
    return c;
}

QJsonObject HallFixture::issue(WsClient& kiosk, const QStringList& services, const QString& requestId)
{
    const QJsonObject reply = kiosk.call(
        QStringLiteral("ticket.issue"), {{QStringLiteral("requestId"), requestId},
                                         {QStringLiteral("services"), QJsonArray::fromStringList(services)}});
    INFO(QString::fromUtf8(QJsonDocument(reply).toJson()).toStdString());
    REQUIRE(ok(reply));
    return result(reply);
}

QString HallFixture::issuedNumber(WsClient& kiosk, const QStringList& services, const QString& requestId)
{
    return issue(kiosk, services, requestId)
        .value(QLatin1String("ticket"))
        .toObject()
        .value(QLatin1String("number"))
        .toString();
}

bool askUntil(const std::function<bool()>& ask, int timeoutMs)
{
    QElapsedTimer elapsed;
    elapsed.start();
    while (!ask()) {
        if (elapsed.elapsed() > timeoutMs) {
            return false;
        }
        waitUntil([] { return false; }, 200);
    }
    return true;
}

} // namespace hall::test
