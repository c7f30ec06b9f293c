// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selftest.h"

#include "client/waituntil.h"
#include "counterapp.h"
#include "countercontroller.h"

#include <QTextStream>

namespace hall {

int runSelfTest(CounterApp& app)
{
    QTextStream out(stdout);
    CounterController* c = app.controller();
    const auto fail = [&](const QString& step) {
        out << "self-test FAILED: " << step << " (connection: " << c->connection()
            << ", error: " << c->actions()->errorCode() << c->loginError() << ")\n";
        return 1;
    };
    bool wasClosed = false;
    QObject::connect(c->actions(), &DeskActions::succeeded, [&](const QString& action) {
        wasClosed = wasClosed || action == QLatin1String("open");
    });
    if (!waitUntil(
            [&] {
                return c->stage() == CounterController::Stage::Desk || !c->loginError().isEmpty() ||
                       !c->actions()->errorCode().isEmpty();
            },
            20000) ||
        c->stage() != CounterController::Stage::Desk) {
        return fail(QStringLiteral("log in and open the window"));
    }
    // The reply to counter.open can arrive before the event that shows the window open.
    if (!waitUntil(
            [&] {
                return c->windowStatus() == QLatin1String("open") ||
                       c->windowStatus() == QLatin1String("paused");
            },
            5000)) {
        return fail(QStringLiteral("the window does not show as open"));
    }
    const int window = c->window();
    const auto act = [&](const QString& action, const QString& status) {
        return c->perform(action) && waitUntil([&] { return !c->actions()->busy(); }, 15000) &&
               c->actions()->errorCode().isEmpty() &&
               waitUntil([&] { return c->windowStatus() == status; }, 5000);
    };
    if (c->windowStatus() == QLatin1String("open") &&
        !act(QStringLiteral("pause"), QStringLiteral("paused"))) {
        return fail(QStringLiteral("pause"));
    }
    if (!act(QStringLiteral("resume"), QStringLiteral("open"))) {
        return fail(QStringLiteral("resume"));
    }
    if (wasClosed && !c->ticket()->present() && !act(QStringLiteral("close"), QString())) {
        return fail(QStringLiteral("close again"));
    }
    out << "self-test ok: " << c->staffName() << " at window " << window << ", " << c->waiting()->rowCount()
        << " waiting\n";
    return 0;
}

} // namespace hall
