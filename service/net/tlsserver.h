// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace hall {

/// The service's listening socket. Without TLS it is a plain QTcpServer; with a certificate and key
/// every accepted connection is a QSslSocket that starts the server side of the TLS handshake at
/// once, so ID numbers, phone numbers and passwords never cross the hall's network in clear text.
/// HallServer hands each socket to QWebSocketServer as before: the WebSocket upgrade is read from the
/// decrypted stream.
class TlsServer : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

    /// Loads a PEM certificate (chain) and its private key (RSA or EC). A refusal says which file
    /// is wrong and why; nothing changes then.
    std::optional<Error> enableTls(const QString& certificateFile, const QString& keyFile);
    bool isTls() const { return m_tls.has_value(); }
    /// Makes the socket of a descriptor that ConnectionGuard accepted (it owns the listening
    /// socket): a QTcpSocket, or a QSslSocket already starting its server handshake. Null (and
    /// the descriptor closed) when Qt refuses it.
    QTcpSocket* adopt(qintptr descriptor);

signals:
    /// A client whose TLS handshake failed (a plain ws:// client, a wrong certificate): for the log.
    void handshakeFailed(const QString& peer, const QString& why);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::optional<QSslConfiguration> m_tls;
};

} // namespace hall
