// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchhall.h"
#include "client/serviceclient.h"
#include "figures.h"

#include <QObject>
#include <QWebSocket>

#include <atomic>
#include <memory>

namespace hall::bench {

/// How a bench client of `role` reaches the hall as `device`: unsubscribed, with a 30 s request
/// timeout (a loaded machine answers late, not never).
ServiceClient::Options clientOptions(const BenchHall& hall, const QString& role, const QString& device);

/// Runs `next` after a person's pause of about `thinkMs` (±50 %, so sessions do not march in step),
/// or at once when `thinkMs` is 0.
void afterThinking(QObject* owner, int thinkMs, std::function<void()> next);

/// A kiosk that issues tickets through ServiceClient, one after another with a pause between.
class KioskActor : public QObject
{
public:
    KioskActor(const BenchHall& hall, int index, QStringList services, Observations& obs, int thinkMs);
    ServiceClient& client() { return *m_client; }
    void run()
    {
        m_running = true;
        issue();
    }
    void stop() { m_running = false; }
    bool idle() const { return !m_inFlight; }

private:
    void issue();
    std::unique_ptr<ServiceClient> m_client;
    Observations& m_obs;
    QStringList m_services; ///< the hall's services; one that refuses (quota, hours) is dropped
    int m_thinkMs;
    bool m_running = false;
    bool m_inFlight = false;
};

/// A counter that opens its window, then calls, starts and finishes tickets, pausing between steps.
class CounterActor : public QObject
{
public:
    /// Session `index` operates counter number `counter`.
    CounterActor(const BenchHall& hall, int index, int counter, Observations& obs, int thinkMs);
    ServiceClient& client() { return *m_client; }
    void run();
    void stop() { m_running = false; }
    bool idle() const { return !m_inFlight; }

private:
    void step(const QString& op, const QJsonObject& extra, std::function<void(const ServiceReply&)> then);
    void callNext();
    std::unique_ptr<ServiceClient> m_client;
    Observations& m_obs;
    int m_counter;
    int m_thinkMs;
    bool m_running = false;
    bool m_inFlight = false;
};

/// Records one event frame a display received (protocol::encodeEvent's compact JSON, keys sorted,
/// read with a few searches instead of a JSON parser, so the bench measures the service, not
/// itself): seq continuity against `lastSeq`, and a call's arrival in obs.calledShown.
void observeDisplayEvent(Observations& obs, QByteArrayView json, qint64 at, qint64 arrivedNs,
                         std::atomic<qint64>& lastSeq, bool countBytes);

/// The seq a display's subscribe reply (request id 2) gives, or -1 for any other reply.
qint64 subscribeReplySeq(QByteArrayView json);

/// A lobby display: subscribes and records when each ticket.called arrives. It reads frames with
/// a few string searches instead of a JSON parser, so the bench measures the service, not itself.
class DisplayActor : public QObject
{
public:
    DisplayActor(const BenchHall& hall, int index, Observations& obs);
    /// Both may be asked from another thread than the display's reader (DisplayReaders).
    bool ready() const { return m_ready.load(std::memory_order_relaxed); }
    qint64 lastSeq() const { return m_seq.load(std::memory_order_relaxed); }

private:
    void onText(const QString& text);
    QWebSocket m_socket;
    Observations& m_obs;
    QString m_device;
    QString m_token;
    bool m_countBytes; ///< display 1 counts what it receives (every display of a view gets the same)
    std::atomic<bool> m_ready = false;
    std::atomic<qint64> m_seq = -1;
};

} // namespace hall::bench
