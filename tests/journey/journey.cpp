// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journey.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

namespace hall::test {

ServiceView::ServiceView(const QUrl& url, const QString& adminToken)
{
    REQUIRE(m_client.open(url));
    REQUIRE(ok(m_client.hello(QStringLiteral("admin"), QStringLiteral("admin-1"), adminToken)));
}

QJsonObject ServiceView::snapshot()
{
    return result(m_client.call(QStringLiteral("hall.snapshot")));
}

QJsonObject ServiceView::overview()
{
    return result(m_client.call(QStringLiteral("hall.overview")));
}

int ServiceView::ratings(const QString& kind)
{
    return overview().value(QLatin1String("ratings")).toObject().value(kind).toInt();
}

QJsonObject ServiceView::counter(int number)
{
    for (const QJsonValue& c : snapshot().value(QLatin1String("counters")).toArray()) {
        if (c.toObject().value(QLatin1String("number")).toInt() == number) {
            return c.toObject();
        }
    }
    return {};
}

QString ServiceView::ticketAt(int number)
{
    return counter(number)
        .value(QLatin1String("ticket"))
        .toObject()
        .value(QLatin1String("number"))
        .toString();
}

QString ServiceView::ticketStateAt(int number)
{
    return counter(number).value(QLatin1String("ticket")).toObject().value(QLatin1String("state")).toString();
}

QJsonObject ServiceView::ticket(const QString& number)
{
    for (const QJsonValue& t : snapshot().value(QLatin1String("tickets")).toArray()) {
        if (t.toObject().value(QLatin1String("number")).toString() == number) {
            return t.toObject();
        }
    }
    return {};
}

} // namespace hall::test
