#pragma once

#include "countercontroller.h"
#include "deskactions.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace hall {

/// The supervisor's view of the hall (监控): today's totals and the actions on other windows —
/// close a window, move the tickets transferred to it to another window or back to their queues.
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

    int issued() const { return m_issued; }
    int finished() const { return m_finished; }
    int waiting() const { return m_waiting; }
    int satisfied() const { return m_satisfied; }
    int basic() const { return m_basic; }
    int unsatisfied() const { return m_unsatisfied; }

signals:
    void controllerChanged();
    void totalsChanged();

private:
    void onOverview();

    QPointer<CounterController> m_controller;
    DeskActions m_actions;
    int m_issued = 0;
    int m_finished = 0;
    int m_waiting = 0;
    int m_satisfied = 0;
    int m_basic = 0;
    int m_unsatisfied = 0;
};

} // namespace hall
