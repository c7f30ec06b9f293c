// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingdesk.h"

#include <QDate>

#include "controllerfollow.h"
#include "countercontroller.h"

#include <QJsonArray>
#include <QTimeZone>

namespace hall {

namespace {

QString hhmm(const QJsonValue& iso)
{
    const QDateTime t = QDateTime::fromString(iso.toString(), Qt::ISODate);
    return t.isValid() ? t.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("HH:mm")) : QString();
}

/// A booking's status in the screen's language (the English is in the .ts, as every counter word).
QString statusText(const QString& status)
{
    static const QHash<QString, const char*> texts{
        {QStringLiteral("confirmed"), QT_TRANSLATE_NOOP("hall::BookingDesk", "已预约")},
        {QStringLiteral("checkedIn"), QT_TRANSLATE_NOOP("hall::BookingDesk", "已签到")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("hall::BookingDesk", "已取消")},
        {QStringLiteral("cancelledByOffice"), QT_TRANSLATE_NOOP("hall::BookingDesk", "登记处取消")},
        {QStringLiteral("noShow"), QT_TRANSLATE_NOOP("hall::BookingDesk", "未到场")},
    };
    const char* text = texts.value(status);
    return text != nullptr ? BookingDesk::tr(text) : status;
}

/// A booking made with typed ID numbers has no name: staff check the ID card at the desk.
QString nameOrUnregistered(const QString& maskedName)
{
    return maskedName.isEmpty() ? BookingDesk::tr("姓名未登记（到场核验身份证）") : maskedName;
}

QStringList personsOf(const QJsonArray& parties)
{
    QStringList out;
    for (const QJsonValue& v : parties) {
        const QJsonObject p = v.toObject();
        out << nameOrUnregistered(p.value(QLatin1String("name")).toString()) + QLatin1Char(' ') +
                   p.value(QLatin1String("idMasked")).toString();
    }
    return out;
}

} // namespace

BookingDesk::BookingDesk(QObject* parent)
    : QObject(parent),
      m_bookings({QStringLiteral("code"), QStringLiteral("slot"), QStringLiteral("type"),
                  QStringLiteral("persons"), QStringLiteral("phone"), QStringLiteral("status"),
                  QStringLiteral("statusText"), QStringLiteral("bring"), QStringLiteral("noShowOffered")}),
      m_notices({QStringLiteral("code"), QStringLiteral("slot"), QStringLiteral("type"),
                 QStringLiteral("names"), QStringLiteral("phone"), QStringLiteral("ids"),
                 QStringLiteral("message")})
{
    connect(&m_actions, &DeskActions::succeeded, this,
            [this](const QString& action, const QJsonObject& result) {
                if (action == QLatin1String("booking.today")) {
                    onToday(result);
                } else if (action.startsWith(QLatin1String("noShow:"))) {
                    refresh();
                } else if (action == QLatin1String("divorce")) {
                    m_application = result.value(QLatin1String("application")).toObject().toVariantMap();
                    emit applicationChanged();
                } else if (action == QLatin1String("cancelDate")) {
                    const QJsonObject c = result.value(QLatin1String("closure")).toObject();
                    m_closure = c.value(QLatin1String("date")).toString() + QLatin1Char(' ') +
                                c.value(QLatin1String("reason")).toString();
                    QList<QVariantMap> rows;
                    for (const QJsonValue& v : result.value(QLatin1String("notices")).toArray()) {
                        const QJsonObject n = v.toObject();
                        QStringList ids;
                        for (const QJsonValue& id : n.value(QLatin1String("idMasked")).toArray()) {
                            ids << id.toString();
                        }
                        QStringList names;
                        for (const QJsonValue& name : n.value(QLatin1String("names")).toArray()) {
                            names << (name.toString().isEmpty() ? tr("姓名未登记") : name.toString());
                        }
                        rows << QVariantMap{
                            {QStringLiteral("code"), n.value(QLatin1String("code")).toString()},
                            {QStringLiteral("slot"), hhmm(n.value(QLatin1String("slotStart")))},
                            {QStringLiteral("type"), n.value(QLatin1String("typeName")).toString()},
                            {QStringLiteral("names"), names.join(QStringLiteral("、"))},
                            {QStringLiteral("phone"), n.value(QLatin1String("phone")).toString()},
                            {QStringLiteral("ids"), ids.join(QStringLiteral("、"))},
                            {QStringLiteral("message"), n.value(QLatin1String("message")).toString()}};
                    }
                    m_notices.setRows(rows);
                    emit noticesChanged();
                    refresh();
                }
            });
}

