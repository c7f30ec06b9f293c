// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestlog.h"

#include "system/journallog.h"

#include "domain/halltime.h"

#include <QAbstractEventDispatcher>
#include <QDateTime>

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
QLatin1StringView requestLogSafeOp(const QString& op, QByteArray& plain)
{
    if (op.isEmpty()) {
        return QLatin1StringView("-");
    }
    if (op.size() > 40) {
        return QLatin1StringView("(invalid)");
    }
    for (const QChar c : op) {
        const char16_t u = c.unicode();
        if (!((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'.' ||
              u == u'_')) {
            return QLatin1StringView("(invalid)");
        }
    }
    plain = op.toLatin1();
    return QLatin1StringView(plain);
}

/// Lines kept beyond this are written at once, not at the end of the turn.
constexpr qsizetype kRequestLogFlushBytes = 64 * 1024;

} // namespace

RequestLog::RequestLog(bool quiet) : m_quiet(quiet)
{
    if (auto* loop = QAbstractEventDispatcher::instance(); loop != nullptr && !m_quiet) {
        m_flushBeforeWait =
            QObject::connect(loop, &QAbstractEventDispatcher::aboutToBlock, [this] { flush(); });
    }
}

RequestLog::~RequestLog()
{
    QObject::disconnect(m_flushBeforeWait);
    flush();
}

void RequestLog::flush()
{
    if (!m_pending.isEmpty()) {
        std::fwrite(m_pending.constData(), 1, static_cast<size_t>(m_pending.size()), stderr);
        m_pending.clear();
    }
}

void RequestLog::write(QByteArrayView line)
{
    if (m_quiet) {
        return;
    }
    m_pending += journallog::prefix(6);
    // The time's text once per millisecond: the requests of one turn mostly share it.
    if (const qint64 now = QDateTime::currentMSecsSinceEpoch(); now != m_stampMs) {
        m_stampMs = now;
        m_stamp = halltime::toIso(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC)).toLatin1();
    }
    m_pending += m_stamp;
    m_pending += ' ';
    m_pending += line;
    m_pending += '\n';
    if (!m_flushBeforeWait || m_pending.size() >= kRequestLogFlushBytes) {
        flush();
    }
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
    QByteArray opText;
    QByteArray line;
    line.reserve(160);
    Session::LogHead& head = s.logHead;
    const QString staff = s.staffUser();
    if (head.bytes.isEmpty() || head.device != s.device || head.role != s.role || head.staff != staff) {
        head = {s.device, s.role, staff, {}};
        head.bytes += "peer=";
        head.bytes += s.peer.toUtf8();
        head.bytes += " device=";
        head.bytes += s.device.isEmpty() ? QByteArray("-") : s.device.toUtf8();
        head.bytes += " role=";
        head.bytes += s.role ? toString(*s.role).toUtf8() : QByteArray("-");
        head.bytes += " staff=";
        head.bytes += s.staff ? staff.toUtf8() : QByteArray("-");
    }
    line += head.bytes;
    line += " op=";
    line += requestLogSafeOp(op, opText);
    line += " id=";
    line += idText.toUtf8();
    line += " outcome=";
    line += outcome.ok ? QByteArray("ok") : outcome.error.code.toUtf8();
    line += " us=";
    line += QByteArray::number(micros);
    if (outcome.replayed) {
        line += " replayed";
    }
    if (!outcome.detail.isEmpty()) {
        line += ' ';
        line += outcome.detail.toUtf8();
    }
    write(line);
}

void RequestLog::connection(const QString& peer, const QString& what)
{
    write(QStringLiteral("peer=%1 %2").arg(peer, what).toUtf8());
}

} // namespace hall
