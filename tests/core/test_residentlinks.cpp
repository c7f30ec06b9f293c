// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The residents' page addresses (tags that cannot be walked) and what the ticket page shows.
#include "domain/residentlinks.h"
#include "fixtures.h"
#include "protocol/residentview.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace hall;

TEST_CASE("resident links: tags are keyed, per day for tickets, and checked whole", "[resident]")
{
    const QByteArray secret(32, 'k');
    const ResidentLinks links(secret, QStringLiteral("http://10.8.0.2:7780/"));
    const QDate day(2026, 12, 7);
    const QString tag = links.ticketTag(day, QStringLiteral("A012"));
    REQUIRE(tag.size() == ResidentLinks::kTagChars);
    REQUIRE(links.ticketTagValid(day, QStringLiteral("A012"), tag));
    REQUIRE(links.ticketUrl(day, QStringLiteral("A012")) ==
            QStringLiteral("http://10.8.0.2:7780/t/2026-12-07/A012/") + tag);

    // Neighbouring numbers, another day, another hall: unrelated tags.
    QSet<QString> tags{tag};
    for (int n = 1; n <= 200; ++n) {
        tags.insert(links.ticketTag(day, QStringLiteral("A%1").arg(n, 3, 10, QLatin1Char('0'))));
    }
    REQUIRE(tags.size() == 200); // A012 is among them once
    REQUIRE(links.ticketTag(day.addDays(1), QStringLiteral("A012")) != tag);
    REQUIRE(ResidentLinks(QByteArray(32, 'x'), {}).ticketTag(day, QStringLiteral("A012")) != tag);
    REQUIRE_FALSE(links.ticketTagValid(day.addDays(1), QStringLiteral("A012"), tag));
    REQUIRE_FALSE(links.ticketTagValid(day, QStringLiteral("A013"), tag));
    REQUIRE_FALSE(links.ticketTagValid(day, QStringLiteral("A012"), tag.left(11)));
    REQUIRE_FALSE(links.ticketTagValid(day, QStringLiteral("A012"), tag + QLatin1Char('0')));
    REQUIRE_FALSE(
        links.ticketTagValid(day, QStringLiteral("A012"), tag.toUpper() == tag ? QString() : tag.toUpper()));
    REQUIRE_FALSE(links.ticketTagValid(QDate(), QStringLiteral("A012"), tag));

    // Bookings: the code's tag, and the address the kiosk's scanner recognises under any host.
    const QString url = links.bookingUrl(QStringLiteral("K7M2Q9XP"));
    const auto parsed = ResidentLinks::parseBookingUrl(url);
    REQUIRE(parsed);
    REQUIRE(parsed->first == QStringLiteral("K7M2Q9XP"));
    REQUIRE(links.bookingTagValid(parsed->first, parsed->second));
    REQUIRE(ResidentLinks::parseBookingUrl(QStringLiteral("https://hall.example/x/b/K7M2Q9XP/") +
                                           parsed->second));
    REQUIRE_FALSE(ResidentLinks::parseBookingUrl(QStringLiteral("HALLBK1|office|K7M2Q9XP")));
    REQUIRE_FALSE(ResidentLinks::parseBookingUrl(url + QStringLiteral("?x=1")));
    REQUIRE(ResidentLinks(secret, {}).bookingUrl(QStringLiteral("K7M2Q9XP")).isEmpty());
}

