// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hallscript.h"

#include "client/waituntil.h"

#include <QJsonArray>

#include <optional>

namespace hall {

namespace {

ServiceClient::Options adminOptions(const QUrl& url, const QString& device, const QString& token)
{
    ServiceClient::Options o;
    o.url = url;
    o.role = QStringLiteral("admin");
    o.device = device;
    o.token = token;
    o.subscribe = false;
    o.backoffMaxMs = 500;
    return o;
}

} // namespace

HallScript::HallScript(const QUrl& url, const QString& device, const QString& token)
    : m_client(adminOptions(url, device, token))
{
    m_client.start();
}

bool HallScript::waitReady(int timeoutMs)
{
    return waitUntil([&] { return m_client.isReady(); }, timeoutMs);
}

ServiceReply HallScript::run(const QString& op, QJsonObject args, int timeoutMs)
{
    if (op != QLatin1String("hall.snapshot") && op != QLatin1String("ticket.get") &&
        !args.contains(QLatin1String("requestId"))) {
        args.insert(QStringLiteral("requestId"), ServiceClient::newRequestId());
    }
    std::optional<ServiceReply> reply;
    m_client.request(
        op, args, [&](const ServiceReply& r) { reply = r; }, timeoutMs);
    waitUntil([&] { return reply.has_value(); }, timeoutMs + 5000);
    return reply.value_or(ServiceReply{false, {}, QStringLiteral("TIMEOUT"), QString()});
}

QString HallScript::issue(const QString& service)
{
    const ServiceReply r =
        run(QStringLiteral("ticket.issue"), {{QStringLiteral("services"), QJsonArray{service}}});
    return r.result.value(QLatin1String("ticket")).toObject().value(QLatin1String("number")).toString();
}

QString HallScript::counterOp(const QString& op, int counter)
{
    const ServiceReply r = run(op, {{QStringLiteral("counter"), counter}});
    return r.result.value(QLatin1String("ticket")).toObject().value(QLatin1String("number")).toString();
}

} // namespace hall
