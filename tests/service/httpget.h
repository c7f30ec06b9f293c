// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace hall::test {

/// One HTTP answer as a test reads it.
struct HttpResult
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

/// `verb` on http://127.0.0.1:PORT/PATH through Qt's own HTTP client (a real client, not the
/// service's code), with `body` as a form when given; fails the test when no answer comes.
HttpResult httpGet(quint16 port, const QString& path, const QByteArray& verb = "GET",
                   const QByteArray& body = {});

/// A loopback TCP port nobody listens on at this moment (another process may take it before the
/// caller does; the tests that use it start their server at once).
quint16 freePort();

} // namespace hall::test
