#include "supervisorboard.h"

#include "countercontroller.h"

#include <QJsonArray>

namespace hall {

SupervisorBoard::SupervisorBoard(QObject* parent) : QObject(parent) {}

void SupervisorBoard::setController(CounterController* controller)
{
    if (m_controller == controller) {
        return;
    }
    if (m_controller) {
        m_controller->disconnect(this);
    }
    m_controller = controller;
    if (m_controller) {
        connect(m_controller, &CounterController::clientChanged, this,
                [this] { m_actions.setClient(m_controller->client()); });
        connect(m_controller, &CounterController::overviewChanged, this, &SupervisorBoard::onOverview);
        connect(m_controller, &CounterController::hallChanged, this, &SupervisorBoard::onOverview);
        m_actions.setClient(m_controller->client());
        onOverview();
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
