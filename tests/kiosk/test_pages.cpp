// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The pages as a resident meets them: touch target sizes, elderly mode, the English translation.
#include "fakeservice.h"
#include "hallprocess.h"
#include "idcard/simulatedidcardreader.h"
#include "idnumbers.h"
#include "kioskapp.h"
#include "kioskshell.h"
#include "touchscript.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQmlContext>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QWebSocket>

using namespace hall;
using hall::test::waitUntil;

namespace {

/// The smallest side of any visible, enabled button on the current page, in pixels.
qreal smallestTarget(QQuickItem* item)
{
    qreal smallest = 1e9;
    if (!item->isVisible() || item->opacity() <= 0.0) {
        return smallest;
    }
    if (item->inherits("QQuickAbstractButton") && item->isEnabled()) {
        smallest = qMin(item->width(), item->height());
    }
    const auto children = item->childItems();
    for (QQuickItem* child : children) {
        smallest = qMin(smallest, smallestTarget(child));
    }
    return smallest;
}

QString textOf(const TouchScript& touch, const QString& name)
{
    QQuickItem* item = touch.find(name);
    return item != nullptr ? item->property("text").toString() : QString();
}

struct PagesFixture
{
    test::FakeService fake;
    KioskOptions options;
    std::unique_ptr<KioskApp> app;

    explicit PagesFixture(const QVariantMap& idCard = {})
    {
        fake.setScript([this](QWebSocket* s, const QJsonObject& r) {
            if (r.value(QLatin1String("op")).toString() != QLatin1String("ticket.issue")) {
                fake.answerHandshake(s, r);
                return;
            }
            const QJsonObject refusal{
                {QStringLiteral("id"), r.value(QLatin1String("id"))},
                {QStringLiteral("ok"), false},
                {QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), QStringLiteral("QUOTA_REACHED")},
                             {QStringLiteral("message"), QStringLiteral("今日号已取完")}}}};
            s->sendTextMessage(QString::fromUtf8(QJsonDocument(refusal).toJson(QJsonDocument::Compact)));
        });
        options.url = fake.url();
        options.token = QStringLiteral("token");
        options.printer = {{QStringLiteral("backend"), QStringLiteral("none")}};
        options.idCard = idCard;
        app = std::make_unique<KioskApp>(options);
        REQUIRE(app->load());
        app->start();
        REQUIRE(waitUntil([&] { return app->controller()->ticketFlow()->services()->rowCount() == 1; }));
    }
};

} // namespace

TEST_CASE("every touch target on every page is at least 15 mm, and larger in elderly mode", "[nostore]")
{
    PagesFixture f;
    KioskShell* kiosk = f.app->controller();
    TouchScript touch(f.app->window());
    const auto theme = [&](const QString& property) {
        QQmlExpression e(qmlContext(f.app->window()), f.app->window(), QStringLiteral("Theme.") + property);
        return e.evaluate();
    };
    const qreal mm15 = 15 * theme(QStringLiteral("pixelsPerMm")).toReal();
    REQUIRE(mm15 > 0);

    const auto checkPage = [&](const char* page) {
        INFO(page);
        const qreal smallest = smallestTarget(f.app->window()->contentItem());
        CHECK(smallest >= mm15);
        CHECK(smallest >= 64);
        return smallest;
    };
    const qreal homeSmallest = checkPage("home");
    REQUIRE(touch.tapWhenReady(QStringLiteral("homeTile_0")));
    checkPage("choose");
    REQUIRE(touch.tapWhenReady(QStringLiteral("chooseNext")));
    checkPage("identify");
    REQUIRE(touch.tapWhenReady(QStringLiteral("takeTicket")));
    REQUIRE(waitUntil([&] { return kiosk->page() == KioskShell::Page::Refused; }));
    CHECK(textOf(touch, QStringLiteral("refusalHeadline")) == QStringLiteral("今日号已取完"));
    checkPage("refusal");
    REQUIRE(touch.tapWhenReady(QStringLiteral("refusalHome")));

    REQUIRE(touch.tapWhenReady(QStringLiteral("elderlySwitch")));
    CHECK(theme(QStringLiteral("elderly")).toBool());
    CHECK(checkPage("home, elderly") > homeSmallest);
}