TEST_CASE("the ticket page shows the kiosk's estimate, the window once called, and nothing personal",
          "[resident]")
{
    test::EngineFixture fx;
    fx.open(1);
    IssueRequest withId{{QStringLiteral("marriage")}};
    withId.idRef = QStringLiteral("110***********1234");
    withId.actor = fx.kiosk;
    const Ticket a = fx.engine.issue(withId).value();
    const Ticket b = fx.issue({QStringLiteral("marriage"), QStringLiteral("assistance")});

    const QJsonObject waiting = protocol::residentTicket(fx.engine, fx.engine.day(), b.number);
    REQUIRE(waiting.value(QLatin1String("state")).toString() == QStringLiteral("waiting"));
    REQUIRE(waiting.value(QLatin1String("ahead")).toInt() == 1);
    REQUIRE(waiting.value(QLatin1String("ahead")).toInt() == fx.engine.estimate(b.number)->ahead);
    REQUIRE(waiting.value(QLatin1String("waitMinutes")).toInt() == fx.engine.estimate(b.number)->waitMinutes);
    const QJsonArray errands = waiting.value(QLatin1String("errands")).toArray();
    REQUIRE(errands.size() == 2);
    REQUIRE(errands.at(0).toObject().value(QLatin1String("current")).toBool());
    REQUIRE_FALSE(errands.at(1).toObject().value(QLatin1String("current")).toBool());

    REQUIRE(fx.callNext(1).number == a.number);
    const QJsonObject called = protocol::residentTicket(fx.engine, fx.engine.day(), a.number);
    REQUIRE(called.value(QLatin1String("state")).toString() == QStringLiteral("called"));
    REQUIRE(called.value(QLatin1String("counter")).toInt() == 1);
    const QSet<QString> shown{QStringLiteral("number"), QStringLiteral("day"), QStringLiteral("state"),
                              QStringLiteral("errands"), QStringLiteral("counter")};
    for (const QString& key : called.keys()) {
        INFO(key.toStdString());
        REQUIRE(shown.contains(key));
    }
    REQUIRE_FALSE(QJsonDocument(called).toJson().contains("110***"));

    REQUIRE(protocol::residentTicket(fx.engine, fx.engine.day().addDays(-1), a.number)
                .value(QLatin1String("state"))
                .toString() == QStringLiteral("gone"));
    REQUIRE(protocol::residentTicket(fx.engine, fx.engine.day(), QStringLiteral("Z999"))
                .value(QLatin1String("state"))
                .toString() == QStringLiteral("gone"));
}

TEST_CASE("the ticket page's live JSON is byte for byte the object the page reads", "[resident]")
{
    // Written with JsonWriter on the hot path: the same bytes as QJsonDocument gives for the object
    // built field by field, in every state the page shows.
    test::EngineFixture fx;
    const Catalogue& catalogue = fx.engine.config().catalogue;
    const auto expected = [&](const Ticket& t, QJsonObject extra) {
        const Ticket* now = fx.engine.ticket(t.number);
        QJsonArray errands;
        for (qsizetype i = 0; i < now->errands.size(); ++i) {
            const ServiceDef* s = catalogue.service(now->errands.at(i).serviceId);
            errands.append(
                QJsonObject{{QStringLiteral("zh"), s->nameZh},
                            {QStringLiteral("en"), s->nameEn},
                            {QStringLiteral("done"), now->errands.at(i).done()},
                            {QStringLiteral("current"), i == now->currentErrand && now->isOpen()}});
        }
        extra.insert(QStringLiteral("number"), t.number);
        extra.insert(QStringLiteral("day"), fx.engine.day().toString(Qt::ISODate));
        extra.insert(QStringLiteral("errands"), errands);
        extra.insert(QStringLiteral("state"), toString(now->state));
        return QJsonDocument(extra).toJson(QJsonDocument::Compact);
    };
    const auto live = [&](const Ticket& t) {
        return protocol::residentTicketJson(fx.engine, fx.engine.day(), t.number);
    };

    const Ticket a = fx.issue({QStringLiteral("marriage")});
    const Ticket b = fx.issue({QStringLiteral("marriage"), QStringLiteral("assistance")});
    // No window open: no wait promised.
    CHECK(live(b) == expected(b, {{QStringLiteral("ahead"), 1}, {QStringLiteral("noWindowOpen"), true}}));
    fx.open(1);
    const int minutes = fx.engine.estimate(b.number)->waitMinutes;
    CHECK(live(b) == expected(b, {{QStringLiteral("ahead"), 1}, {QStringLiteral("waitMinutes"), minutes}}));
    REQUIRE(fx.callNext(1).number == a.number);
    CHECK(live(a) == expected(a, {{QStringLiteral("counter"), 1}}));
    CHECK(live(b) ==
          expected(b, {{QStringLiteral("ahead"), 0},
                       {QStringLiteral("waitMinutes"), fx.engine.estimate(b.number)->waitMinutes}}));
    CHECK(
        protocol::residentTicketJson(fx.engine, fx.engine.day().addDays(-1), a.number) ==
        QJsonDocument(QJsonObject{{QStringLiteral("number"), a.number},
                                  {QStringLiteral("day"), fx.engine.day().addDays(-1).toString(Qt::ISODate)},
                                  {QStringLiteral("state"), QStringLiteral("gone")}})
            .toJson(QJsonDocument::Compact));
    // Names in Chinese stay UTF-8, as QJsonDocument writes them.
    CHECK(live(b).contains(catalogue.service(QStringLiteral("marriage"))->nameZh.toUtf8()));
}
