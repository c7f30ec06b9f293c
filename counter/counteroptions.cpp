// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "counteroptions.h"

#include "client/frontendoptions.h"

#include <climits>

namespace hall {

namespace {

void declare(FrontEndOptionParser& p, CounterOptions& o)
{
    CounterController::Options& c = o.controller;
    // CounterController::Options has no defaults for these: they are the counter program's.
    if (c.url.isEmpty()) {
        c.url = QUrl(QStringLiteral("ws://127.0.0.1:7700/v1"));
    }
    if (c.device.isEmpty()) {
        c.device = QStringLiteral("counter-1");
    }
    p.addCommon({c.url, c.device, c.token, o.windowSize, o.fullScreen, o.selfTest, c.caFile},
                {.program = QStringLiteral("hall-counter: the staff counter client (call, serve, transfer; "
                                           "supervisor view for admin devices)."),
                 .device = QStringLiteral("This counter's device name (default counter-1)."),
                 .token = QStringLiteral(
                     "Device token from `hall-admin device add --role counter` (or --role admin)."),
                 .size = QStringLiteral("Window size WxH (default 1600x900)."),
                 .fullScreen = QStringLiteral("Full screen."),
                 .selfTest = QStringLiteral("Log in, open the window, call and finish one ticket offscreen, "
                                            "exit 0 (ok) or 1. Needs --user, --password and --window.")});
    p.addChoice("role", "counter (default; staff log in) or admin (supervisor device).",
                {QStringLiteral("counter"), QStringLiteral("admin")}, [&c](const QString& v) { c.role = v; });
    p.addText("user", "Staff user name prefilled on the login page.", c.defaultUser);
    p.addText("password", "With --user: log in at start (demos and tests; prefer typing it).", o.password);
    p.addInteger("window", "With a login: open this window at once.", 1, INT_MAX,
                 [&o](int n) { o.window = n; });
    p.addSwitch("rating-window", "Show the rating (评价器) in a second small window for the resident.",
                o.ratingWindow);
    p.addCheck([&o]() -> std::optional<QString> {
        const bool staffLogin = o.controller.role == QLatin1String("counter");
        if (o.selfTest && staffLogin &&
            (o.controller.defaultUser.isEmpty() || o.password.isEmpty() || o.window == 0)) {
            return QStringLiteral("自检需要 --user、--password 和 --window (the self-test needs them)");
        }
        return std::nullopt;
    });
}

} // namespace

std::optional<QString> CounterOptions::parse(const QStringList& arguments, CounterOptions& out)
{
    return parseInto(arguments, out, &declare);
}

QString CounterOptions::helpText()
{
    return helpTextOf(&declare);
}

} // namespace hall
