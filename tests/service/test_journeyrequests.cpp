// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// JourneyRequests, the one way a front end sends a person's requests: one at a time, a change's requestId
// kept until answered, answers to a person who has gone dropped. Against a scripted service that
// answers when the test says so.
#include "client/journeyrequests.h"
#include "fakeservice.h"
#include "hallfixture.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QWebSocket>

using namespace hall;
using namespace hall::test;

namespace {

/// A service that keeps each journey request unanswered until the test answers it, and a kiosk's
/// client connected to it.
struct HeldService
{
    FakeService fake;
    QList<QPair<QWebSocket*, QJsonObject>> held;
    ServiceClient client{fakeKioskOptions(fake.url())};

    HeldService()
    {
        fake.setScript([this](QWebSocket* s, const QJsonObject& r) {
            if (r.value(QLatin1String("op")).toString().startsWith(QLatin1String("test."))) {
                held.append({s, r});
            } else {
                fake.answerHandshake(s, r);
            }
        });
        client.start();
    }
    bool ready()
    {
        return waitUntil([&] { return client.isReady(); }, 15000);
    }
    QJsonObject args(int i) const { return held.at(i).second.value(QLatin1String("args")).toObject(); }
    QString requestId(int i) const { return args(i).value(QLatin1String("requestId")).toString(); }
    void answer(int i) { fake.reply(held.at(i).first, held.at(i).second, {{QStringLiteral("done"), true}}); }
    void refuse(int i, const QString& code)
    {
        const QJsonObject o{{QStringLiteral("id"), held.at(i).second.value(QLatin1String("id"))},
                            {QStringLiteral("ok"), false},
                            {QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), code}}}};
        held.at(i).first->sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
};

} // namespace

TEST_CASE("a journey sends one request at a time and keeps a change's requestId until it is answered",
          "[nostore]")
{
    HeldService service;
    REQUIRE(service.ready());
    JourneyRequests journey(&service.client, 600);
    int busyChanges = 0;
    QObject::connect(&journey, &JourneyRequests::busyChanged, [&] { ++busyChanges; });
    QList<ServiceReply> replies;
    const auto keep = [&](const ServiceReply& r) { replies.append(r); };
    const QJsonObject args{{QStringLiteral("services"), QStringLiteral("A")}};

    REQUIRE(journey.change(QStringLiteral("test.issue"), args, keep));
    CHECK(journey.busy());
    // A bouncing key: nothing is sent while the first is in flight.
    CHECK_FALSE(journey.change(QStringLiteral("test.issue"), args, keep));
    CHECK_FALSE(journey.read(QStringLiteral("test.read"), {}, keep));
    REQUIRE(waitUntil([&] { return service.held.size() == 1; }, 15000));
    const QString first = service.requestId(0);
    CHECK_FALSE(first.isEmpty());

    // Unanswered (the answer was lost): the same change again carries the same id.
    REQUIRE(waitUntil([&] { return replies.size() == 1; }, 15000));
    CHECK(replies.at(0).errorCode == QLatin1String("TIMEOUT"));
    CHECK_FALSE(journey.busy());
    REQUIRE(journey.change(QStringLiteral("test.issue"), args, keep));
    REQUIRE(waitUntil([&] { return service.held.size() == 2; }, 15000));
    CHECK(service.requestId(1) == first);
    service.answer(1);
    REQUIRE(waitUntil([&] { return replies.size() == 2; }, 15000));
    CHECK(replies.at(1).ok);

    // Answered: the next change is a new request, even with the same arguments.
    REQUIRE(journey.change(QStringLiteral("test.issue"), args, keep));
    REQUIRE(waitUntil([&] { return service.held.size() == 3; }, 15000));
    CHECK(service.requestId(2) != first);
    // Refused (the service saw it and changed nothing): the next attempt is a new request too.
    service.refuse(2, QStringLiteral("DUPLICATE_TICKET"));
    REQUIRE(waitUntil([&] { return replies.size() == 3; }, 15000));
    REQUIRE(journey.change(QStringLiteral("test.issue"), args, keep));
    REQUIRE(waitUntil([&] { return service.held.size() == 4; }, 15000));
    CHECK(service.requestId(3) != service.requestId(2));
    // Refused for want of storage, it may not have run: kept.
    service.refuse(3, QStringLiteral("STORAGE_FAILED"));
    REQUIRE(waitUntil([&] { return replies.size() == 4; }, 15000));
    // Other arguments are another request.
    REQUIRE(journey.change(QStringLiteral("test.issue"), {{QStringLiteral("services"), QStringLiteral("B")}},
                           keep));
    REQUIRE(waitUntil([&] { return service.held.size() == 5; }, 15000));
    CHECK(service.requestId(4) != service.requestId(3));
    service.answer(4);
    REQUIRE(waitUntil([&] { return replies.size() == 5; }, 15000));

    // A read carries no requestId.
    REQUIRE(journey.read(QStringLiteral("test.read"), args, keep));
    REQUIRE(waitUntil([&] { return service.held.size() == 6; }, 15000));
    CHECK_FALSE(service.args(5).contains(QLatin1String("requestId")));
    service.answer(5);
    REQUIRE(waitUntil([&] { return replies.size() == 6; }, 15000));
    CHECK_FALSE(journey.busy());
    CHECK(busyChanges == 12); // on and off for each of the six requests sent
}

TEST_CASE("a journey drops the answers to a person who has gone and forgets the kept requestId", "[nostore]")
{
    HeldService service;
    REQUIRE(service.ready());
    JourneyRequests journey(&service.client, 600);
    int answered = 0;
    const auto count = [&](const ServiceReply&) { ++answered; };
    const QJsonObject args{{QStringLiteral("code"), QStringLiteral("123456")}};

    REQUIRE(journey.change(QStringLiteral("test.cancel"), args, count));
    REQUIRE(waitUntil([&] { return service.held.size() == 1; }, 15000));
    journey.abandon(); // idle, home: the next resident starts from nothing
    CHECK_FALSE(journey.busy());
    service.answer(0);
    // The next person's request goes out at once and is not mistaken for the first one's repeat.
    REQUIRE(journey.change(QStringLiteral("test.cancel"), args, count));
    REQUIRE(waitUntil([&] { return service.held.size() == 2; }, 15000));
    CHECK(service.requestId(1) != service.requestId(0));
    service.answer(1);
    REQUIRE(waitUntil([&] { return answered >= 1; }, 15000));
    // The first answer came before the second on the same connection, and reached nobody.
    CHECK(answered == 1);
    CHECK_FALSE(journey.busy());

    // Without a client nothing is sent and nothing is busy.
    JourneyRequests alone;
    CHECK_FALSE(alone.change(QStringLiteral("test.cancel"), args, count));
    CHECK_FALSE(alone.busy());
}