void BookingDesk::setController(CounterController* controller)
{
    const bool changed = followController(this, m_controller, controller, m_actions, [this] {
        if (m_controller->client() != nullptr) {
            connect(m_controller->client(), &ServiceClient::snapshotChanged, this, &BookingDesk::followTicket,
                    Qt::UniqueConnection);
        }
    });
    if (!changed) {
        return;
    }
    if (m_controller) {
        connect(m_controller, &CounterController::windowChanged, this, &BookingDesk::followTicket);
        // The rows are worded when they arrive: after a language switch they are read again.
        connect(m_controller, &CounterController::englishChanged, this, [this] {
            if (!m_date.isEmpty()) {
                refresh();
            }
            m_currentCode.clear();
            followTicket();
        });
        followTicket();
    }
    emit controllerChanged();
}

void BookingDesk::refresh()
{
    if (!m_controller || m_controller->client() == nullptr) {
        return;
    }
    QJsonObject args;
    if (!m_shown.isEmpty()) {
        args.insert(QStringLiteral("date"), m_shown);
    }
    // A read: no requestId (DeskActions adds one, which reads refuse), and no busy button.
    ++m_reads;
    m_controller->client()->request(QStringLiteral("booking.today"), args,
                                    [this, guard = QPointer<BookingDesk>(this)](const ServiceReply& r) {
                                        if (!guard) {
                                            return;
                                        }
                                        --m_reads;
                                        if (r.ok) {
                                            onToday(r.result);
                                        } else {
                                            m_actions.fail(r);
                                        }
                                        emit readingChanged();
                                    });
    emit readingChanged();
}

void BookingDesk::show(const QString& date)
{
    m_shown = date.trimmed();
    refresh();
}

void BookingDesk::step(int days)
{
    const QDate shown = QDate::fromString(date(), Qt::ISODate);
    if (shown.isValid()) {
        show(shown.addDays(days).toString(Qt::ISODate));
    }
}

bool BookingDesk::markNoShow(const QString& code)
{
    return m_actions.run(QStringLiteral("noShow:") + code, QStringLiteral("booking.noShow"),
                         {{QStringLiteral("code"), code}});
}

bool BookingDesk::recordDivorce(const QString& firstName, const QString& firstId, const QString& secondName,
                                const QString& secondId)
{
    const auto party = [](const QString& name, const QString& id) {
        return QJsonObject{{QStringLiteral("name"), name.trimmed()},
                           {QStringLiteral("idNumber"), id.trimmed().toUpper()}};
    };
    return m_actions.run(
        QStringLiteral("divorce"), QStringLiteral("divorce.recordApplication"),
        {{QStringLiteral("parties"), QJsonArray{party(firstName, firstId), party(secondName, secondId)}}});
}

bool BookingDesk::cancelDate(const QString& date, const QString& reason)
{
    return m_actions.run(
        QStringLiteral("cancelDate"), QStringLiteral("booking.bulkCancel"),
        {{QStringLiteral("date"), date.trimmed()}, {QStringLiteral("reason"), reason.trimmed()}});
}

QString BookingDesk::countsText() const
{
    const auto n = [this](const char* key) { return m_counts.value(QLatin1String(key)).toInt(); };
    return tr("%1 预约 %2 · 已签到 %3 · 未到场 %4 · 已取消 %5")
        .arg(m_date)
        .arg(n("confirmed"))
        .arg(n("checkedIn"))
        .arg(n("noShow"))
        .arg(n("cancelled") + n("cancelledByOffice"));
}

