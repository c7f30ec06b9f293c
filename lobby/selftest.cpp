// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selftest.h"

#include "callannouncer.h"
#include "client/serviceclient.h"
#include "client/waituntil.h"
#include "lobbyapp.h"
#include "lobbycontroller.h"
#include "screenquery.h"
#include "voice/announcer.h"

#include <QJsonArray>
#include <QQuickWindow>
#include <QTextStream>

namespace hall {

int runSelfTest(LobbyApp& app)
{
    QTextStream out(stdout);
    LobbyController* lobby = app.controller();
    const auto fail = [&](const QString& step) {
        out << "self-test FAILED: " << step << " (connection: " << lobby->connection() << ")\n";
        return 1;
    };
    // A refused token will not be accepted within the self-test: no point waiting for a snapshot then.
    waitUntil(
        [&] {
            return !app.client()->snapshot().isEmpty() ||
                   app.client()->state() == ServiceClient::State::Disconnected ||
                   app.client()->state() == ServiceClient::State::Unauthorised;
        },
        15000);
    const QJsonObject snapshot = app.client()->snapshot();
    if (snapshot.isEmpty()) {
        return fail(QStringLiteral("no service snapshot ") + app.client()->lastError());
    }
    const qsizetype counters = snapshot.value(QLatin1String("counters")).toArray().size();
    const bool shown = waitUntil(
        [&] { return screenquery::findAll(app.window(), QStringLiteral("window_")).size() == counters; },
        5000);
    if (!shown) {
        return fail(QStringLiteral("the screen does not show the %1 windows").arg(counters));
    }
    const QJsonArray calls = snapshot.value(QLatin1String("recentCalls")).toArray();
    if (!calls.isEmpty() &&
        lobby->latestTicket() != calls.first().toObject().value(QLatin1String("ticket")).toString()) {
        return fail(QStringLiteral("the latest call is not the service's"));
    }
    if (app.window()->grabWindow().isNull()) {
        return fail(QStringLiteral("nothing was drawn"));
    }
    out << "self-test ok: " << counters << " windows, " << calls.size() << " recent calls, "
        << lobby->services()->totalWaiting() << " waiting; voice "
        << (app.announcer() != nullptr ? app.announcer()->voicePack().directory() : QStringLiteral("off"))
        << "\n";
    return 0;
}

} // namespace hall
