// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backoff.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <functional>
#include <map>
#include <vector>

namespace hall {

/// The answer to one request: the result, or a stable error code and a message for people.
/// Besides the service's codes, the client produces TIMEOUT and DISCONNECTED.
struct ServiceReply
{
    bool ok = false;
    QJsonObject result;
    QString errorCode;
    QString errorMessage;
    /// The refusal in words for the people at this device, when the service wrote one (e.g. the city
    /// database is away): shown in the device's language instead of its generic words for the code.
    Sentence errorSentence;
};

/// The one connection every front end uses to talk to hall-service (protocol v1). It connects,
/// says hello, logs the staff member in and subscribes; sends requests with timeouts and delivers
/// replies asynchronously; reconnects with backoff and re-sends requests that are safe to repeat
/// (reads, and anything carrying a requestId) with the same arguments; keeps the latest snapshot
/// and applies pushed events to it strictly in seq order, fetching a fresh snapshot after a gap or
/// a reconnect. Single-threaded: use it from the thread that owns it.
class ServiceClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged FINAL)
    Q_PROPERTY(qint64 seq READ seq NOTIFY snapshotChanged FINAL)

public:
    enum class State
    {
        Disconnected,   ///< not started, stopped, or refused (see lastError())
        Connecting,     ///< first connection attempt
        Authenticating, ///< connected; hello, staff.login and subscribe under way
        Ready,          ///< requests flow
        Reconnecting,   ///< lost the service; retrying with backoff ("正在重新连接…")
        /// The service refused this device (hello: AUTH_FAILED, e.g. a wrong or revoked token). The
        /// client keeps trying with a slower backoff, so a device the hall authorises (again) comes
        /// back by itself; the screen says the device is not authorised meanwhile.
        Unauthorised,
    };
    Q_ENUM(State)

    struct Options
    {
        QUrl url; ///< ws://host:7700/v1, or wss:// when the service has a certificate
        /// PEM file of the certificate(s) to trust for wss:// instead of the system's list: a hall's
        /// service has its own (self-signed or from the centre's CA). Empty: the system's list.
        QString caFile;
        QString role;
        QString device;
        QString token;
        QString staffUser; ///< counters: logged in again after every reconnect
        QString staffPassword;
        bool subscribe = true; ///< receive events and keep the snapshot current
        int requestTimeoutMs = 10000;
        int backoffInitialMs = 250;
        int backoffMaxMs = 10000;
        int refusedBackoffInitialMs = 5000; ///< retries after the device was refused (Unauthorised)
        int refusedBackoffMaxMs = 60000;
        int pingIntervalMs = 5000;
        int staleAfterMs = 15000; ///< no frame or pong for this long: the connection is dropped
    };

    using Callback = std::function<void(const ServiceReply&)>;

    explicit ServiceClient(Options options, QObject* parent = nullptr);
    ~ServiceClient() override;

    /// Connects and keeps connecting until stop().
    void start();
    void stop();

    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    /// Why the service refused the device or the staff member, or the last connection error.
    QString lastError() const { return m_lastError; }
    /// The code of the last refusal of this device at hello ("" while it is accepted).
    QString refusalCode() const { return m_refusalCode; }

    /// Sends `op` once the client is ready; `done` runs exactly once with the reply, TIMEOUT after
    /// `timeoutMs` (default Options::requestTimeoutMs), or DISCONNECTED if the connection dropped
    /// after sending a request that is not safe to repeat. `done` never runs after the client is destroyed.
    void request(const QString& op, const QJsonObject& args, Callback done, int timeoutMs = -1);

    /// A new requestId for ops that create something (ticket.issue) or must not run twice.
    static QString newRequestId();
    /// Whether a request that was sent but not answered may be sent again, unchanged, after the
    /// connection dropped: reads (as the op catalogue, protocol/opcatalogue.h, classifies them) and
    /// anything with a `requestId`.
    static bool repeatable(const QString& op, const QJsonObject& args);

    /// The latest hall.snapshot with every event up to seq() applied; empty before the first.
    const QJsonObject& snapshot() const { return m_snapshot; }
    qint64 seq() const { return m_seq; }

signals:
    void stateChanged(hall::ServiceClient::State state);
    /// hello, login and subscribe succeeded (after every reconnect).
    void ready();
    /// An event, delivered in seq order without gaps; the snapshot already includes it.
    void eventReceived(const QString& kind, qint64 seq, const QJsonObject& data);
    /// A notice about the connection, outside the seq stream (protocol::encodeNotice): a relay hears
    /// "device.revoked" here.
    void noticeReceived(const QString& kind, const QJsonObject& data);
    void snapshotChanged();
    /// The snapshot was replaced by a fresh one (first connect, reconnect or after a seq gap).
    void resynced(qint64 seq);
    /// The service refused the staff member (staff.login) or the protocol; the client has stopped:
    /// trying again with the same password would only be refused again.
    void refused(const QString& code, const QString& message);
    /// The service refused this device at hello; the client retries with backoff (State::Unauthorised).
    void unauthorised(const QString& code, const QString& message);

private:
    struct Pending
    {
        qint64 id = 0;
        QString op;
        QJsonObject args;
        Callback done;
        bool sent = false;
        bool internal = false; ///< hello/login/subscribe of the handshake
        qint64 deadlineMs = 0; ///< nowMs() after which it fails with TIMEOUT
    };

    void setState(State s);
    void openSocket();
    void onConnected();
    void onDisconnected();
    void onText(const QString& text);
    void handshake();
    void deviceRefused(const ServiceReply& r);
    void sendInternal(const QString& op, const QJsonObject& args, Callback done);
    void send(Pending& p);
    void armTimeout(qint64 deadlineMs);
    void expireRequests();
    void flushQueued();
    void finish(qint64 id, const ServiceReply& reply);
    void scheduleReconnect();
    void checkAlive();
    void handleEvent(const QString& kind, qint64 seq, const QJsonObject& data);
    void resync();
    void adoptSnapshot(const QJsonObject& snapshot);

    Options m_options;
    QWebSocket m_socket;
    State m_state = State::Disconnected;
    bool m_running = false;
    QString m_lastError;
    Backoff m_backoff;
    Backoff m_refusedBackoff;
    QString m_refusalCode;
    QTimer m_reconnect;
    QTimer m_ping;
    /// One timer for every request's timeout, armed for the earliest deadline: a timer per request
    /// would live on for the whole timeout after its reply, which at a busy desk is hundreds.
    QTimer m_timeouts;
    qint64 m_timeoutDueMs = 0;
    qint64 m_lastHeardMs = 0;
    qint64 m_nextId = 1;
    std::map<qint64, Pending> m_pending; ///< ordered by id: re-sent in the order they were made
    QJsonObject m_snapshot;
    qint64 m_seq = 0;
    bool m_resyncing = false;
    std::vector<std::tuple<QString, qint64, QJsonObject>> m_buffered; ///< events held during a resync
};

} // namespace hall
