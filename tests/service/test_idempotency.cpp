// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Requests with a requestId: a retry returns the first result and creates nothing, even across
// connections and a restart of the service.
#include "hallfixture.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace hall::test;

namespace {

QString numberOf(const QJsonObject& r)
{
    return r.value(QLatin1String("ticket")).toObject().value(QLatin1String("number")).toString();
}

int waitingFor(WsClient& c, const QString& service)
{
    for (const QJsonValue& s :
         result(c.call(QStringLiteral("hall.snapshot"))).value(QLatin1String("services")).toArray()) {
        if (s.toObject().value(QLatin1String("id")).toString() == service) {
            return s.toObject().value(QLatin1String("waiting")).toInt();
        }
    }
    return -1;
}

} // namespace

TEST_CASE("repeating ticket.issue with the same requestId returns the first ticket")
{
    HallFixture f;
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    const QJsonObject first =
        HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("same"));
    const QJsonObject again =
        HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("same"));
    CHECK(numberOf(again) == numberOf(first));
    CHECK(waitingFor(*kiosk, QStringLiteral("marriage")) == 1);

    // A lost reply: the kiosk reconnects and retries on a new connection.
    auto reconnected = f.connect(QStringLiteral("kiosk-1"));
    CHECK(numberOf(HallFixture::issue(*reconnected, {QStringLiteral("marriage")}, QStringLiteral("same"))) ==
          numberOf(first));
    // Request ids belong to one device: another kiosk using the same id gets its own ticket.
    auto other = f.connect(QStringLiteral("kiosk-2"));
    CHECK(numberOf(HallFixture::issue(*other, {QStringLiteral("marriage")}, QStringLiteral("same"))) ==
          QLatin1String("A002"));
    CHECK(waitingFor(*kiosk, QStringLiteral("marriage")) == 2);

    // Reusing an id for a different request is an error, not the old answer.
    CHECK(errorCode(kiosk->call(QStringLiteral("ticket.issue"),
                                {{QStringLiteral("requestId"), QStringLiteral("same")},
                                 {QStringLiteral("services"), QJsonArray{QStringLiteral("divorce")}}})) ==
          QLatin1String("REQUEST_ID_REUSED"));
    CHECK(waitingFor(*kiosk, QStringLiteral("divorce")) == 0);
}

TEST_CASE("duplicates sent back to back, before the first is committed, create one ticket")
{
    HallFixture f;
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    const QString frame = QStringLiteral(
        R"({"id":%1,"op":"ticket.issue","args":{"requestId":"burst","services":["elderly"]}})");
    for (int i = 1; i <= 5; ++i) {
        kiosk->sendRaw(frame.arg(i));
    }
    QStringList numbers;
    for (int i = 1; i <= 5; ++i) {
        const QJsonObject reply = kiosk->nextReply();
        REQUIRE(ok(reply));
        numbers << numberOf(result(reply));
    }
    CHECK(numbers.count(QStringLiteral("E001")) == 5);
    CHECK(waitingFor(*kiosk, QStringLiteral("elderly")) == 1);
}

TEST_CASE("a retry after a restart of the service returns the ticket issued before it")
{
    HallFixture f;
    QString number;
    {
        auto kiosk = f.connect(QStringLiteral("kiosk-1"));
        number = numberOf(
            HallFixture::issue(*kiosk, {QStringLiteral("assistance")}, QStringLiteral("before-restart")));
    }
    REQUIRE(f.hall.restart());
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    CHECK(numberOf(HallFixture::issue(*kiosk, {QStringLiteral("assistance")},
                                      QStringLiteral("before-restart"))) == number);
    CHECK(waitingFor(*kiosk, QStringLiteral("assistance")) == 1);
}

TEST_CASE("counter operations with a requestId are not repeated by a retry")
{
    HallFixture f;
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("m-1"));
    HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("m-2"));
    auto counter = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    REQUIRE(ok(counter->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 1}})));
    const QJsonObject args{{QStringLiteral("counter"), 1},
                           {QStringLiteral("requestId"), QStringLiteral("call-1")}};
    const QJsonObject first = counter->call(QStringLiteral("counter.callNext"), args);
    const QJsonObject retry = counter->call(QStringLiteral("counter.callNext"), args);
    REQUIRE(ok(first));
    REQUIRE(ok(retry));
    CHECK(numberOf(result(retry)) == numberOf(result(first)));
    CHECK(waitingFor(*counter, QStringLiteral("marriage")) == 1);
}
