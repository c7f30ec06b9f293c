// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/serviceclient.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

namespace hall {

/// The resident's rating after an errand (评价器): 满意 / 基本满意 / 不满意, on the counter screen
/// turned to them or on a second small screen. It asks after every finish at this window, sends
/// `counter.rate` (the service accepts a rating for the window's last finished errand for a few
/// minutes), thanks the resident and goes quiet again. Unrated errands stay unrated: the resident
/// may walk away.
class RatingPad : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by CounterController")
    Q_PROPERTY(State state READ state NOTIFY stateChanged FINAL)
    Q_PROPERTY(QString ticket READ ticket NOTIFY stateChanged FINAL)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged FINAL)

public:
    enum class State
    {
        Idle,    ///< nothing to rate
        Asking,  ///< three buttons for the resident
        Sending, ///< the rating is on its way
        Thanked, ///< stored; thanks shown briefly
        Failed,  ///< not stored (too late, network); shown briefly
    };
    Q_ENUM(State)

    explicit RatingPad(QObject* parent = nullptr);

    void setClient(ServiceClient* client) { m_client = client; }
    void setWindow(int window) { m_window = window; }
    /// How long the buttons wait for the resident, and how long thanks or failure stay.
    void setTimings(int askMs, int showMs);

    /// Asks the resident to rate the errand of `ticket` just finished at this window.
    void ask(const QString& ticket);
    /// "satisfied", "basic" or "unsatisfied".
    Q_INVOKABLE void rate(const QString& rating);
    Q_INVOKABLE void dismiss();

    State state() const { return m_state; }
    QString ticket() const { return m_ticket; }
    QString message() const { return m_message; }

signals:
    void stateChanged();
    /// The service stored a rating (for tests and the self-test).
    void rated(const QString& ticket, const QString& rating);

private:
    void setState(State s, const QString& message = {});

    QPointer<ServiceClient> m_client;
    int m_window = 0;
    State m_state = State::Idle;
    QString m_ticket;
    QString m_message;
    QString m_requestId;
    QTimer m_timer;
    int m_askMs = 90000;
    int m_showMs = 3000;
};

} // namespace hall