TEST_CASE("the language switch speaks English through the translation, and idle returns to Chinese",
          "[nostore]")
{
    PagesFixture f;
    KioskShell* kiosk = f.app->controller();
    TouchScript touch(f.app->window());
    CHECK(textOf(touch, QStringLiteral("startTicket")) == QStringLiteral("取号"));
    REQUIRE(touch.tapWhenReady(QStringLiteral("languageSwitch")));
    CHECK(kiosk->english());
    CHECK(textOf(touch, QStringLiteral("startTicket")) == QStringLiteral("Take a ticket"));
    CHECK(textOf(touch, QStringLiteral("languageSwitch")) == QStringLiteral("中文"));
    REQUIRE(touch.tapWhenReady(QStringLiteral("homeTile_0")));
    REQUIRE(touch.tapWhenReady(QStringLiteral("chooseNext")));
    REQUIRE(touch.tapWhenReady(QStringLiteral("takeTicket")));
    REQUIRE(waitUntil([&] { return kiosk->page() == KioskShell::Page::Refused; }));
    CHECK(textOf(touch, QStringLiteral("refusalHeadline")) == QStringLiteral("No more tickets today"));
    kiosk->reset(); // what the idle timer does
    CHECK(textOf(touch, QStringLiteral("startTicket")) == QStringLiteral("取号"));
}

TEST_CASE("an ID card on the reader: the screen shows only the masked number, the service gets it all",
          "[nostore]")
{
    const QString id =
        test::validIdNumber(QStringLiteral("310104"), QStringLiteral("19480917"), QStringLiteral("042"));
    QTemporaryDir dir;
    QFile cards(dir.filePath(QStringLiteral("cards.json")));
    REQUIRE(cards.open(QIODevice::WriteOnly));
    const QJsonObject card{{QStringLiteral("name"), QStringLiteral("王秀英")},
                           {QStringLiteral("sex"), QStringLiteral("女")},
                           {QStringLiteral("nation"), QStringLiteral("汉")},
                           {QStringLiteral("birthDate"), QStringLiteral("1948-09-17")},
                           {QStringLiteral("address"), QStringLiteral("上海市徐汇区")},
                           {QStringLiteral("idNumber"), id},
                           {QStringLiteral("issuer"), QStringLiteral("上海市公安局徐汇分局")},
                           {QStringLiteral("validFrom"), QStringLiteral("2015-01-01")},
                           {QStringLiteral("validUntil"), QString()}};
    cards.write(QJsonDocument(QJsonObject{{QStringLiteral("cards"), QJsonArray{card}}}).toJson());
    cards.close();

    PagesFixture f({{QStringLiteral("backend"), QStringLiteral("simulated")},
                    {QStringLiteral("file"), cards.fileName()}});
    auto* reader = qobject_cast<SimulatedIdCardReader*>(f.app->idCardReader());
    REQUIRE(reader != nullptr);
    TouchScript touch(f.app->window());
    REQUIRE(reader->present(0)); // on the home page: ignored, nothing to take it for
    CHECK(f.app->controller()->ticketFlow()->idInput()->isEmpty());
    reader->removeCard();

    REQUIRE(touch.tapWhenReady(QStringLiteral("homeTile_0")));
    REQUIRE(touch.tapWhenReady(QStringLiteral("chooseNext")));
    REQUIRE(reader->present(0));
    REQUIRE(waitUntil([&] { return f.app->controller()->ticketFlow()->idInput()->fromCard(); }));
    const QString shown = textOf(touch, QStringLiteral("digits")).remove(u' ');
    CHECK(shown == QStringLiteral("310***********") + id.right(4));
    CHECK(touch.find(QStringLiteral("idKeypad")) == nullptr); // the keypad makes way for the card
    REQUIRE(touch.tapWhenReady(QStringLiteral("takeTicket")));
    REQUIRE(waitUntil([&] { return f.app->controller()->page() == KioskShell::Page::Refused; }));
    QString sent;
    for (const QJsonObject& r : f.fake.requests) {
        if (r.value(QLatin1String("op")).toString() == QLatin1String("ticket.issue")) {
            sent = r.value(QLatin1String("args")).toObject().value(QLatin1String("idNumber")).toString();
        }
    }
    CHECK(sent == id);
}