QString BookingDesk::ceremoniesText() const
{
    const bool english = m_controller && m_controller->english();
    QStringList lines;
    for (const QJsonValue& v : m_ceremonies) {
        const QJsonObject c = v.toObject();
        QString line = QStringLiteral("%1–%2  %3  %4")
                           .arg(hhmm(c.value(QLatin1String("start"))), hhmm(c.value(QLatin1String("end"))),
                                c.value(QLatin1String("hall")).toString(),
                                c.value(QLatin1String("officiant")).toString());
        if (c.value(QLatin1String("collective")).toBool()) {
            const QString en = c.value(QLatin1String("themeEn")).toString();
            line += QStringLiteral("  ") +
                    (english && !en.isEmpty() ? en : c.value(QLatin1String("themeZh")).toString());
            line += QStringLiteral("  ") + tr("%1/%2 对")
                                               .arg(c.value(QLatin1String("couples")).toInt())
                                               .arg(c.value(QLatin1String("capacity")).toInt());
        }
        lines << line;
    }
    return lines.isEmpty() ? QString() : tr("颁证仪式") + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

QString BookingDesk::currentText() const
{
    if (m_current.isEmpty()) {
        return tr("当前号没有预约");
    }
    const auto v = [this](const char* key) { return m_current.value(QLatin1String(key)).toString(); };
    return QStringLiteral("%1  %2  %3\n%4\n%5")
        .arg(v("code"), v("type"), v("slot"), v("persons"), v("statusText"));
}

QString BookingDesk::applicationText() const
{
    if (m_application.isEmpty()) {
        return {};
    }
    const auto v = [this](const char* key) { return m_application.value(QLatin1String(key)).toString(); };
    QString text = tr("已登记（申请号 %4）：冷静期至 %1（可撤回）；领证可预约 %2 至 %3")
                       .arg(v("coolingOffEnds"), v("certificateFrom"), v("certificateUntil"), v("id"));
    // Every application is offered counselling where the office has a room (the 辅导 page books it).
    if (m_application.contains(QStringLiteral("counselling"))) {
        text += tr("；可在冷静期内预约婚姻家庭辅导（辅导页）");
    }
    return text;
}

QVariantMap BookingDesk::rowOf(const QJsonObject& b)
{
    const QString status = b.value(QLatin1String("status")).toString();
    return {{QStringLiteral("code"), b.value(QLatin1String("code")).toString()},
            {QStringLiteral("slot"), hhmm(b.value(QLatin1String("slotStart"))) + QStringLiteral("–") +
                                         hhmm(b.value(QLatin1String("slotEnd")))},
            {QStringLiteral("type"), b.value(QLatin1String("typeName")).toString()},
            {QStringLiteral("persons"),
             personsOf(b.value(QLatin1String("parties")).toArray()).join(QStringLiteral("；"))},
            {QStringLiteral("phone"), b.value(QLatin1String("phone")).toString()},
            {QStringLiteral("status"), status},
            {QStringLiteral("statusText"), statusText(status)},
            // Only a booking still waiting for its couple can be marked 未到场 (the service decides).
            {QStringLiteral("noShowOffered"), status == QLatin1String("confirmed")},
            // The service's list for this booking type (core's whatToBring): never typed here.
            {QStringLiteral("bring"),
             b.value(QLatin1String("bring")).toVariant().toStringList().join(QStringLiteral("、"))}};
}

void BookingDesk::onToday(const QJsonObject& result)
{
    m_date = result.value(QLatin1String("date")).toString();
    QList<QVariantMap> rows;
    for (const QJsonValue& s : result.value(QLatin1String("slots")).toArray()) {
        for (const QJsonValue& b : s.toObject().value(QLatin1String("bookings")).toArray()) {
            rows << rowOf(b.toObject());
        }
    }
    m_bookings.setRows(rows);
    m_counts = result.value(QLatin1String("counts")).toObject().toVariantMap();
    m_ceremonies =
        result.value(QLatin1String("ceremonies")).toObject().value(QLatin1String("ceremonies")).toArray();
    emit bookingsChanged();
}

QString BookingDesk::appointmentOf(const QJsonObject& snapshot, int window)
{
    for (const QJsonValue& c : snapshot.value(QLatin1String("counters")).toArray()) {
        const QJsonObject counter = c.toObject();
        if (counter.value(QLatin1String("number")).toInt() == window) {
            return counter.value(QLatin1String("ticket"))
                .toObject()
                .value(QLatin1String("appointment"))
                .toObject()
                .value(QLatin1String("reference"))
                .toString();
        }
    }
    return {};
}

void BookingDesk::followTicket()
{
    if (!m_controller || m_controller->client() == nullptr) {
        return;
    }
    const QString code = appointmentOf(m_controller->client()->snapshot(), m_controller->window());
    if (code == m_currentCode) {
        return;
    }
    m_currentCode = code;
    if (code.isEmpty()) {
        m_current.clear();
        emit currentChanged();
        return;
    }
    // A read, not an action: it must not take the desk's busy slot from the staff's buttons.
    m_controller->client()->request(QStringLiteral("booking.get"), {{QStringLiteral("code"), code}},
                                    [this, code, guard = QPointer<BookingDesk>(this)](const ServiceReply& r) {
                                        if (!guard || code != m_currentCode || !r.ok) {
                                            return;
                                        }
                                        m_current =
                                            rowOf(r.result.value(QLatin1String("booking")).toObject());
                                        emit currentChanged();
                                    });
}

} // namespace hall
