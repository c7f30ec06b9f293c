// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace hall::deskcommand {

/// One desk action as the request that carries it out at a window.
struct Request
{
    QString action; ///< the button it belongs to (DeskActions::busyAction), e.g. "resume" for togglePause
    QString op;     ///< "counter.callNext", …
    QJsonObject args;
};

/// True for the actions that need a dialog first (transfer, callTicket, requeue without a number).
bool opensDialog(const QString& action, const QString& argument);

/// The request for a desk action at `window` (whose state is `windowStatus`: togglePause depends on
/// it), or nothing for an unknown action. See CounterController::perform for the actions.
std::optional<Request> requestFor(const QString& action, const QString& argument, int window,
                                  const QString& windowStatus);

/// A ticket number as staff type it ("a12", "A 012") in the service's form ("A012").
QString typedNumber(const QString& typed);

} // namespace hall::deskcommand
