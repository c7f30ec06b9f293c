// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "callerbookingdesk.h"

#include "bookingdesk.h"
#include "controllerfollow.h"

#include <QJsonArray>
#include <QTimeZone>

namespace hall {

namespace {

QString hallTime(const QJsonValue& iso, const QString& format)
{
    const QDateTime t = QDateTime::fromString(iso.toString(), Qt::ISODate);
    return t.isValid() ? t.toTimeZone(QTimeZone(8 * 3600)).toString(format) : QString();
}

QString actionText(const QString& action)
{
    if (action == QLatin1String("created")) {
        // Its own string: the 代约 tab shares the Chinese word, but the English of a staff action differs.
        return CallerBookingDesk::tr("代约", "audit entry: a staff member booked for a caller");
    }
    if (action == QLatin1String("moved")) {
        return CallerBookingDesk::tr("改约");
    }
    if (action == QLatin1String("cancelled")) {
        return CallerBookingDesk::tr("取消");
    }
    return action;
}

QString channelText(const QString& channel)
{
    if (channel == QLatin1String("phone")) {
        return CallerBookingDesk::tr("电话");
    }
    if (channel == QLatin1String("walkIn")) {
        return CallerBookingDesk::tr("现场");
    }
    if (channel.startsWith(QLatin1String("residentPage:"))) {
        return CallerBookingDesk::tr("居民手机页面"); // the couple on their booking page, no staff
    }
    return channel;
}

QJsonObject party(const QString& idNumber)
{
    return {{QStringLiteral("idNumber"), idNumber.trimmed().toUpper()}};
}

} // namespace

CallerBookingDesk::CallerBookingDesk(QObject* parent)
    : QObject(parent), m_slots({QStringLiteral("start"), QStringLiteral("time"), QStringLiteral("remaining"),
                                QStringLiteral("text")})
{
    connect(&m_actions, &DeskActions::succeeded, this, [this](const QString&, const QJsonObject& result) {
        const QJsonObject b = result.value(QLatin1String("booking")).toObject();
        readBack(b.value(QLatin1String("code")).toString());
    });
}

void CallerBookingDesk::setController(CounterController* controller)
{
    if (followController(this, m_controller, controller, m_actions, [this] { readInfo(); })) {
        emit controllerChanged();
    }
}

void CallerBookingDesk::read(const QString& op, const QJsonObject& args,
                             std::function<void(const QJsonObject&)> done)
{
    if (!m_controller || m_controller->client() == nullptr) {
        return;
    }
    ++m_reads;
    emit readingChanged();
    m_controller->client()->request(
        op, args,
        [this, done = std::move(done), guard = QPointer<CallerBookingDesk>(this)](const ServiceReply& r) {
            if (!guard) {
                return;
            }
            --m_reads;
            emit readingChanged();
            if (r.ok) {
                done(r.result);
            } else {
                m_actions.fail(r);
            }
        });
}

void CallerBookingDesk::readInfo()
{
    read(QStringLiteral("booking.info"), {}, [this](const QJsonObject& info) {
        m_types = info.value(QLatin1String("types")).toArray().toVariantList();
        emit typesChanged();
    });
}

void CallerBookingDesk::loadSlots(const QString& type, const QString& date)
{
    m_slots.setRows({});
    read(QStringLiteral("booking.slots"),
         {{QStringLiteral("type"), type}, {QStringLiteral("date"), date.trimmed()}},
         [this](const QJsonObject& day) {
             m_actions.clearError();
             QList<QVariantMap> rows;
             for (const QJsonValue& v : day.value(QLatin1String("slots")).toArray()) {
                 const QJsonObject s = v.toObject();
                 const int remaining = s.value(QLatin1String("remaining")).toInt();
                 const QString time = hallTime(s.value(QLatin1String("start")), QStringLiteral("HH:mm")) +
                                      QStringLiteral("–") +
                                      hallTime(s.value(QLatin1String("end")), QStringLiteral("HH:mm"));
                 rows << QVariantMap{{QStringLiteral("start"), s.value(QLatin1String("start")).toString()},
                                     {QStringLiteral("time"), time},
                                     {QStringLiteral("remaining"), remaining},
                                     {QStringLiteral("text"), tr("%1 余 %2").arg(time).arg(remaining)}};
             }
             m_slots.setRows(rows);
         });
}

bool CallerBookingDesk::book(const QString& type, const QString& slotStart, const QString& firstId,
                             const QString& secondId, const QString& phone, const QString& channel)
{
    QJsonArray parties{party(firstId)};
    if (!secondId.trimmed().isEmpty()) {
        parties.append(party(secondId));
    }
    return m_actions.run(QStringLiteral("callerBook"), QStringLiteral("booking.create"),
                         {{QStringLiteral("type"), type},
                          {QStringLiteral("slotStart"), slotStart},
                          {QStringLiteral("parties"), parties},
                          {QStringLiteral("phone"), phone.trimmed()},
                          {QStringLiteral("channel"), channel}});
}

bool CallerBookingDesk::move(const QString& code, const QString& idNumber, const QString& slotStart,
                             const QString& channel)
{
    return m_actions.run(QStringLiteral("callerMove"), QStringLiteral("booking.move"),
                         {{QStringLiteral("code"), code.trimmed().toUpper()},
                          {QStringLiteral("idNumber"), idNumber.trimmed().toUpper()},
                          {QStringLiteral("slotStart"), slotStart},
                          {QStringLiteral("channel"), channel}});
}

bool CallerBookingDesk::cancel(const QString& code, const QString& idNumber, const QString& channel)
{
    return m_actions.run(QStringLiteral("callerCancel"), QStringLiteral("booking.cancel"),
                         {{QStringLiteral("code"), code.trimmed().toUpper()},
                          {QStringLiteral("idNumber"), idNumber.trimmed().toUpper()},
                          {QStringLiteral("channel"), channel}});
}

void CallerBookingDesk::readBack(const QString& code)
{
    read(QStringLiteral("booking.get"), {{QStringLiteral("code"), code}}, [this](const QJsonObject& result) {
        const QJsonObject b = result.value(QLatin1String("booking")).toObject();
        const QVariantMap row = BookingDesk::rowOf(b);
        m_code = row.value(QStringLiteral("code")).toString();
        m_bookingText = QStringList{m_code,
                                    b.value(QLatin1String("date")).toString(),
                                    row.value(QStringLiteral("slot")).toString(),
                                    row.value(QStringLiteral("type")).toString(),
                                    row.value(QStringLiteral("statusText")).toString(),
                                    row.value(QStringLiteral("persons")).toString(),
                                    row.value(QStringLiteral("phone")).toString()}
                            .join(QStringLiteral("  "));
        QStringList lines;
        for (const QJsonValue& e : result.value(QLatin1String("audit")).toArray()) {
            lines << auditLine(e.toObject());
        }
        m_auditText = lines.join(QLatin1Char('\n'));
        emit bookingChanged();
    });
}

QString CallerBookingDesk::auditLine(const QJsonObject& e)
{
    QString line = QStringLiteral("%1 %2 %3 %4")
                       .arg(hallTime(e.value(QLatin1String("at")), QStringLiteral("yyyy-MM-dd HH:mm")),
                            actionText(e.value(QLatin1String("action")).toString()),
                            e.value(QLatin1String("staff")).toString(),
                            channelText(e.value(QLatin1String("channel")).toString()));
    const QString detail = e.value(QLatin1String("detail")).toString();
    return detail.isEmpty() ? line : line + QStringLiteral("  ") + detail;
}

} // namespace hall
