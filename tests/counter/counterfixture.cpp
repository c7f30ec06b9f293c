// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "counterfixture.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

namespace hall::test {

CounterFixture::CounterFixture(const QStringList& serviceFlags)
{
    for (const auto& [device, role] : {std::pair{"kiosk-1", "kiosk"},
                                       {"counter-1", "counter"},
                                       {"counter-2", "counter"},
                                       {"admin-1", "admin"}}) {
        tokens.insert(QLatin1String(device), hall.addDevice(QLatin1String(role), QLatin1String(device)));
    }
    hall.addStaff(QStringLiteral("li"), QStringLiteral("1,2"));
    hall.addStaff(QStringLiteral("wang"), QStringLiteral("*"));
    REQUIRE(hall.start(serviceFlags));
    kiosk = std::make_unique<WsClient>();
    REQUIRE(kiosk->open(hall.url()));
    REQUIRE(ok(kiosk->hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"),
                            tokens.value(QStringLiteral("kiosk-1")))));
}

CounterController::Options CounterFixture::options(const QString& device) const
{
    CounterController::Options o;
    o.url = hall.url();
    o.device = device;
    o.token = tokens.value(device);
    o.role = device.startsWith(QLatin1String("admin")) ? QStringLiteral("admin") : QStringLiteral("counter");
    o.backoffMaxMs = 500;
    o.overviewDebounceMs = 50;
    return o;
}

std::unique_ptr<CounterController> CounterFixture::atWindow(const QString& device, const QString& staff,
                                                            int window)
{
    auto c = std::make_unique<CounterController>(options(device));
    c->start();
    c->login(staff, QStringLiteral("secret-pass"));
    REQUIRE(waitUntil(
        [&] { return c->stage() == CounterController::Stage::ChooseWindow && !c->overview().isEmpty(); },
        20000));
    c->chooseWindow(window);
    REQUIRE(waitUntil([&] { return c->stage() == CounterController::Stage::Desk; }, 10000));
    // The reply to counter.open may come before the event that shows the window open.
    REQUIRE(waitUntil([&] { return c->windowStatus() == QLatin1String("open"); }, 10000));
    return c;
}

std::unique_ptr<CounterController> CounterFixture::supervisor()
{
    auto c = std::make_unique<CounterController>(options(QStringLiteral("admin-1")));
    c->start();
    REQUIRE(waitUntil(
        [&] { return c->stage() == CounterController::Stage::ChooseWindow && !c->overview().isEmpty(); },
        20000));
    c->chooseWindow(0);
    REQUIRE(c->stage() == CounterController::Stage::Desk);
    return c;
}

QString CounterFixture::issue(const QStringList& services, const QString& priority)
{
    const QJsonObject reply = kiosk->call(QStringLiteral("ticket.issue"),
                                          {{QStringLiteral("services"), QJsonArray::fromStringList(services)},
                                           {QStringLiteral("priority"), priority},
                                           {QStringLiteral("idRef"), QStringLiteral("110***********1234")},
                                           {QStringLiteral("requestId"), ServiceClient::newRequestId()}});
    REQUIRE(ok(reply));
    return result(reply).value(QLatin1String("ticket")).toObject().value(QLatin1String("number")).toString();
}

std::unique_ptr<WsClient> CounterFixture::wang()
{
    auto c = std::make_unique<WsClient>();
    REQUIRE(c->open(hall.url()));
    REQUIRE(ok(c->hello(QStringLiteral("counter"), QStringLiteral("counter-2"),
                        tokens.value(QStringLiteral("counter-2")))));
    REQUIRE(ok(c->login(QStringLiteral("wang"))));
    return c;
}

bool act(CounterController& c, const QString& action, const QString& argument)
{
    if (!c.perform(action, argument)) {
        return false;
    }
    REQUIRE(waitUntil([&] { return !c.actions()->busy(); }, 15000));
    return c.actions()->errorCode().isEmpty();
}

QStringList numbers(const RowModel& model)
{
    QStringList out;
    for (const QVariantMap& row : model.rows()) {
        out.append(row.value(QStringLiteral("number")).toString());
    }
    return out;
}

QVariantMap windowRow(CounterController& c, int number)
{
    return c.windows()->get(c.windows()->find(QStringLiteral("number"), number));
}

} // namespace hall::test
