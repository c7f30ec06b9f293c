// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hallfixture.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QWebSocket>

#include <memory>

namespace hall::test {

/// A valid ID number (GB 11643) born on `birth`; `sequence` (0–999) tells people apart, its parity
/// gives the sex (odd: man).
QString bookingIdNumber(QDate birth, int sequence);
/// The n-th distinct man (born 1990 + n days) and woman (born 1995 + n days), of legal age.
QString groom(int n);
QString bride(int n);
/// `parties` for booking.create.
QJsonArray couple(int n);
/// The first slot of 2026-12-01 at office "main".
inline const QString kDec1At9 = QStringLiteral("2026-12-01T09:00:00+08:00");
/// The booking a booking.* reply carries.
QJsonObject bookingOf(const QJsonObject& reply);

/// A booking configuration written to a temporary file, for `--booking-config`, and beside it the
/// built-in hall configuration whose holiday service plan opens the registry's services on the
/// booking file's fixed special dates (specialDates.dates), for `--hall-config`: a special date on a
/// Saturday opens only where the hall calendar opens the day. It also enters a crafted 2027
/// arrangement, so that January 2027 is not provisional.
struct BookingConfigFile
{
    explicit BookingConfigFile(const QByteArray& json);
    QTemporaryDir dir;
    QString path;
    QString hallPath;
    /// --booking-config path --hall-config hallPath
    QStringList flags() const;
};

/// The configuration of the general booking tests: office "main" (Mon–Fri 09:00–12:00, 30-minute
/// slots, 2 marriages, 1 of each other type per slot) and "tiny" (one slot 09:00–09:30 of one
/// marriage); bookings up to 18:00 the same day; special date 2026-12-12 released at
/// 2026-11-24T12:00 with 3 marriages per slot. The service starts at 2026-11-24T10:00 (Tuesday).
QByteArray generalBookingJson();

/// booking.create args for couple `n` at `slotStart`.
QJsonObject createArgs(const QString& requestId, int n, const QString& slotStart,
                       const QString& type = QStringLiteral("marriage"));

/// Many raw connections sending requests at once and collecting the replies by id.
class BurstClients
{
public:
    /// Opens `connections` connections, each saying hello as one of `devices` (round robin).
    BurstClients(const QUrl& url, const QList<QPair<QString, QString>>& devices, int connections);
    /// Sends `op` with `args` on connection `connection`; returns the request id.
    qint64 send(int connection, const QString& op, const QJsonObject& args);
    /// Waits until every sent request has its reply.
    bool waitAll(int timeoutMs);
    const QHash<qint64, QJsonObject>& replies() const { return m_replies; }
    int size() const { return static_cast<int>(m_sockets.size()); }

private:
    std::vector<std::unique_ptr<QWebSocket>> m_sockets;
    QHash<qint64, QJsonObject> m_replies;
    qint64 m_nextId = 1;
    qint64 m_sent = 0;
};

} // namespace hall::test
