// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "releaseclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

namespace hall::releasebench {

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

Conn::Conn(const QUrl& url)
{
    m_socket.setMaxAllowedIncomingMessageSize(16 * 1024 * 1024);
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString& text) {
        // Replies are compact JSON with sorted keys: {"id":N,"ok":true,…} or {"error":{…},"id":N,…}.
        // Reading the id by hand keeps the bench's own cost low; only replies whose callback
        // wants more are parsed.
        static const QLatin1String key("\"id\":");
        const qsizetype at =
            text.startsWith(QLatin1String("{\"id\":")) ? 1 : text.lastIndexOf(QLatin1String(",\"id\":")) + 1;
        if (at <= 0) {
            return;
        }
        const qsizetype from = at + key.size();
        qsizetype end = from;
        while (end < text.size() && text.at(end).isDigit()) {
            ++end;
        }
        const auto it = m_pending.find(QStringView(text).mid(from, end - from).toLongLong());
        if (it == m_pending.end()) {
            return;
        }
        auto [sent, reply] = std::move(it->second);
        m_pending.erase(it);
        reply(text, std::chrono::duration<double, std::milli>(Steady::now() - sent).count());
    });
    m_socket.open(url);
}

void Conn::retryIfRefused(const QUrl& url)
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState) {
        m_socket.open(url);
    }
}

QString Conn::frame(qint64 id, const QString& op, const QJsonObject& args)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                                       {QStringLiteral("op"), op},
                                                       {QStringLiteral("args"), args}})
                                 .toJson(QJsonDocument::Compact));
}

void Conn::send(const QString& op, const QJsonObject& args, Reply reply)
{
    const qint64 id = m_next++;
    sendFrame(id, frame(id, op, args), std::move(reply));
}

void Conn::sendFrame(qint64 id, const QString& text, Reply reply)
{
    m_pending.emplace(id, std::pair{Steady::now(), std::move(reply)});
    m_socket.sendTextMessage(text);
}

bool isOk(const QString& frame)
{
    return frame.contains(QLatin1String(",\"ok\":true"));
}

/// A refusal's code, read by hand like the id: 1,900 refusals in a burst are parsed by the bench, on
/// the same 2 cores as the service.
QString errorCode(const QString& frame)
{
    static const QLatin1String key("\"code\":\"");
    const qsizetype at = frame.indexOf(key);
    if (at < 0) {
        return QStringLiteral("?");
    }
    const qsizetype from = at + key.size();
    return frame.mid(from, frame.indexOf(QLatin1Char('"'), from) - from);
}

QJsonObject parsed(const QString& frame)
{
    return QJsonDocument::fromJson(frame.toUtf8()).object();
}

bool runUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    // Blocks between events instead of spinning: a spinning bench took a whole core from the service
    // it measures. The tick only bounds how late done() and the timeout are looked at; the latencies
    // are taken in the reply callbacks, not here.
    QTimer tick;
    tick.start(2);
    while (!done()) {
        if (t.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void Readers::next(Conn& c)
{
    if (!running) {
        return;
    }
    // Mostly the date's slots (the kiosk's slot page), every fourth the month (its calendar).
    const bool month = (++counter % 4) == 0;
    QJsonObject args = month ? QJsonObject{{QStringLiteral("month"), date.left(7)},
                                           {QStringLiteral("type"), QStringLiteral("marriage")}}
                             : QJsonObject{{QStringLiteral("date"), date},
                                           {QStringLiteral("type"), QStringLiteral("marriage")}};
    if (!office.isEmpty()) {
        args.insert(QStringLiteral("office"), office);
    }
    c.send(month ? QStringLiteral("booking.calendar") : QStringLiteral("booking.slots"), args,
           [this, &c](const QString& r, double ms) {
               if (isOk(r)) {
                   ++answered;
               } else {
                   ++failed;
               }
               latencies.push_back(ms);
               next(c);
           });
}

void Readers::start(int depth)
{
    running = true;
    for (auto& c : conns) {
        for (int i = 0; i < depth; ++i) {
            next(*c);
        }
    }
}

} // namespace hall::releasebench
