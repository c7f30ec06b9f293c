// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/connectionwatch.h"
#include "client/serviceclient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace hall {

/// The counter's connection to the service: one ServiceClient per login (so reconnects log the same
/// staff member in again), the login's progress and refusal, "offline" after a while of
/// reconnecting, and the last `hall.overview` (fetched on every resync and, debounced, after events
/// that change today's counts) with the hall clock it carries. Owned by CounterController.
class CounterSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl url;
        QString device;
        QString token;
        QString caFile;
        QString role;
        int backoffMaxMs = 2000;
        int requestTimeoutMs = 8000;
        int offlineAfterMs = 5000;
        int overviewDebounceMs = 400;
    };

    explicit CounterSession(Options options, QObject* parent = nullptr);
    ~CounterSession() override;

    /// Connects as `user` (empty for an admin device); replaces any earlier connection.
    void connectAs(const QString& user, const QString& password);
    /// Drops the connection (logout); forgets the overview.
    void disconnectNow();
    /// A login refused before anything was sent (e.g. an empty password).
    void failLogin(const QString& error);
    /// Forgets a login in progress (after a logout).
    void resetLogin();

    ServiceClient* client() const { return m_client; }
    const QJsonObject& overview() const { return m_overview; }
    QDateTime hallNow() const { return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs); }
    /// "idle" | "connecting" | "connected" | "reconnecting" | "offline" | "unauthorised" (ConnectionWatch).
    QString connection() const;
    bool loginBusy() const { return m_loginBusy; }
    QString loginError() const { return m_loginError; }
    void refreshOverview();

signals:
    void clientChanged();
    void connectionChanged();
    void loginChanged();
    /// The connection is ready (the first time and after every reconnect).
    void ready();
    /// The service refused this device or login; the connection was dropped.
    void refused();
    void overviewChanged();
    /// Something on the desk may look different: a new snapshot, or another minute waited.
    void changed();

private:
    void onEvent(const QString& kind);

    Options m_options;
    QPointer<ServiceClient> m_client;
    bool m_loginBusy = false;
    QString m_loginError;
    QJsonObject m_overview;
    qint64 m_clockOffsetMs = 0;
    QTimer m_overviewTimer;
    QTimer m_minuteTimer;
    ConnectionWatch m_connection;
};

} // namespace hall
