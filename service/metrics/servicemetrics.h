// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prometheustext.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <map>

namespace hall {

/// What hall-service counts as it runs, for /metrics: requests and refusals per op with their
/// latency, and the group commit's latency and batch size. Everything else on /metrics is read
/// from the hall when scraped (OperatorEndpoint). Op labels are limited to the op table's names
/// (anything else is "unknown"), so a client cannot grow the set of series.
class ServiceMetrics
{
public:
    explicit ServiceMetrics(const QStringList& knownOps);

    void request(const QString& op, bool ok, const QString& errorCode, qint64 micros);
    /// One group commit: how long it took, how many replies waited for it, whether it held.
    void commit(qint64 nanos, int batch, bool ok);

    /// Milliseconds since the last successful commit (-1: none since start).
    qint64 msSinceCommit() const { return m_lastCommit.isValid() ? m_lastCommit.elapsed() : -1; }
    bool lastCommitFailed() const { return m_lastCommitFailed; }

    void write(PrometheusText& out) const;

private:
    struct PerOp
    {
        quint64 requests = 0;
        std::map<QString, quint64> errors; ///< by error code
        Histogram latency;
    };
    PerOp& of(const QString& op);

    QSet<QString> m_known;
    std::map<QString, PerOp> m_ops;
    quint64 m_commits = 0;
    quint64 m_commitFailures = 0;
    Histogram m_commitLatency;
    Histogram m_commitBatch;
    QElapsedTimer m_lastCommit;
    bool m_lastCommitFailed = false;
};

} // namespace hall
