// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

class QAbstractSocket;
class QWebSocket;

namespace hall::wsframe {

/// Appends `payload` as one unmasked, unfragmented text frame (server to client, RFC 6455 §5.2).
void appendText(QByteArray& out, QByteArrayView payload);

/// Appends a close frame (RFC 6455 §5.5.1) with `code` and at most 123 bytes of `reason`.
void appendClose(QByteArray& out, quint16 code, QByteArrayView reason);

/// Writes complete frames (built with appendText) to a connection, beside QWebSocket rather than
/// through it: sendTextMessage() would take a QString, convert it to UTF-8 and copy it again for
/// every session, where one event's bytes can be shared by every subscriber. Both QWebSocket (pings,
/// close) and this append whole frames to the same QTcpSocket, so frames never interleave.
///
/// The bytes go out as socketwrite::write sends them (one send(2) from `data` when it can). Returns false
/// (writing nothing) when the connection is no longer open.
bool write(QWebSocket& ws, QAbstractSocket* tcp, const char* data, qsizetype size);

} // namespace hall::wsframe
