// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The network clients of the booking release benchmarks (bench-booking-release, bench-city-burst):
// raw WebSocket connections that match replies by id cheaply, and availability readers.
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QWebSocket>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace hall::releasebench {

using Steady = std::chrono::steady_clock;

/// The p-quantile (0..1) of `v`; 0 for none.
double percentile(std::vector<double> v, double p);

/// One connection: sends frames, matches replies by id and reports each with its latency.
class Conn
{
public:
    /// The reply frame as received, and its latency.
    using Reply = std::function<void(const QString&, double ms)>;
    explicit Conn(const QUrl& url);
    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    /// A connection refused while thousands open at once (full accept backlog) tries again.
    void retryIfRefused(const QUrl& url);
    static QString frame(qint64 id, const QString& op, const QJsonObject& args);
    void send(const QString& op, const QJsonObject& args, Reply reply);
    /// Sends a frame built in advance with frame(nextId(), …).
    void sendFrame(qint64 id, const QString& text, Reply reply);
    qint64 nextId() { return m_next++; }
    void flush() { m_socket.flush(); }

private:
    QWebSocket m_socket;
    qint64 m_next = 1;
    std::map<qint64, std::pair<Steady::time_point, Reply>> m_pending;
};

bool isOk(const QString& frame);
/// A refusal's code, read by hand like the id: thousands of refusals in a burst are parsed by the
/// bench, on the same 2 cores as the service.
QString errorCode(const QString& frame);
QJsonObject parsed(const QString& frame);
/// Runs the event loop until `done()` holds or `timeoutMs` passed; returns done().
bool runUntil(const std::function<bool()>& done, int timeoutMs);

/// Keeps `depth` availability reads in flight on each reader until stopped; counts the answers.
struct Readers
{
    std::vector<std::unique_ptr<Conn>> conns;
    bool running = false;
    qint64 answered = 0;
    qint64 failed = 0;
    std::vector<double> latencies;
    int counter = 0;
    QString date = QStringLiteral("2026-12-11"); ///< the date read; every fourth read is its month
    QString office;                              ///< empty: the hall's first office

    void next(Conn& c);
    void start(int depth);
};

} // namespace hall::releasebench
