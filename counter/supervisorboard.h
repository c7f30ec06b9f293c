// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "countercontroller.h"
#include "deskactions.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

#include <optional>

namespace hall {

/// The supervisor's view of the hall (监控): today's totals and the actions on other windows —
/// close a window, move the tickets transferred to it to another window or back to their queues —
/// by touch or, on supervisor (admin) devices, by key (KeyMap::supervisorActionFor): a selected
/// window, and a move that waits for its target and a confirmation. Other staff get no keys here.
/// The lists themselves (windows, services, device alerts) are the controller's. Created by the
/// page (`SupervisorBoard { controller: … }`), which is also how other pages attach their own
/// view-models to the counter (docs/counter.md).
class SupervisorBoard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(hall::CounterController* controller READ controller WRITE setController NOTIFY
                   controllerChanged FINAL)
    Q_PROPERTY(hall::DeskActions* actions READ actions CONSTANT FINAL)
    Q_PROPERTY(int issued READ issued NOTIFY totalsChanged FINAL)
    Q_PROPERTY(int finished READ finished NOTIFY totalsChanged FINAL)
    Q_PROPERTY(int waiting READ waiting NOTIFY totalsChanged FINAL)
    Q_PROPERTY(int satisfied READ satisfied NOTIFY totalsChanged FINAL)
    Q_PROPERTY(int basic READ basic NOTIFY totalsChanged FINAL)
    Q_PROPERTY(int unsatisfied READ unsatisfied NOTIFY totalsChanged FINAL)
    /// True on supervisor devices: the monitor's keys work and the buttons show them.
    Q_PROPERTY(bool keysOffered READ keysOffered NOTIFY controllerChanged FINAL)
    /// The window the keys act on (0: none).
    Q_PROPERTY(int selected READ selected NOTIFY selectionChanged FINAL)
    /// A move waiting for confirmation: from this window (0: none) to moveTarget (0: the queues).
    Q_PROPERTY(int moveFrom READ moveFrom NOTIFY moveChanged FINAL)
    Q_PROPERTY(int moveTarget READ moveTarget NOTIFY moveChanged FINAL)

public:
    explicit SupervisorBoard(QObject* parent = nullptr);

    CounterController* controller() const { return m_controller; }
    void setController(CounterController* controller);
    DeskActions* actions() { return &m_actions; }

    /// Closes window `number` (refused while it has a ticket in hand: COUNTER_BUSY).
    Q_INVOKABLE bool closeWindow(int number);
    /// Moves the waiting tickets transferred to window `from` to window `to`, or back to their
    /// services' queues when `to` is 0.
    Q_INVOKABLE bool moveWaiting(int from, int to);

    /// A key press on the monitor tab; returns what it meant, or "" when the key is not the
    /// monitor's (not a supervisor device, or a desk key). While a move waits for confirmation
    /// every key but its own is taken and ignored ("ignored"), so no desk action fires meanwhile.
    Q_INVOKABLE QString handleKey(int key, int modifiers);
    Q_INVOKABLE void select(int number);
    /// Opens the move of window `from`'s transferred tickets, target the queues until chosen.
    Q_INVOKABLE void askMove(int from);
    Q_INVOKABLE void chooseTarget(int number);
    /// Sends the move asked for (moveWaiting(moveFrom, moveTarget)) and closes it.
    Q_INVOKABLE bool confirmMove();
    Q_INVOKABLE void cancelMove();
    /// The key of a monitor action as its button shows it (KeyMap::hint): "closeSelected" → "F11".
    Q_INVOKABLE static QString hint(const QString& action);

    int issued() const { return m_issued; }
    int finished() const { return m_finished; }
    int waiting() const { return m_waiting; }
    int satisfied() const { return m_satisfied; }
    int basic() const { return m_basic; }
    int unsatisfied() const { return m_unsatisfied; }
    bool keysOffered() const { return m_controller && m_controller->supervisor(); }
    int selected() const { return m_selected; }
    int moveFrom() const { return m_moveFrom; }
    int moveTarget() const { return m_moveTarget; }

signals:
    void controllerChanged();
    void totalsChanged();
    void selectionChanged();
    void moveChanged();

private:
    void onOverview();
    void keepSelection();
    void step(int by);
    /// The selected window's row, after checking the account may act on it (else says why).
    std::optional<QVariantMap> actionableSelection();
    void closeSelected();

    QPointer<CounterController> m_controller;
    DeskActions m_actions;
    int m_issued = 0;
    int m_finished = 0;
    int m_waiting = 0;
    int m_satisfied = 0;
    int m_basic = 0;
    int m_unsatisfied = 0;
    int m_selected = 0;
    int m_moveFrom = 0;
    int m_moveTarget = 0;
};

} // namespace hall
