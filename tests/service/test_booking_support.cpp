// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "test_booking_support.h"

#include "domain/idnumber.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>

namespace hall::test {

QString bookingIdNumber(QDate birth, int sequence)
{
    const QString first17 = QStringLiteral("110105") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

QString groom(int n)
{
    return bookingIdNumber(QDate(1990, 1, 1).addDays(n), 11);
}

QString bride(int n)
{
    return bookingIdNumber(QDate(1995, 1, 1).addDays(n), 22);
}

QJsonObject bookingOf(const QJsonObject& reply)
{
    return result(reply).value(QLatin1String("booking")).toObject();
}

QJsonArray couple(int n)
{
    return QJsonArray{
        QJsonObject{{QStringLiteral("name"), QStringLiteral("张三")}, {QStringLiteral("idNumber"), groom(n)}},
        QJsonObject{{QStringLiteral("name"), QStringLiteral("李四")},
                    {QStringLiteral("idNumber"), bride(n)}}};
}

BookingConfigFile::BookingConfigFile(const QByteArray& json)
{
    path = dir.filePath(QStringLiteral("booking.json"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(json) == json.size());
    QFile builtIn(QStringLiteral(":/hall/default-hall.json"));
    REQUIRE(builtIn.open(QIODevice::ReadOnly));
    QJsonObject hall = QJsonDocument::fromJson(builtIn.readAll()).object();
    QJsonObject calendar = hall.value(QLatin1String("calendar")).toObject();
    QJsonArray plan = calendar.value(QLatin1String("holidayServicePlan")).toArray();
    const QJsonArray dates = QJsonDocument::fromJson(json)
                                 .object()
                                 .value(QLatin1String("specialDates"))
                                 .toObject()
                                 .value(QLatin1String("dates"))
                                 .toArray();
    for (const QJsonValue& d : dates) {
        plan.append(QJsonObject{
            {QStringLiteral("nameZh"), d.toObject().value(QLatin1String("nameZh"))},
            {QStringLiteral("on"),
             QJsonObject{{QStringLiteral("date"), d.toObject().value(QLatin1String("date"))}}},
            {QStringLiteral("services"), QJsonArray{QStringLiteral("marriage"), QStringLiteral("divorce"),
                                                    QStringLiteral("certificates")}},
            {QStringLiteral("from"), QStringLiteral("08:30")},
            {QStringLiteral("until"), QStringLiteral("17:00")}});
    }
    calendar.insert(QStringLiteral("holidayServicePlan"), plan);
    // A crafted 2027 arrangement (not the State Council's), so the tests' January 2027 is released.
    calendar.insert(
        QStringLiteral("arrangements"),
        QJsonObject{{QStringLiteral("2027"),
                     QJsonObject{{QStringLiteral("source"), QStringLiteral("crafted for the tests")},
                                 {QStringLiteral("off"), QJsonArray{QStringLiteral("2027-01-01/2027-01-03"),
                                                                    QStringLiteral("2027-02-05/2027-02-11")}},
                                 {QStringLiteral("workdays"), QJsonArray{QStringLiteral("2027-02-20")}}}}});
    hall.insert(QStringLiteral("calendar"), calendar);
    hallPath = dir.filePath(QStringLiteral("hall.json"));
    QFile h(hallPath);
    REQUIRE(h.open(QIODevice::WriteOnly));
    const QByteArray hallJson = QJsonDocument(hall).toJson();
    REQUIRE(h.write(hallJson) == hallJson.size());
}

QStringList BookingConfigFile::flags() const
{
    return {QStringLiteral("--booking-config"), path, QStringLiteral("--hall-config"), hallPath};
}

QByteArray generalBookingJson()
{
    return R"({
  "offices": [
    { "id": "main", "nameZh": "测试婚姻登记处",
      "sessions": [ { "days": [1, 2, 3, 4, 5], "from": "09:00", "until": "12:00", "slotMinutes": 30,
                      "capacity": { "marriage": 2, "divorceApplication": 1, "divorceCertificate": 1,
                                    "replacement": 1 } } ] },
    { "id": "tiny", "nameZh": "小登记处",
      "sessions": [ { "days": [1, 2, 3, 4, 5], "from": "09:00", "until": "09:30", "slotMinutes": 30,
                      "capacity": { "marriage": 1 } } ] }
  ],
  "window": { "maxDaysAhead": 30, "opensAt": "00:00", "closeDaysBefore": 0, "closesAt": "18:00" },
  "specialDates": {
                    "dates": [ { "date": "2026-12-12", "nameZh": "双十二",
                                 "releaseAt": "2026-11-24T12:00:00+08:00", "capacity": { "marriage": 3 } } ] },
  "rules": { "cancelMinutesBefore": 120, "checkInMinutesBefore": 30, "checkInMinutesAfter": 15 }
})";
}

QJsonObject createArgs(const QString& requestId, int n, const QString& slotStart, const QString& type)
{
    return {{QStringLiteral("requestId"), requestId},
            {QStringLiteral("type"), type},
            {QStringLiteral("slotStart"), slotStart},
            {QStringLiteral("parties"), couple(n)},
            {QStringLiteral("phone"), QStringLiteral("13800138000")}};
}

BurstClients::BurstClients(const QUrl& url, const QList<QPair<QString, QString>>& devices, int connections)
{
    for (int i = 0; i < connections; ++i) {
        auto socket = std::make_unique<QWebSocket>();
        QObject::connect(socket.get(), &QWebSocket::textMessageReceived, [this](const QString& text) {
            const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
            if (!o.contains(QLatin1String("event"))) {
                m_replies.insert(o.value(QLatin1String("id")).toInteger(), o);
            }
        });
        socket->open(url);
        m_sockets.push_back(std::move(socket));
    }
    REQUIRE(waitUntil(
        [this] {
            return std::all_of(m_sockets.begin(), m_sockets.end(),
                               [](const auto& s) { return s->state() == QAbstractSocket::ConnectedState; });
        },
        30000));
    QList<qint64> hellos;
    for (int i = 0; i < connections; ++i) {
        const auto& [device, token] = devices.at(i % devices.size());
        hellos << send(i, QStringLiteral("hello"),
                       {{QStringLiteral("protocol"), 1},
                        {QStringLiteral("role"), roleOf(device)},
                        {QStringLiteral("device"), device},
                        {QStringLiteral("token"), token}});
    }
    REQUIRE(waitAll(30000));
    for (qint64 id : hellos) {
        REQUIRE(ok(m_replies.value(id)));
    }
}

qint64 BurstClients::send(int connection, const QString& op, const QJsonObject& args)
{
    const qint64 id = m_nextId++;
    const QJsonObject request{
        {QStringLiteral("id"), id}, {QStringLiteral("op"), op}, {QStringLiteral("args"), args}};
    m_sockets.at(static_cast<std::size_t>(connection))
        ->sendTextMessage(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
    ++m_sent;
    return id;
}

bool BurstClients::waitAll(int timeoutMs)
{
    return waitUntil([this] { return m_replies.size() >= m_sent; }, timeoutMs);
}

} // namespace hall::test
