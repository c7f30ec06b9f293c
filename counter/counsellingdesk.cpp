// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "counsellingdesk.h"

#include "controllerfollow.h"

#include <QJsonArray>
#include <QTimeZone>

namespace hall {

namespace {

QDateTime hallTime(const QJsonValue& iso)
{
    return QDateTime::fromString(iso.toString(), Qt::ISODate).toTimeZone(QTimeZone(8 * 3600));
}

QString weekdayZh(int day)
{
    static const QStringList names{CounsellingDesk::tr("周一"), CounsellingDesk::tr("周二"),
                                   CounsellingDesk::tr("周三"), CounsellingDesk::tr("周四"),
                                   CounsellingDesk::tr("周五"), CounsellingDesk::tr("周六"),
                                   CounsellingDesk::tr("周日")};
    return names.value(day - 1);
}

QString outcomeText(const QString& outcome)
{
    if (outcome == QLatin1String("reconciled")) {
        return CounsellingDesk::tr("和好，已撤回申请");
    }
    if (outcome == QLatin1String("continuing")) {
        return CounsellingDesk::tr("继续辅导");
    }
    if (outcome == QLatin1String("declined")) {
        return CounsellingDesk::tr("拒绝辅导");
    }
    return CounsellingDesk::tr("待记录结果");
}

QString counsellingStatusText(const QString& status)
{
    if (status == QLatin1String("pending")) {
        return CounsellingDesk::tr("冷静期/待领证");
    }
    if (status == QLatin1String("withdrawn")) {
        return CounsellingDesk::tr("已撤回");
    }
    if (status == QLatin1String("completed")) {
        return CounsellingDesk::tr("已办结");
    }
    return CounsellingDesk::tr("视为撤回");
}

} // namespace

CounsellingDesk::CounsellingDesk(QObject* parent)
    : QObject(parent), m_slots({QStringLiteral("start"), QStringLiteral("day"), QStringLiteral("time"),
                                QStringLiteral("counsellor")}),
      m_sessions({QStringLiteral("sessionId"), QStringLiteral("when"), QStringLiteral("room"),
                  QStringLiteral("counsellor"), QStringLiteral("outcome"), QStringLiteral("outcomeText"),
                  QStringLiteral("open")})
{
    connect(&m_actions, &DeskActions::succeeded, this,
            [this](const QString& action, const QJsonObject& result) {
                if (action == QLatin1String("counsellingBook")) {
                    const QJsonObject s = result.value(QLatin1String("session")).toObject();
                    const QDateTime start = hallTime(s.value(QLatin1String("start")));
                    m_confirmation =
                        tr("已预约婚姻家庭辅导：%1 %2 %3，%4，辅导师 %5")
                            .arg(start.toString(QStringLiteral("yyyy-MM-dd")),
                                 weekdayZh(start.date().dayOfWeek()), start.toString(QStringLiteral("HH:mm")),
                                 s.value(QLatin1String("room")).toString(),
                                 s.value(QLatin1String("counsellor")).toString());
                    reload();
                } else if (action.startsWith(QLatin1String("counsellingRecord"))) {
                    m_confirmation.clear();
                    reload();
                }
            });
}

void CounsellingDesk::setController(CounterController* controller)
{
    if (followController(this, m_controller, controller, m_actions)) {
        emit controllerChanged();
    }
}

void CounsellingDesk::open(const QString& number)
{
    bool ok = false;
    const int id = number.trimmed().toInt(&ok);
    if (!ok || id <= 0) {
        m_actions.fail(QStringLiteral("INVALID_ARGUMENT"), tr("请输入离婚登记申请号（登记申请后显示）"));
        return;
    }
    m_application = id;
    m_confirmation.clear();
    reload();
}

void CounsellingDesk::reload()
{
    if (!m_controller || m_controller->client() == nullptr || m_application <= 0) {
        return;
    }
    // A read: no requestId, no busy button.
    ++m_reads;
    emit readingChanged();
    const int id = m_application;
    m_controller->client()->request(
        QStringLiteral("counselling.offer"), {{QStringLiteral("application"), id}},
        [this, id, guard = QPointer<CounsellingDesk>(this)](const ServiceReply& r) {
            if (!guard) {
                return;
            }
            --m_reads;
            emit readingChanged();
            if (id != m_application) {
                return;
            }
            if (r.ok) {
                m_actions.clearError();
                onOffer(r.result);
            } else {
                m_slots.setRows({});
                m_sessions.setRows({});
                m_summary.clear();
                emit offerChanged();
                m_actions.fail(r);
            }
        });
}

bool CounsellingDesk::book(const QString& slotStart)
{
    return m_actions.run(
        QStringLiteral("counsellingBook"), QStringLiteral("counselling.book"),
        {{QStringLiteral("application"), m_application}, {QStringLiteral("slotStart"), slotStart}});
}

bool CounsellingDesk::record(int session, const QString& outcome)
{
    return m_actions.run(QStringLiteral("counsellingRecord:%1:%2").arg(session).arg(outcome),
                         QStringLiteral("counselling.record"),
                         {{QStringLiteral("session"), session}, {QStringLiteral("outcome"), outcome}});
}

QVariantMap CounsellingDesk::slotRow(const QJsonObject& slot)
{
    const QDateTime start = hallTime(slot.value(QLatin1String("start")));
    const QDateTime end = hallTime(slot.value(QLatin1String("end")));
    return {{QStringLiteral("start"), slot.value(QLatin1String("start")).toString()},
            {QStringLiteral("day"), start.toString(QStringLiteral("MM-dd")) + QLatin1Char(' ') +
                                        weekdayZh(start.date().dayOfWeek())},
            {QStringLiteral("time"), start.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") +
                                         end.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("counsellor"), slot.value(QLatin1String("counsellor")).toString()}};
}

QVariantMap CounsellingDesk::sessionRow(const QJsonObject& s)
{
    const QDateTime start = hallTime(s.value(QLatin1String("start")));
    const QString outcome = s.value(QLatin1String("outcome")).toString();
    return {{QStringLiteral("sessionId"), s.value(QLatin1String("id")).toInt()},
            {QStringLiteral("when"), start.toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
            {QStringLiteral("room"), s.value(QLatin1String("room")).toString()},
            {QStringLiteral("counsellor"), s.value(QLatin1String("counsellor")).toString()},
            {QStringLiteral("outcome"), outcome},
            {QStringLiteral("outcomeText"), outcomeText(outcome)},
            {QStringLiteral("open"), outcome.isEmpty()}};
}

void CounsellingDesk::onOffer(const QJsonObject& result)
{
    const QJsonObject a = result.value(QLatin1String("application")).toObject();
    QStringList persons;
    for (const QJsonValue& v : a.value(QLatin1String("parties")).toArray()) {
        const QJsonObject p = v.toObject();
        persons << p.value(QLatin1String("name")).toString() + QLatin1Char(' ') +
                       p.value(QLatin1String("idMasked")).toString();
    }
    const QJsonObject offer = a.value(QLatin1String("counselling")).toObject();
    m_summary = tr("申请 %1：%2\n%3 · 冷静期 %4 至 %5 · %6")
                    .arg(a.value(QLatin1String("id")).toInt())
                    .arg(persons.join(QStringLiteral("；")),
                         counsellingStatusText(a.value(QLatin1String("status")).toString()),
                         a.value(QLatin1String("appliedOn")).toString(),
                         a.value(QLatin1String("coolingOffEnds")).toString(),
                         offer.value(QLatin1String("room")).toString());
    QList<QVariantMap> slotRows;
    for (const QJsonValue& v : result.value(QLatin1String("slots")).toArray()) {
        slotRows << slotRow(v.toObject());
    }
    m_slots.setRows(slotRows);
    QList<QVariantMap> sessionRows;
    for (const QJsonValue& v : result.value(QLatin1String("sessions")).toArray()) {
        sessionRows << sessionRow(v.toObject());
    }
    m_sessions.setRows(sessionRows);
    emit offerChanged();
}

} // namespace hall
