// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicemetrics.h"

namespace hall {

namespace {

// Seconds: a cached read answers in well under a millisecond, a commit's fsync about 0.1 ms, a
// staff login's Argon2 about 0.1 s.
std::vector<double> latencyBounds()
{
    return {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};
}

} // namespace

ServiceMetrics::ServiceMetrics(const QStringList& knownOps)
    : m_known(knownOps.cbegin(), knownOps.cend()), m_commitLatency(latencyBounds()),
      m_commitBatch({1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024})
{}

ServiceMetrics::PerOp& ServiceMetrics::of(const QString& op)
{
    const QString key = m_known.contains(op) ? op : QStringLiteral("unknown");
    auto it = m_ops.find(key);
    if (it == m_ops.end()) {
        it = m_ops.emplace(key, PerOp{0, {}, Histogram(latencyBounds())}).first;
    }
    return it->second;
}

void ServiceMetrics::request(const QString& op, bool ok, const QString& errorCode, qint64 micros)
{
    PerOp& p = of(op);
    ++p.requests;
    if (!ok) {
        ++p.errors[errorCode.isEmpty() ? QStringLiteral("UNKNOWN") : errorCode];
    }
    p.latency.observe(static_cast<double>(micros) / 1e6);
}

void ServiceMetrics::commit(qint64 nanos, int batch, bool ok)
{
    if (!ok) {
        ++m_commitFailures;
        m_lastCommitFailed = true;
        return;
    }
    ++m_commits;
    m_lastCommitFailed = false;
    m_lastCommit.start();
    m_commitLatency.observe(static_cast<double>(nanos) / 1e9);
    m_commitBatch.observe(batch);
}

void ServiceMetrics::write(PrometheusText& out) const
{
    out.family(QStringLiteral("hall_requests_total"), "counter",
               QStringLiteral("Requests answered, per op."));
    for (const auto& [op, p] : m_ops) {
        out.sample(QStringLiteral("hall_requests_total"), {{QStringLiteral("op"), op}},
                   static_cast<double>(p.requests));
    }
    out.family(QStringLiteral("hall_request_errors_total"), "counter",
               QStringLiteral("Requests refused, per op and error code."));
    for (const auto& [op, p] : m_ops) {
        for (const auto& [code, n] : p.errors) {
            out.sample(QStringLiteral("hall_request_errors_total"),
                       {{QStringLiteral("op"), op}, {QStringLiteral("code"), code}}, static_cast<double>(n));
        }
    }
    out.family(QStringLiteral("hall_request_duration_seconds"), "histogram",
               QStringLiteral("From a request's frame to its reply (after the commit), per op."));
    for (const auto& [op, p] : m_ops) {
        out.histogram(QStringLiteral("hall_request_duration_seconds"), {{QStringLiteral("op"), op}},
                      p.latency);
    }
    out.family(QStringLiteral("hall_commits_total"), "counter", QStringLiteral("Group commits that held."));
    out.sample(QStringLiteral("hall_commits_total"), static_cast<double>(m_commits));
    out.family(QStringLiteral("hall_commit_failures_total"), "counter",
               QStringLiteral("Group commits that failed (every reply of the turn got STORAGE_FAILED)."));
    out.sample(QStringLiteral("hall_commit_failures_total"), static_cast<double>(m_commitFailures));
    out.family(QStringLiteral("hall_commit_duration_seconds"), "histogram",
               QStringLiteral("Time to write and commit one group-commit transaction."));
    out.histogram(QStringLiteral("hall_commit_duration_seconds"), {}, m_commitLatency);
    out.family(QStringLiteral("hall_commit_batch_size"), "histogram",
               QStringLiteral("Replies that waited for one group commit."));
    out.histogram(QStringLiteral("hall_commit_batch_size"), {}, m_commitBatch);
}

} // namespace hall
