// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskcommand.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace hall::deskcommand {

bool opensDialog(const QString& action, const QString& argument)
{
    static const QStringList dialogs{QStringLiteral("transfer"), QStringLiteral("callTicket"),
                                     QStringLiteral("requeue")};
    return dialogs.contains(action) && argument.isEmpty();
}

std::optional<Request> requestFor(const QString& action, const QString& argument, int window,
                                  const QString& windowStatus)
{
    const auto at = [window](const QString& name, const QString& op, QJsonObject args = {}) {
        args.insert(QStringLiteral("counter"), window);
        return Request{name, op, std::move(args)};
    };
    static const QHash<QString, QString> simple{
        {QStringLiteral("callNext"), QStringLiteral("counter.callNext")},
        {QStringLiteral("recall"), QStringLiteral("counter.recall")},
        {QStringLiteral("start"), QStringLiteral("counter.start")},
        {QStringLiteral("finish"), QStringLiteral("counter.finish")},
        {QStringLiteral("setAside"), QStringLiteral("counter.setAside")},
        {QStringLiteral("pause"), QStringLiteral("counter.pause")},
        {QStringLiteral("resume"), QStringLiteral("counter.resume")},
        {QStringLiteral("open"), QStringLiteral("counter.open")},
        {QStringLiteral("close"), QStringLiteral("counter.close")},
    };
    if (const auto it = simple.constFind(action); it != simple.cend()) {
        return at(action, *it);
    }
    if (action == QLatin1String("togglePause")) {
        return windowStatus == QLatin1String("paused")
                   ? at(QStringLiteral("resume"), QStringLiteral("counter.resume"))
                   : at(QStringLiteral("pause"), QStringLiteral("counter.pause"));
    }
    if (action == QLatin1String("call") || action == QLatin1String("callTicket")) {
        return at(QStringLiteral("call"), QStringLiteral("counter.call"),
                  {{QStringLiteral("ticket"), typedNumber(argument)}});
    }
    if (action == QLatin1String("requeue")) {
        return at(action, QStringLiteral("counter.requeue"),
                  {{QStringLiteral("ticket"), typedNumber(argument)}});
    }
    if (action == QLatin1String("transferService")) {
        return at(action, QStringLiteral("counter.transfer"), {{QStringLiteral("toService"), argument}});
    }
    if (action == QLatin1String("transferWindow")) {
        return at(action, QStringLiteral("counter.transfer"),
                  {{QStringLiteral("toCounter"), argument.toInt()}});
    }
    return std::nullopt;
}

QString typedNumber(const QString& typed)
{
    // Staff type "a12" for A012: upper case, and the digits padded to the ticket's three.
    static const QRegularExpression number(QStringLiteral("^([A-Za-z])\\s*0*(\\d{1,3})$"));
    const QRegularExpressionMatch m = number.match(typed.trimmed());
    if (!m.hasMatch()) {
        return typed.trimmed().toUpper();
    }
    return m.captured(1).toUpper() + QStringLiteral("%1").arg(m.captured(2).toInt(), 3, 10, QLatin1Char('0'));
}

} // namespace hall::deskcommand
