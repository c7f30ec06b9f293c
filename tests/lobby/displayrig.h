// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "callannouncer.h"
#include "lobbyapp.h"
#include "lobbycontroller.h"
#include "recordingplayer.h"
#include "screenquery.h"
#include "voice/announcer.h"

#include <catch2/catch.hpp>

#include <QQuickItem>

namespace hall::test {

/// A lobby display wired as hall-lobby wires it (pages offscreen, its own ServiceClient), whose
/// voice goes to a RecordingPlayer instead of the sound card. Shared by the lobby and e2e tests.
struct DisplayRig
{
    RecordingPlayer* player = new RecordingPlayer(20);
    std::unique_ptr<LobbyApp> app;

    DisplayRig(const QUrl& url, const QString& device, const QString& token)
    {
        QString error;
        VoicePack pack = VoicePack::load(VoicePack::defaultDirectory(), &error);
        INFO(error.toStdString());
        REQUIRE_FALSE(pack.isEmpty());
        auto announcer = std::make_unique<Announcer>(pack, std::unique_ptr<ClipPlayer>(player));
        announcer->setRepeat(1);
        LobbyOptions o;
        o.url = url;
        o.device = device;
        o.token = token;
        o.backoffMaxMs = 1000;
        o.callsShown = 10;
        app = std::make_unique<LobbyApp>(o, std::move(announcer));
        REQUIRE(app->load());
        app->start();
    }
    LobbyController* lobby() const { return app->controller(); }
    /// What was handed to the announcer, in order: "A012@3", recalls "A012@3R".
    QStringList spoken() const
    {
        QStringList out;
        for (const CallAnnouncer::Entry& e : app->callAnnouncer()->history()) {
            out << QStringLiteral("%1@%2%3")
                       .arg(e.call.ticketNumber)
                       .arg(e.call.counter)
                       .arg(QLatin1String(e.call.recall ? "R" : ""));
        }
        return out;
    }
    /// The calls on screen, newest first, in the same form.
    QStringList shownCalls() const
    {
        QStringList out;
        for (const CallListModel::Call& c : lobby()->calls()->calls()) {
            out << QStringLiteral("%1@%2%3").arg(c.ticket).arg(c.counter).arg(
                QLatin1String(c.recall ? "R" : ""));
        }
        return out;
    }
    /// The texts of window `number`'s cell on screen.
    QString windowText(int number) const
    {
        QQuickItem* cell =
            screenquery::find(app->window(), QStringLiteral("window_") + QString::number(number));
        if (cell == nullptr) {
            return {};
        }
        QStringList texts;
        for (QQuickItem* child : cell->childItems()) {
            texts << child->property("text").toString();
        }
        return texts.join(u' ');
    }
};

} // namespace hall::test
