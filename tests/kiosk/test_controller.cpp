// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The journey controller against a scripted service: what it sends, how it retries, what it forgets.
#include "client/serviceclient.h"
#include "fakeservice.h"
#include "hallprocess.h"
#include "idnumbers.h"
#include "kioskshell.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QWebSocket>

using namespace hall;
using namespace Qt::StringLiterals;
using hall::test::waitUntil;

namespace {

ServiceClient::Options clientOptions(const QUrl& url)
{
    ServiceClient::Options o = test::fakeKioskOptions(url);
    o.backoffMaxMs = 100;
    return o;
}

void refuse(QWebSocket* s, const QJsonObject& request, const QString& code, const QString& message)
{
    const QJsonObject o{{u"id"_s, request.value(u"id"_s)},
                        {u"ok"_s, false},
                        {u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}};
    s->sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

QJsonObject issued(const QString& number)
{
    return {{u"ticket"_s, QJsonObject{{u"number"_s, number},
                                      {u"day"_s, u"2026-11-24"_s},
                                      {u"priority"_s, u"normal"_s},
                                      {u"issuedAt"_s, u"2026-11-24T10:00:00+08:00"_s}}},
            {u"ahead"_s, 0},
            {u"waitMinutes"_s, 0}};
}

QList<QJsonObject> issueRequests(const test::FakeService& fake)
{
    QList<QJsonObject> out;
    for (const QJsonObject& r : fake.requests) {
        if (r.value(u"op"_s).toString() == QLatin1String("ticket.issue")) {
            out.append(r.value(u"args"_s).toObject());
        }
    }
    return out;
}

} // namespace

TEST_CASE(
    "a ticket request left unanswered is retried with the same requestId and a new request gets a new id",
    "[nostore]")
{
    test::FakeService fake;
    int issues = 0;
    fake.setScript([&](QWebSocket* s, const QJsonObject& r) {
        if (r.value(u"op"_s).toString() != QLatin1String("ticket.issue")) {
            fake.answerHandshake(s, r);
        } else if (++issues > 1) { // the first one is u"lost"_s: no answer
            fake.reply(s, r, issued(QStringLiteral("A00%1").arg(issues)));
        }
    });
    ServiceClient client(clientOptions(fake.url()));
    KioskShell::Options options;
    options.requestTimeoutMs = 1000; // long enough that only the unanswered request times out
    KioskShell kiosk(&client, nullptr, options);
    client.start();
    REQUIRE(waitUntil(
        [&] { return kiosk.serviceAvailable() && kiosk.ticketFlow()->services()->rowCount() == 1; }));

    kiosk.startTicket(QStringLiteral("marriage"));
    CHECK(kiosk.page() == KioskShell::Page::Choose);
    kiosk.ticketFlow()->next();
    CHECK(kiosk.page() == KioskShell::Page::Identify);
    kiosk.ticketFlow()->submit();
    REQUIRE(waitUntil([&] { return kiosk.page() == KioskShell::Page::Refused; }));
    CHECK(kiosk.ticketFlow()->refusal()->kind() == Refusal::Kind::Unreachable);

    kiosk.ticketFlow()->submit(); // u"重试"_s on the refusal page
    REQUIRE(waitUntil([&] { return kiosk.page() == KioskShell::Page::Ticket; }));
    CHECK(kiosk.ticketFlow()->ticket()->number() == QStringLiteral("A002"));
    // No printer configured: the ticket is on screen, and the screen says why.
    CHECK(kiosk.ticketFlow()->ticket()->printState() == IssuedTicket::PrintState::NotPrinted);
    CHECK(kiosk.printer()->problem() == PrintStation::Problem::Offline);

    kiosk.reset();
    kiosk.startTicket(QStringLiteral("marriage"));
    kiosk.ticketFlow()->next();
    kiosk.ticketFlow()->submit();
    REQUIRE(waitUntil([&] { return kiosk.page() == KioskShell::Page::Ticket; }));

    const auto sent = issueRequests(fake);
    REQUIRE(sent.size() == 3);
    CHECK(sent[0].value(u"services"_s).toArray() == QJsonArray{u"marriage"_s});
    CHECK_FALSE(sent[0].contains(u"idNumber"_s));
    CHECK_FALSE(sent[0].contains(u"priority"_s));
    CHECK(sent[0].value(u"requestId"_s) == sent[1].value(u"requestId"_s));
    CHECK(sent[2].value(u"requestId"_s) != sent[1].value(u"requestId"_s));
}

TEST_CASE("the ID number and priority claim go to the service and a refusal is shown by kind", "[nostore]")
{
    test::FakeService fake;
    const QString id =
        test::validIdNumber(QStringLiteral("110105"), QStringLiteral("19510308"), QStringLiteral("123"));
    fake.setScript([&](QWebSocket* s, const QJsonObject& r) {
        if (r.value(u"op"_s).toString() != QLatin1String("ticket.issue")) {
            fake.answerHandshake(s, r);
        } else if (r.value(u"args"_s).toObject().value(u"priority"_s).toString() ==
                   QLatin1String("pregnant")) {
            refuse(s, r, QStringLiteral("DUPLICATE_TICKET"),
                   QStringLiteral("您已取过号 A007，请留意叫号；办完后可再取"));
        } else {
            fake.reply(s, r, issued(QStringLiteral("A008")));
        }
    });
    ServiceClient client(clientOptions(fake.url()));
    KioskShell kiosk(&client, nullptr, {});
    client.start();
    REQUIRE(waitUntil(
        [&] { return kiosk.serviceAvailable() && kiosk.ticketFlow()->services()->rowCount() == 1; }));

    kiosk.startTicket(QStringLiteral("marriage"));
    kiosk.ticketFlow()->next();
    kiosk.ticketFlow()->idInput()->setTyped(id.left(10));
    kiosk.ticketFlow()->submit(); // incomplete number: nothing is sent
    kiosk.ticketFlow()->idInput()->setTyped(id);
    kiosk.ticketFlow()->setPriorityClaim(QStringLiteral("pregnant"));
    kiosk.ticketFlow()->setPriorityClaim(QStringLiteral("royalty")); // not a claim the hall knows: none
    CHECK(kiosk.ticketFlow()->priorityClaim().isEmpty());
    kiosk.ticketFlow()->setPriorityClaim(QStringLiteral("pregnant"));
    kiosk.ticketFlow()->submit();
    REQUIRE(waitUntil([&] { return kiosk.page() == KioskShell::Page::Refused; }));
    CHECK(kiosk.ticketFlow()->refusal()->kind() == Refusal::Kind::Duplicate);
    CHECK(kiosk.ticketFlow()->refusal()->heldTicket() == QStringLiteral("A007"));

    kiosk.ticketFlow()->back();
    CHECK(kiosk.page() == KioskShell::Page::Identify);
    CHECK(kiosk.ticketFlow()->refusal()->kind() == Refusal::Kind::None);
    kiosk.ticketFlow()->setPriorityClaim({});
    kiosk.ticketFlow()->submit();
    REQUIRE(waitUntil([&] { return kiosk.page() == KioskShell::Page::Ticket; }));
    CHECK(kiosk.ticketFlow()->idInput()->isEmpty()); // the number has done its job

    const auto sent = issueRequests(fake);
    REQUIRE(sent.size() == 2);
    CHECK(sent[0].value(u"idNumber"_s).toString() == id);
    CHECK(sent[0].value(u"priority"_s).toString() == QLatin1String("pregnant"));
    CHECK(sent[1].value(u"idNumber"_s).toString() == id);
    CHECK_FALSE(sent[1].contains(u"priority"_s));
}

TEST_CASE("after the idle time the kiosk goes home and forgets everything entered", "[nostore]")
{
    ServiceClient client(clientOptions(QUrl(QStringLiteral("ws://127.0.0.1:9/v1")))); // never started
    KioskShell::Options options;
    options.idleTimeoutMs = 500;
    KioskShell kiosk(&client, nullptr, options);
    CHECK(kiosk.idleTimeoutMs() == 500);
    kiosk.setElderly(true);
    CHECK(kiosk.idleTimeoutMs() == 1000); // elderly residents get more time

    kiosk.startTicket();
    kiosk.ticketFlow()->idInput()->setTyped(QStringLiteral("110105195"));
    kiosk.ticketFlow()->setPriorityClaim(QStringLiteral("disabled"));
    kiosk.setEnglish(true);
    REQUIRE(kiosk.page() == KioskShell::Page::Choose);
    REQUIRE(waitUntil([&] { return kiosk.page() == KioskShell::Page::Home; }));
    CHECK(kiosk.ticketFlow()->idInput()->isEmpty());
    CHECK(kiosk.ticketFlow()->priorityClaim().isEmpty());
    CHECK(kiosk.ticketFlow()->services()->selectedCount() == 0);
    CHECK_FALSE(kiosk.english());
    CHECK_FALSE(kiosk.elderly());
    CHECK(kiosk.connection() == QStringLiteral("offline")); // never started
    CHECK_FALSE(kiosk.serviceAvailable());
}
