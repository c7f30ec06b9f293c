// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervisorboard.h"

#include "controllerfollow.h"
#include "countercontroller.h"
#include "keymap.h"

#include <QJsonArray>

#include <algorithm>

namespace hall {

SupervisorBoard::SupervisorBoard(QObject* parent) : QObject(parent) {}

void SupervisorBoard::setController(CounterController* controller)
{
    if (!followController(this, m_controller, controller, m_actions)) {
        return;
    }
    if (m_controller) {
        connect(m_controller, &CounterController::overviewChanged, this, &SupervisorBoard::onOverview);
        connect(m_controller, &CounterController::hallChanged, this, &SupervisorBoard::onOverview);
        connect(m_controller, &CounterController::hallChanged, this, &SupervisorBoard::keepSelection);
        onOverview();
        keepSelection();
    }
    emit controllerChanged();
}

bool SupervisorBoard::closeWindow(int number)
{
    return m_actions.run(QStringLiteral("close:%1").arg(number), QStringLiteral("counter.close"),
                         {{QStringLiteral("counter"), number}});
}

bool SupervisorBoard::moveWaiting(int from, int to)
{
    QJsonObject args{{QStringLiteral("counter"), from}};
    if (to > 0) {
        args.insert(QStringLiteral("toCounter"), to);
    }
    return m_actions.run(QStringLiteral("move:%1").arg(from), QStringLiteral("counter.reassign"), args);
}

QString SupervisorBoard::handleKey(int key, int modifiers)
{
    if (!keysOffered()) {
        return {}; // only supervisor devices get the monitor's keys; the buttons stay for the rest
    }
    const QString action = KeyMap::supervisorActionFor(key, modifiers, m_moveFrom > 0);
    if (m_moveFrom > 0) {
        if (action.startsWith(QLatin1String("target:"))) {
            chooseTarget(action.mid(7).toInt());
        } else if (action == QLatin1String("confirm")) {
            confirmMove();
        } else if (action == QLatin1String("cancel")) {
            cancelMove();
        }
        return action.isEmpty() ? QStringLiteral("ignored") : action;
    }
    if (action == QLatin1String("selectPrevious")) {
        step(-1);
    } else if (action == QLatin1String("selectNext")) {
        step(1);
    } else if (action == QLatin1String("closeSelected")) {
        closeSelected();
    } else if (action == QLatin1String("moveSelected")) {
        if (const auto row = actionableSelection()) {
            if (row->value(QStringLiteral("assignedWaiting")).toInt() > 0) {
                askMove(m_selected);
            } else {
                m_actions.fail(QStringLiteral("QUEUE_EMPTY"), row->value(QStringLiteral("name")).toString());
            }
        }
    } else if (action == QLatin1String("refresh")) {
        m_actions.clearError();
        m_controller->refreshOverview();
    }
    return action;
}

void SupervisorBoard::select(int number)
{
    if (m_selected != number) {
        m_selected = number;
        emit selectionChanged();
    }
}

void SupervisorBoard::askMove(int from)
{
    m_moveFrom = from;
    m_moveTarget = 0;
    emit moveChanged();
}

void SupervisorBoard::chooseTarget(int number)
{
    if (m_moveFrom == 0 || number == m_moveFrom) {
        return;
    }
    if (number > 0) {
        // Only a window other than the source that takes tickets (counterview::windowRows).
        const RowModel* windows = m_controller->windows();
        const int row = windows->find(QStringLiteral("number"), number);
        if (row < 0 || !windows->get(row).value(QStringLiteral("takesTickets")).toBool()) {
            return;
        }
    }
    m_moveTarget = number;
    emit moveChanged();
}

bool SupervisorBoard::confirmMove()
{
    if (m_moveFrom == 0) {
        return false;
    }
    const bool sent = moveWaiting(m_moveFrom, m_moveTarget);
    cancelMove();
    return sent;
}

void SupervisorBoard::cancelMove()
{
    if (m_moveFrom != 0 || m_moveTarget != 0) {
        m_moveFrom = 0;
        m_moveTarget = 0;
        emit moveChanged();
    }
}

QString SupervisorBoard::hint(const QString& action)
{
    return KeyMap::hint(action);
}

void SupervisorBoard::keepSelection()
{
    // The selection follows the window, not the row; a window gone from the list gives way to the first.
    if (!m_controller) {
        return;
    }
    const RowModel* windows = m_controller->windows();
    if (windows->find(QStringLiteral("number"), m_selected) < 0) {
        select(windows->rowCount() > 0 ? windows->get(0).value(QStringLiteral("number")).toInt() : 0);
    }
}

void SupervisorBoard::step(int by)
{
    const RowModel* windows = m_controller->windows();
    if (windows->rowCount() == 0) {
        return;
    }
    const int row =
        std::clamp(windows->find(QStringLiteral("number"), m_selected) + by, 0, windows->rowCount() - 1);
    select(windows->get(row).value(QStringLiteral("number")).toInt());
}

std::optional<QVariantMap> SupervisorBoard::actionableSelection()
{
    const RowModel* windows = m_controller->windows();
    const int row = windows->find(QStringLiteral("number"), m_selected);
    if (row < 0) {
        return std::nullopt;
    }
    const QVariantMap window = windows->get(row);
    if (!window.value(QStringLiteral("mayOperate")).toBool()) {
        m_actions.fail(QStringLiteral("FORBIDDEN"), window.value(QStringLiteral("name")).toString());
        return std::nullopt;
    }
    return window;
}

void SupervisorBoard::closeSelected()
{
    if (const auto row = actionableSelection()) {
        if (row->value(QStringLiteral("closed")).toBool()) {
            m_actions.fail(QStringLiteral("COUNTER_CLOSED"), row->value(QStringLiteral("name")).toString());
        } else {
            closeWindow(m_selected);
        }
    }
}

void SupervisorBoard::onOverview()
{
    if (!m_controller) {
        return;
    }
    const QJsonObject overview = m_controller->overview();
    int issued = 0;
    int finished = 0;
    for (const QJsonValue& v : overview.value(QLatin1String("services")).toArray()) {
        issued += v.toObject().value(QLatin1String("issued")).toInt();
        finished += v.toObject().value(QLatin1String("finished")).toInt();
    }
    int waiting = 0;
    for (const QVariantMap& row : m_controller->services()->rows()) {
        waiting += row.value(QStringLiteral("waiting")).toInt();
    }
    const QJsonObject ratings = overview.value(QLatin1String("ratings")).toObject();
    const int satisfied = ratings.value(QLatin1String("satisfied")).toInt();
    const int basic = ratings.value(QLatin1String("basic")).toInt();
    const int unsatisfied = ratings.value(QLatin1String("unsatisfied")).toInt();
    if (issued == m_issued && finished == m_finished && waiting == m_waiting && satisfied == m_satisfied &&
        basic == m_basic && unsatisfied == m_unsatisfied) {
        return;
    }
    m_issued = issued;
    m_finished = finished;
    m_waiting = waiting;
    m_satisfied = satisfied;
    m_basic = basic;
    m_unsatisfied = unsatisfied;
    emit totalsChanged();
}

} // namespace hall
