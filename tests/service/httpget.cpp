// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpget.h"

#include "client/waituntil.h"

#include <catch2/catch.hpp>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>

namespace hall::test {

HttpResult httpGet(quint16 port, const QString& path, const QByteArray& verb, const QByteArray& body)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
    }
    QNetworkReply* reply =
        body.isEmpty() ? nam.sendCustomRequest(request, verb) : nam.sendCustomRequest(request, verb, body);
    REQUIRE(hall::waitUntil([&] { return reply->isFinished(); }, 20000));
    HttpResult r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll()};
    reply->deleteLater();
    return r;
}

quint16 freePort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

} // namespace hall::test
