// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httplistener.h"

#include <QJsonObject>

namespace hall {

class HallServer;
class HallState;
class LoopLag;
class RequestLedger;
class ServiceMetrics;
class StorageProbe;

/// The operator's HTTP endpoint (a listener of its own, on loopback by default): `/healthz` for
/// systemd-style checks and load balancers, `/metrics` for Prometheus. Neither says anything about
/// a person: figures per op, service, role and device name only.
class OperatorEndpoint : public QObject
{
    Q_OBJECT
public:
    struct Sources
    {
        HallState& hall;
        HallServer& server;
        ServiceMetrics& metrics;
        LoopLag& lag;
        StorageProbe& probe;
        RequestLedger& ledger;
        QString databasePath; ///< the SQLite file; empty on PostgreSQL
    };

    explicit OperatorEndpoint(Sources sources, QObject* parent = nullptr);

    bool listen(const QHostAddress& address, quint16 port, QString* error);
    quint16 port() const { return m_listener.port(); }
    /// Other listeners whose connection figures /metrics reports (the residents' pages).
    void report(const HttpListener* listener) { m_reported.append(listener); }

    /// The /metrics text as scraped now.
    QByteArray metrics() const;

private:
    void healthz(const std::shared_ptr<HttpResponse>& response);
    QJsonObject health(const std::optional<QString>& probeFailure) const;

    Sources m_s;
    HttpListener m_listener;
    QList<const HttpListener*> m_reported;
};

} // namespace hall
