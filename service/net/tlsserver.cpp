// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsserver.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

#include <unistd.h>

namespace hall {

namespace {

Error tlsError(const QString& message)
{
    return Error{ErrorCode::InvalidArgument, message};
}

} // namespace

std::optional<Error> TlsServer::enableTls(const QString& certificateFile, const QString& keyFile)
{
    if (!QSslSocket::supportsSsl()) {
        return tlsError(QStringLiteral("本机的 Qt 没有可用的 TLS 后端（需要 OpenSSL）"));
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty()) {
        return tlsError(QStringLiteral("无法读取 TLS 证书（PEM）: %1").arg(certificateFile));
    }
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly)) {
        return tlsError(QStringLiteral("无法读取 TLS 私钥: %1: %2").arg(keyFile, keyIn.errorString()));
    }
    const QByteArray pem = keyIn.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    }
    if (key.isNull()) {
        return tlsError(
            QStringLiteral("TLS 私钥不是 PEM 格式的 RSA 或 EC 密钥（或有口令）: %1").arg(keyFile));
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients prove themselves with their token
    config.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls = config;
    return std::nullopt;
}

void TlsServer::incomingConnection(qintptr descriptor)
{
    if (QTcpSocket* socket = adopt(descriptor)) {
        addPendingConnection(socket);
    }
}

QTcpSocket* TlsServer::adopt(qintptr descriptor)
{
    if (!m_tls) {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            ::close(static_cast<int>(descriptor));
            return nullptr;
        }
        return socket;
    }
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(static_cast<int>(descriptor));
        return nullptr;
    }
    socket->setSslConfiguration(*m_tls);
    connect(socket, &QSslSocket::sslErrors, socket, [this, socket](const QList<QSslError>& errors) {
        emit handshakeFailed(
            QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort()),
            errors.isEmpty() ? QString() : errors.constFirst().errorString());
    });
    connect(socket, &QAbstractSocket::errorOccurred, socket, [this, socket](QAbstractSocket::SocketError e) {
        if (!socket->isEncrypted() && e == QAbstractSocket::SslHandshakeFailedError) {
            emit handshakeFailed(
                QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort()),
                socket->errorString());
        }
    });
    socket->startServerEncryption();
    return socket;
}

} // namespace hall
