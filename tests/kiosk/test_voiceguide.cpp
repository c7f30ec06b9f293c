// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Elderly mode's voice guidance: which sentence each page speaks, and only in elderly mode.
#include "client/serviceclient.h"
#include "client/waituntil.h"
#include "fakeservice.h"
#include "kioskshell.h"
#include "voice/announcer.h"
#include "voice/voicepack.h"
#include "voiceguide.h"

#include <catch2/catch.hpp>

#include <QMetaEnum>
#include <QSignalSpy>

using namespace hall;
using namespace Qt::StringLiterals;

namespace {

ServiceClient::Options clientOptions(const QUrl& url)
{
    return test::fakeKioskOptions(url);
}

QStringList keysOf(const QSignalSpy& spy)
{
    QStringList out;
    for (const QList<QVariant>& args : spy) {
        out << args.at(0).toString();
    }
    return out;
}

} // namespace

TEST_CASE("elderly mode speaks one sentence per page in the resident's language, through the announcer",
          "[nostore]")
{
    test::FakeService fake;
    fake.setScript([&](QWebSocket* s, const QJsonObject& r) { fake.answerHandshake(s, r); });
    ServiceClient client(clientOptions(fake.url()));
    KioskShell kiosk(&client, nullptr, {});
    VoiceGuide guide(&kiosk, {{u"audio"_s, u"silent"_s}});
    QSignalSpy guided(&guide, &VoiceGuide::guided);
    client.start();
    REQUIRE(waitUntil(
        [&] { return kiosk.serviceAvailable() && kiosk.ticketFlow()->services()->rowCount() == 1; }));

    // Standard mode: silent, and no audio pipeline is even built.
    kiosk.startTicket(QStringLiteral("marriage"));
    kiosk.reset();
    CHECK(guided.isEmpty());
    CHECK(guide.announcer() == nullptr);

    kiosk.setElderly(true);
    REQUIRE(guide.announcer() != nullptr);
    QSignalSpy skipped(guide.announcer(), &Announcer::guidanceSkipped);
    kiosk.startTicket(QStringLiteral("marriage"));
    kiosk.ticketFlow()->next();
    kiosk.setEnglish(true);
    CHECK(keysOf(guided) == QStringList{u"guide_home_zh"_s, u"guide_choose_zh"_s, u"guide_identify_zh"_s,
                                        u"guide_identify_en"_s});
    // The resident moved on faster than the sentences end: what waits is only where they are now.
    CHECK(guide.announcer()->isSpeaking());
    CHECK(guide.announcer()->pendingCount() == 1);
    CHECK(skipped.isEmpty()); // the built-in pack has every sentence

    kiosk.setElderly(false);
    kiosk.ticketFlow()->back();
    CHECK(guided.size() == 4);
}

TEST_CASE("every kiosk page has its sentence in both languages in the built-in voice pack", "[nostore]")
{
    const VoicePack pack = VoicePack::load(VoicePack::defaultDirectory());
    REQUIRE_FALSE(pack.isEmpty());
    const QMetaEnum pages = QMetaEnum::fromType<KioskShell::Page>();
    for (int i = 0; i < pages.keyCount(); ++i) {
        const QString page = QString::fromLatin1(pages.key(i)).toLower();
        for (const QString& lang : {u"zh"_s, u"en"_s}) {
            const QString key = QStringLiteral("guide_%1_%2").arg(page, lang);
            INFO(key.toStdString());
            CHECK_FALSE(pack.file(key).isEmpty());
        }
    }
}

TEST_CASE("a ticket shown only on screen tells the resident to photograph it", "[nostore]")
{
    test::FakeService fake;
    fake.setScript([&](QWebSocket* s, const QJsonObject& r) {
        if (r.value(u"op"_s).toString() != QLatin1String("ticket.issue")) {
            fake.answerHandshake(s, r);
            return;
        }
        fake.reply(s, r,
                   {{u"ticket"_s, QJsonObject{{u"number"_s, u"A001"_s},
                                              {u"day"_s, u"2026-11-24"_s},
                                              {u"priority"_s, u"normal"_s},
                                              {u"issuedAt"_s, u"2026-11-24T10:00:00+08:00"_s}}},
                    {u"ahead"_s, 0},
                    {u"waitMinutes"_s, 0}});
    });
    ServiceClient client(clientOptions(fake.url()));
    KioskShell kiosk(&client, nullptr, {}); // no printer: every ticket is on screen only
    VoiceGuide guide(&kiosk, {{u"audio"_s, u"silent"_s}});
    QSignalSpy guided(&guide, &VoiceGuide::guided);
    client.start();
    REQUIRE(waitUntil(
        [&] { return kiosk.serviceAvailable() && kiosk.ticketFlow()->services()->rowCount() == 1; }));
    kiosk.setElderly(true);
    kiosk.startTicket(QStringLiteral("marriage"));
    kiosk.ticketFlow()->next();
    kiosk.ticketFlow()->submit();
    REQUIRE(waitUntil([&] { return kiosk.page() == KioskShell::Page::Ticket; }));
    CHECK(keysOf(guided).last() == u"guide_ticket_screen_zh"_s);
}

TEST_CASE("no voice configured, or a voice pack that cannot load: the kiosk works without guidance",
          "[nostore]")
{
    test::FakeService fake;
    fake.setScript([&](QWebSocket* s, const QJsonObject& r) { fake.answerHandshake(s, r); });
    ServiceClient client(clientOptions(fake.url()));
    KioskShell kiosk(&client, nullptr, {});
    VoiceGuide none(&kiosk, {});
    VoiceGuide broken(&kiosk, {{u"audio"_s, u"silent"_s}, {u"voiceDir"_s, u"/nonexistent/voice"_s}});
    QSignalSpy noneGuided(&none, &VoiceGuide::guided);
    QSignalSpy brokenGuided(&broken, &VoiceGuide::guided);
    kiosk.setElderly(true);
    CHECK(noneGuided.isEmpty());
    CHECK(brokenGuided.isEmpty());
    CHECK(broken.announcer() == nullptr);
    CHECK(kiosk.elderly());
}
