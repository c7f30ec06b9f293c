// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hallfixture.h"
#include "procstat.h"
#include "rawsocket.h"

#include <QJsonObject>

#include <cstdio>

namespace hall::test {

/// The service ids of the built-in catalogue, for spreading tickets over every quota.
QStringList allServices();

/// One request as a JSON frame with id 1, for a RawSocket.
QByteArray requestFrame(const QString& op, const QJsonObject& args);

/// Says `hello` as `device` (role from its name) on a raw socket; false when it cannot send.
bool rawHello(RawSocket& socket, const HallFixture& f, const QString& device);

/// `ticket.issue` as one JSON frame with request id `id` (services rotate with `n`).
QString issueFrame(qint64 id, int n);

/// Sends every frame at once, then waits for as many replies; returns how many succeeded.
int pipeline(WsClient& client, const QStringList& frames);

/// Sends `count` ticket.issue requests on `client` at once and waits for every reply; returns how
/// many succeeded. Requests pipelined this way reach the service in few turns.
int issueBatch(WsClient& client, int first, int count);

/// Sends `count` counter.pause / counter.resume requests (alternating, counter `counter` open) on
/// `client` at once and waits for the replies; returns how many succeeded. Each is one change of
/// hall state, so one event to every subscriber (two with the queue figures that follow), without
/// limit: tickets run out at the daily quota, a counter's state does not.
int toggleBatch(WsClient& client, int counter, int first, int count);

/// One line per measured figure, on stdout: what `./hall test` shows for the adversarial suite
/// (ctest -V, or the test's output on failure).
template <typename... Args> void figure(const char* format, Args... args)
{
    std::printf("[adversarial] ");
    std::printf(format, args...);
    std::printf("\n");
    std::fflush(stdout);
}

} // namespace hall::test
