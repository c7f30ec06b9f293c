// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/serviceclient.h"
#include "hallserver.h"
#include "requestlog.h"
#include "serviceoptions.h"

#include <QByteArray>
#include <QObject>

#include <functional>
#include <unordered_map>
#include <vector>

namespace hall {

/// hall-relay: one connection to hall-service (role `relay`) that serves many lobby displays
/// protocol v1 on its own port, so the service writes each event once per relay instead of once per
/// display. Displays connect to the relay as they would to the service:
/// - `hello` is checked by the service (relay.admit): only displays, with their own token; a display
///   or the relay revoked there is cut off here at once (4005);
/// - `subscribe` and `hall.snapshot` are answered from the relay's copy of the public view (the
///   upstream snapshot with every event applied, as every client keeps it), and the public events
///   are passed on as they arrive, through the same HallServer and EventFanout as the service's
///   (one frame per event, shared by every display; unsent-bytes cap, connection limits);
/// - the public reads a lobby makes (report.public, ceremony.today, booking.info/calendar/slots)
///   are forwarded; everything else is refused (FORBIDDEN): a relay never carries a change.
/// When the upstream link is lost every display is closed (4007) and hellos are refused until it is
/// back: a display then reconnects and resubscribes, and is checked again by the service.
class Relay : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        ServiceClient::Options upstream; ///< the service, and this relay's own device and token
        ServiceOptions downstream;       ///< where displays connect and the limits that protect it
    };

    Relay(Options options, RequestLog& log, QObject* parent = nullptr);

    /// Connects upstream; listen() once ready() has been emitted.
    void start();
    bool listen(QString* error);
    HallServer& server() { return m_server; }
    ServiceClient& upstream() { return m_upstream; }
    /// Displays admitted and connected now.
    int displays() const;

signals:
    /// The upstream link is up and the public view is current (first time and after each reconnect).
    void ready();

private:
    void handle(const std::shared_ptr<Session>& session, protocol::Request request,
                std::function<void(Outcome)> respond);
    void hello(const std::shared_ptr<Session>& session, const protocol::Request& request,
               std::function<void(Outcome)> respond);
    void snapshot(Session& session, bool subscribe, std::function<void(Outcome)> respond);
    void forward(const protocol::Request& request, std::function<void(Outcome)> respond);
    void upstreamStateChanged(ServiceClient::State state);
    void upstreamEvent(const QString& kind, qint64 seq, const QJsonObject& data);
    void upstreamNotice(const QString& kind, const QJsonObject& data);
    /// The public snapshot as compact JSON, encoded once per seq.
    const QByteArray& snapshotJson();

    Options m_options;
    RequestLog& m_log;
    ServiceClient m_upstream;
    HallServer m_server;
    bool m_linked = false; ///< upstream Ready: displays are admitted
    /// Requests that arrived on a connection while its hello was with the service, run in order once
    /// it is answered (a client may send hello and subscribe back to back, as the service allows).
    std::unordered_map<quint64, std::vector<std::function<void()>>> m_afterHello;
    qint64 m_snapshotSeq = -1;
    QByteArray m_snapshotJson;
};

} // namespace hall
