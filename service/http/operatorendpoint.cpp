// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "operatorendpoint.h"

#include "desks/retentiondesk.h"
#include "hallserver.h"
#include "hallstate.h"
#include "health/looplag.h"
#include "health/storageprobe.h"
#include "metrics/prometheustext.h"
#include "metrics/servicemetrics.h"
#include "requestledger.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStorageInfo>

#include <map>

namespace hall {

namespace {

/// A probe write is made only when nothing has committed for this long: a working hall commits
/// every few seconds and its commits are the proof.
constexpr qint64 kProbeAfterMs = 30'000;
/// The event loop is unwell when a turn in the last ten seconds took longer than this.
constexpr qint64 kMaxLagMs = 2'000;
/// Storage is unwell below this much free space: SQLite needs room for its WAL and checkpoints.
constexpr qint64 kMinFreeBytes = 64LL * 1024 * 1024;

HttpListener::Limits operatorLimits()
{
    HttpListener::Limits l;
    l.maxConnections = 16;
    l.maxStreams = 0;
    l.maxRequestBytes = 8192;
    l.idleTimeoutMs = 30000;
    return l;
}

qint64 fileSize(const QString& path)
{
    const QFileInfo f(path);
    return f.exists() ? f.size() : 0;
}

} // namespace

OperatorEndpoint::OperatorEndpoint(Sources sources, QObject* parent)
    : QObject(parent), m_s(sources), m_listener(QStringLiteral("operator"), operatorLimits())
{
    m_listener.route(QHttpServerRequest::Method::Get, QStringLiteral("/healthz"),
                     [this](const QHttpServerRequest&, std::shared_ptr<HttpResponse> r) { healthz(r); });
    m_listener.route(QHttpServerRequest::Method::Get, QStringLiteral("/metrics"),
                     [this](const QHttpServerRequest&, std::shared_ptr<HttpResponse> r) {
                         r->send(HttpResponse::Status::Ok, PrometheusText::contentType(), metrics());
                     });
    report(&m_listener);
}

bool OperatorEndpoint::listen(const QHostAddress& address, quint16 port, QString* error)
{
    return m_listener.listen(address, port, error);
}

void OperatorEndpoint::healthz(const std::shared_ptr<HttpResponse>& response)
{
    const auto answer = [this, response](const std::optional<QString>& probeFailure) {
        const QJsonObject h = health(probeFailure);
        const bool ok = h.value(QLatin1String("status")).toString() == QLatin1String("ok");
        response->send(ok ? HttpResponse::Status::Ok : HttpResponse::Status::ServiceUnavailable,
                       QByteArrayLiteral("application/json"),
                       QJsonDocument(h).toJson(QJsonDocument::Compact) + '\n');
    };
    const qint64 since = m_s.metrics.msSinceCommit();
    // A link that is down is the answer: a probe write would only be refused.
    if ((!m_s.hall.storeLink().writable() && m_s.hall.queueNeedsLink()) ||
        (since >= 0 && since < kProbeAfterMs && !m_s.metrics.lastCommitFailed())) {
        answer(std::nullopt);
        return;
    }
    m_s.probe.probe(answer);
}

QJsonObject OperatorEndpoint::health(const std::optional<QString>& probeFailure) const
{
    // On PostgreSQL (no database file) the disk and the log are the database server's to watch.
    const bool file = !m_s.databasePath.isEmpty();
    const QStorageInfo disk(QFileInfo(m_s.databasePath).absolutePath());
    const StoreLink& link = m_s.hall.storeLink();
    // A city apart is not the hall's storage: the hall serves its queue without it (shown as `city`).
    const bool apart = link.apart();
    const bool writable = (apart || link.writable()) && !probeFailure && !m_s.metrics.lastCommitFailed() &&
                          (!file || !disk.isReadOnly());
    const bool roomy = !file || disk.bytesAvailable() >= kMinFreeBytes;
    QJsonObject linkState{{QStringLiteral("link"), StoreLink::stateName(link.state())},
                          {QStringLiteral("reconnects"), link.reconnects()}};
    if (!link.writable()) {
        // The database's words, for the operator: which hosts were tried and why none took writes.
        linkState.insert(QStringLiteral("downSeconds"), link.downForMs() / 1000.0);
        linkState.insert(QStringLiteral("reconnectAttempts"), link.attempts());
        linkState.insert(QStringLiteral("error"), link.lastProblem());
    }
    QJsonObject storage{{QStringLiteral("ok"), writable && roomy}, {QStringLiteral("writable"), writable}};
    if (apart) {
        storage.insert(QStringLiteral("link"), QStringLiteral("local"));
    } else {
        for (auto it = linkState.constBegin(); it != linkState.constEnd(); ++it) {
            storage.insert(it.key(), it.value());
        }
    }
    if (file) {
        storage.insert(QStringLiteral("diskFreeBytes"), disk.bytesAvailable());
        storage.insert(QStringLiteral("walBytes"), fileSize(m_s.databasePath + QStringLiteral("-wal")));
    }
    const qint64 since = m_s.metrics.msSinceCommit();
    storage.insert(QStringLiteral("lastCommitAgeSeconds"),
                   since < 0 ? QJsonValue() : QJsonValue(since / 1000.0));
    if (probeFailure && link.writable()) {
        storage.insert(QStringLiteral("error"), *probeFailure);
    }
    const bool loopOk = m_s.lag.maxMs() <= kMaxLagMs;
    const QJsonObject loop{{QStringLiteral("ok"), loopOk},
                           {QStringLiteral("lagMs"), m_s.lag.lastMs()},
                           {QStringLiteral("maxLagMs"), m_s.lag.maxMs()}};
    QJsonObject out{{QStringLiteral("status"),
                     writable && roomy && loopOk ? QStringLiteral("ok") : QStringLiteral("fail")},
                    {QStringLiteral("storage"), storage},
                    {QStringLiteral("eventLoop"), loop},
                    {QStringLiteral("seq"), m_s.hall.engine().lastSeq()},
                    {QStringLiteral("version"), QCoreApplication::applicationVersion()}};
    if (apart) {
        if (CityOutbox* box = m_s.hall.cityOutbox()) {
            // How far the city's figures are behind: entries not yet sent (0 when it has everything).
            linkState.insert(QStringLiteral("outboxPending"), box->pending());
            linkState.insert(QStringLiteral("outboxShipped"), box->shipped());
        }
        out.insert(QStringLiteral("city"), linkState);
    }
    return out;
}

QByteArray OperatorEndpoint::metrics() const
{
    PrometheusText out;
    out.family(QStringLiteral("hall_up"), "gauge", QStringLiteral("1 while hall-service answers."));
    out.sample(QStringLiteral("hall_up"), 1);
    m_s.metrics.write(out);

    const qint64 since = m_s.metrics.msSinceCommit();
    out.family(QStringLiteral("hall_last_commit_age_seconds"), "gauge",
               QStringLiteral("Seconds since the last group commit held (-1: none since start)."));
    out.sample(QStringLiteral("hall_last_commit_age_seconds"), since < 0 ? -1.0 : since / 1000.0);

    const StoreLink& link = m_s.hall.storeLink();
    out.family(QStringLiteral("hall_storage_link_up"), "gauge",
               QStringLiteral("1 while the database takes this hall's writes; 0 while reconnecting "
                              "(state=\"reconnecting\") or while another process holds the hall "
                              "(state=\"hallTaken\")."));
    out.sample(QStringLiteral("hall_storage_link_up"),
               {{QStringLiteral("state"), StoreLink::stateName(link.state())}}, link.writable() ? 1 : 0);
    out.family(QStringLiteral("hall_storage_link_down_seconds"), "gauge",
               QStringLiteral("How long the database link has been down (0 while up)."));
    out.sample(QStringLiteral("hall_storage_link_down_seconds"),
               link.writable() ? 0.0 : link.downForMs() / 1000.0);
    out.family(QStringLiteral("hall_storage_reconnects_total"), "counter",
               QStringLiteral("Times the database connection was lost and opened again since start."));
    out.sample(QStringLiteral("hall_storage_reconnects_total"), link.reconnects());

    out.family(QStringLiteral("hall_event_loop_lag_seconds"), "gauge",
               QStringLiteral("How late the event loop ran: the latest and the worst of the last 10 s."));
    out.sample(QStringLiteral("hall_event_loop_lag_seconds"),
               {{QStringLiteral("window"), QStringLiteral("last")}}, m_s.lag.lastMs() / 1000.0);
    out.sample(QStringLiteral("hall_event_loop_lag_seconds"),
               {{QStringLiteral("window"), QStringLiteral("max10s")}}, m_s.lag.maxMs() / 1000.0);

    out.family(QStringLiteral("hall_connected_devices"), "gauge",
               QStringLiteral("WebSocket connections by role (\"none\" before hello)."));
    const QMap<QString, int> roles = m_s.server.sessionsByRole();
    for (const char* role : {"kiosk", "counter", "display", "admin", "none"}) {
        out.sample(QStringLiteral("hall_connected_devices"), {{QStringLiteral("role"), QLatin1String(role)}},
                   roles.value(QLatin1String(role)));
    }

    // Queues: waiting tickets and the longest wait per service, from the engine as it is now.
    const QueueEngine& engine = m_s.hall.engine();
    const QDateTime now = m_s.hall.clock().now();
    std::map<QString, qint64> oldest;
    for (const Ticket& t : engine.snapshot().tickets) {
        if (t.state == TicketState::Waiting) {
            const qint64 waited = qMax<qint64>(0, t.issuedAt.secsTo(now));
            qint64& o = oldest[t.currentService()];
            o = qMax(o, waited);
        }
    }
    out.family(QStringLiteral("hall_queue_waiting"), "gauge",
               QStringLiteral("Tickets waiting, per service."));
    for (const ServiceDef& s : engine.config().catalogue.services()) {
        out.sample(QStringLiteral("hall_queue_waiting"), {{QStringLiteral("service"), s.id}},
                   engine.waitingCount(s.id));
    }
    out.family(QStringLiteral("hall_queue_oldest_wait_seconds"), "gauge",
               QStringLiteral(
                   "How long the longest-waiting ticket of each service has waited since it was issued."));
    for (const ServiceDef& s : engine.config().catalogue.services()) {
        const auto it = oldest.find(s.id);
        out.sample(QStringLiteral("hall_queue_oldest_wait_seconds"), {{QStringLiteral("service"), s.id}},
                   it == oldest.end() ? 0.0 : static_cast<double>(it->second));
    }

    out.family(
        QStringLiteral("hall_device_alert"), "gauge",
        QStringLiteral("1 for each device peripheral that reports a problem (printer out of paper, …)."));
    for (const DeviceStatus& d : engine.devices()) {
        if (!d.isOk()) {
            out.sample(QStringLiteral("hall_device_alert"),
                       {{QStringLiteral("device"), d.device},
                        {QStringLiteral("peripheral"), d.kind},
                        {QStringLiteral("status"), d.status}},
                       1);
        }
    }

    if (!m_s.databasePath.isEmpty()) {
        out.family(QStringLiteral("hall_database_bytes"), "gauge",
                   QStringLiteral("Size of the SQLite database file."));
        out.sample(QStringLiteral("hall_database_bytes"), static_cast<double>(fileSize(m_s.databasePath)));
        out.family(
            QStringLiteral("hall_wal_bytes"), "gauge",
            QStringLiteral("Size of the SQLite write-ahead log (checkpointed on a thread of its own)."));
        out.sample(QStringLiteral("hall_wal_bytes"),
                   static_cast<double>(fileSize(m_s.databasePath + QStringLiteral("-wal"))));
    }
    out.family(QStringLiteral("hall_request_ledger_entries"), "gauge",
               QStringLiteral("Idempotent requests remembered in memory (the last two days)."));
    out.sample(QStringLiteral("hall_request_ledger_entries"), static_cast<double>(m_s.ledger.size()));
    out.family(QStringLiteral("hall_journal_seq"), "gauge",
               QStringLiteral("The last journal seq (changes of hall state)."));
    out.sample(QStringLiteral("hall_journal_seq"), static_cast<double>(engine.lastSeq()));

    const RetentionDesk& retention = m_s.hall.retention();
    out.family(
        QStringLiteral("hall_retention_purged_total"), "counter",
        QStringLiteral("Records whose personal data the retention passes emptied or deleted since start."));
    for (const auto& [what, count] : retention.purgedSinceStart().items()) {
        out.sample(QStringLiteral("hall_retention_purged_total"), {{QStringLiteral("what"), what}}, count);
    }
    out.family(QStringLiteral("hall_retention_last_run_timestamp_seconds"), "gauge",
               QStringLiteral("When the last retention pass committed (Unix time; 0: none since start)."));
    out.sample(QStringLiteral("hall_retention_last_run_timestamp_seconds"),
               retention.lastRun().isValid() ? static_cast<double>(retention.lastRun().toSecsSinceEpoch())
                                             : 0.0);

    // One family per figure of every reported listener, labelled by its name.
    const auto perListener = [&](const QString& name, const char* type, const QString& help,
                                 double (*figure)(const HttpListener&)) {
        out.family(name, type, help);
        for (const HttpListener* l : m_reported) {
            out.sample(name, {{QStringLiteral("listener"), l->name()}}, figure(*l));
        }
    };
    perListener(QStringLiteral("hall_http_connections"), "gauge",
                QStringLiteral("Open HTTP connections per listener."),
                [](const HttpListener& l) { return double(l.connections()); });
    perListener(QStringLiteral("hall_http_refused_total"), "counter",
                QStringLiteral("HTTP connections closed at a bound (too many, too large), per listener."),
                [](const HttpListener& l) { return double(l.refused()); });
    perListener(QStringLiteral("hall_http_streams"), "gauge",
                QStringLiteral("Open long-lived responses (Server-Sent Events) per listener."),
                [](const HttpListener& l) { return double(l.streams()); });
    perListener(
        QStringLiteral("hall_http_stream_unsent_bytes"), "gauge",
        QStringLiteral("Bytes the open streams hold in the service for clients that have not read them."),
        [](const HttpListener& l) { return double(l.streamUnsentBytes()); });
    perListener(QStringLiteral("hall_http_streams_cut_total"), "counter",
                QStringLiteral("Streams cut off because their clients stopped reading, per listener."),
                [](const HttpListener& l) { return double(l.streamsCut()); });
    return out.text();
}

} // namespace hall
