// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestlog.h"

#include "system/journallog.h"

#include "domain/halltime.h"

#include <QRegularExpression>

#include <cstdio>

namespace hall {

QString RequestLog::mask(const QString& text)
{
    if (text.size() <= 2) {
        return QString(text.size(), QLatin1Char('*'));
    }
    return text.front() + QString(text.size() - 2, QLatin1Char('*')) + text.back();
}

namespace {

// The op comes from the client: keep the log one line per request whatever it sends.
QString safeOp(const QString& op)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._]{1,40}$"));
    if (op.isEmpty()) {
        return QStringLiteral("-");
    }
    return plain.match(op).hasMatch() ? op : QStringLiteral("(invalid)");
}

} // namespace

void RequestLog::write(const QString& line)
{
    if (m_quiet) {
        return;
    }
    const QByteArray bytes = journallog::prefix(6) + (halltime::toIso(QDateTime::currentDateTimeUtc()) +
                                                      QLatin1Char(' ') + line + QLatin1Char('\n'))
                                                         .toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
}

void RequestLog::request(const Session& s, const QString& op, const QJsonValue& id, const Outcome& outcome,
                         qint64 micros)
{
    if (m_observer) {
        m_observer(op, outcome, micros);
    }
    if (m_quiet) {
        return; // before formatting: under load the line cost more than some requests
    }
    const QString idText = id.isString()   ? mask(id.toString().left(64))
                           : id.isDouble() ? QString::number(id.toInteger())
                                           : QStringLiteral("-");
    QString line = QStringLiteral("peer=%1 device=%2 role=%3 staff=%4 op=%5 id=%6 outcome=%7 us=%8")
                       .arg(s.peer, s.device.isEmpty() ? QStringLiteral("-") : s.device,
                            s.role ? toString(*s.role) : QStringLiteral("-"),
                            s.staff ? s.staff->user : QStringLiteral("-"), safeOp(op), idText,
                            outcome.ok ? QStringLiteral("ok") : outcome.error.code)
                       .arg(micros);
    if (outcome.replayed) {
        line += QStringLiteral(" replayed");
    }
    if (!outcome.detail.isEmpty()) {
        line += QLatin1Char(' ') + outcome.detail;
    }
    write(line);
}

void RequestLog::connection(const QString& peer, const QString& what)
{
    write(QStringLiteral("peer=%1 %2").arg(peer, what));
}

} // namespace hall
