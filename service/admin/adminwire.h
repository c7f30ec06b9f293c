// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hall::adminwire {

/// How hall-admin reaches a running hall-service: the Unix socket `DIR/admin.sock`, created by the
/// service with owner-only permissions (whoever may write the data directory may already change
/// the hall, so the file system is the authentication). One request per connection, one JSON line
/// each way: the command's arguments as typed after the global options, and what hall-admin read
/// for it (passwords from stdin, the bytes of a CSV file); back come the exit code and the text
/// for stdout and stderr, exactly as a direct run would print them.
struct Request
{
    QStringList args;
    QByteArray input;
};
struct Reply
{
    int exitCode = 1;
    QString out;
    QString err;
};

/// A request larger than this is refused (the largest is a CSV import).
inline constexpr qint64 kMaxRequestBytes = 32 * 1024 * 1024;

QString socketPath(const QString& dataDir);

QByteArray encode(const Request& r);
QByteArray encode(const Reply& r);
std::optional<Request> decodeRequest(const QByteArray& line);
std::optional<Reply> decodeReply(const QByteArray& line);

/// Sends `request` to the service of `dataDir` and waits for its reply (blocking; for hall-admin).
Result<Reply> call(const QString& dataDir, const Request& request, int timeoutMs = 60000);

} // namespace hall::adminwire
