// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchhall.h"

#include "calendar/hallcalendar.h"
#include "datadir.h"

#include "auth/authstore.h"
#include "auth/secrets.h"
#include "storage/sqlstore.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>

namespace hall::bench {

namespace {

QByteArray hallConfigJson(const BenchOptions& o)
{
    QJsonArray services;
    for (int i = 0; i < o.services && i < 26; ++i) {
        const QChar prefix(u'A' + i);
        services.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("service-%1").arg(prefix)},
                                    {QStringLiteral("prefix"), QString(prefix)},
                                    {QStringLiteral("nameZh"), QStringLiteral("业务%1").arg(prefix)},
                                    {QStringLiteral("nameEn"), QStringLiteral("Service %1").arg(prefix)},
                                    {QStringLiteral("dailyQuota"), 999},
                                    {QStringLiteral("issueFrom"), QStringLiteral("00:00")},
                                    {QStringLiteral("issueUntil"), QStringLiteral("23:59")},
                                    {QStringLiteral("avgServiceMinutes"), 10}});
    }
    QJsonArray counters;
    for (int n = 1; n <= o.counters; ++n) {
        counters.append(QJsonObject{{QStringLiteral("number"), n}, {QStringLiteral("integrated"), true}});
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("centre"),
                            QJsonObject{{QStringLiteral("nameZh"), QStringLiteral("压力测试大厅")},
                                        {QStringLiteral("nameEn"), QStringLiteral("Bench hall")}}},
                           {QStringLiteral("services"), services},
                           {QStringLiteral("counters"), counters},
                           // The built-in holiday plan opens "marriage", which this catalogue lacks.
                           {QStringLiteral("calendar"),
                            QJsonObject{{QStringLiteral("holidayServicePlan"), QJsonArray()}}}})
        .toJson();
}

} // namespace

QDate BenchHall::openDay()
{
    const auto calendar = HallCalendar::builtIn();
    const QDate today = QDate::currentDate();
    return calendar->hallDay(today).status == HallDay::Status::Open ? today : calendar->nextOpenDay(today);
}

QString BenchHall::logPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("service.log")) : QString();
}

bool BenchHall::prepare(const BenchOptions& options, QString& error)
{
    m_run = QString::number(QRandomGenerator::global()->bounded(100000, 999999));
    if (!secrets::init()) {
        error = QStringLiteral("libsodium init failed");
        return false;
    }
    if (!options.url.isEmpty()) {
        m_url = options.url;
        return provision(options.dataDir, options, error);
    }
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        error = QStringLiteral("no temporary directory");
        return false;
    }
    return provision(m_dir->path(), options, error) && spawn(options, error);
}

bool BenchHall::provision(const QString& dataDir, const BenchOptions& options, QString& error)
{
    SqlStore::Options so;
    so.database = QDir(dataDir).absoluteFilePath(QStringLiteral("hall.sqlite"));
    if (m_dir) { // a hall of our own: made as an operator makes one (hall-admin init)
        if (auto failed = halldata::initialise(dataDir, so.database)) {
            error = failed->message;
            return false;
        }
    }
    auto store = SqlStore::open(so);
    if (!store) {
        error = store.error().message;
        return false;
    }
    AuthStore auth(store.value()->database());
    const auto add = [&](const QString& role, Role r, int count) {
        for (int i = 1; i <= count; ++i) {
            auto token = auth.addDevice(device(role, i), r);
            if (!token) {
                error = token.error().message;
                return false;
            }
            m_tokens.insert(device(role, i), token.value());
        }
        return true;
    };
    if (!add(QStringLiteral("counter"), Role::Counter, options.counters) ||
        !add(QStringLiteral("display"), Role::Display, options.displays) ||
        !add(QStringLiteral("kiosk"), Role::Kiosk, options.kiosks) ||
        !add(QStringLiteral("relay"), Role::Relay, options.relays) ||
        !add(QStringLiteral("admin"), Role::Admin, 1)) {
        return false;
    }
    StaffAccount staff;
    staff.user = staffUser();
    staff.displayName = QStringLiteral("压测");
    staff.allCounters = true;
    auto added = auth.addStaff(staff, staffPassword());
    if (!added) {
        error = added.error().message;
        return false;
    }
    return true;
}

bool BenchHall::spawn(const BenchOptions& options, QString& error)
{
    const QString configPath = m_dir->filePath(QStringLiteral("hall.json"));
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly) || config.write(hallConfigJson(options)) < 0) {
        error = QStringLiteral("cannot write %1").arg(configPath);
        return false;
    }
    config.close();
    const QString start = openDay().toString(Qt::ISODate) + QStringLiteral("T09:00:00+08:00");
    if (!options.servicePath.isEmpty()) {
        m_process.setServicePath(options.servicePath);
    }
    m_process.setLogFile(logPath());
    if (!m_process.start(
            m_dir->path(),
            QStringList{QStringLiteral("--hall-config"), configPath, QStringLiteral("--start-time"), start,
                        QStringLiteral("--max-connections-per-address"), QStringLiteral("100000"),
                        QStringLiteral("--rate-limit"), QStringLiteral("100000"),
                        QStringLiteral("--rate-burst"), QStringLiteral("100000"),
                        QStringLiteral("--kiosk-issues-per-minute"), QStringLiteral("1000000"),
                        QStringLiteral("--device-writes-per-minute"), QStringLiteral("1000000")} +
                options.serviceFlags)) {
        error = QStringLiteral("%1 (see %2)").arg(m_process.error(), logPath());
        return false;
    }
    m_url = m_process.url();
    m_residentPort = m_process.residentPort();
    return true;
}

bool BenchHall::startRelays(const BenchOptions& options, QString& error)
{
    for (int i = 1; i <= options.relays; ++i) {
        auto relay = std::make_unique<ServiceProcess>();
        relay->setServicePath(ServiceProcess::relayPath());
        if (m_dir) {
            relay->setLogFile(m_dir->filePath(QStringLiteral("relay-%1.log").arg(i)));
        }
        const QString name = device(QStringLiteral("relay"), i);
        if (!relay->start({}, {QStringLiteral("--url"), m_url.toString(), QStringLiteral("--device"), name,
                               QStringLiteral("--token"), token(name), QStringLiteral("--quiet"),
                               QStringLiteral("--max-connections-per-address"), QStringLiteral("100000")})) {
            error = QStringLiteral("relay %1: %2").arg(i).arg(relay->error());
            return false;
        }
        m_relays.push_back(std::move(relay));
    }
    return true;
}

QList<qint64> BenchHall::relayPids() const
{
    QList<qint64> pids;
    for (const auto& r : m_relays) {
        pids << r->pid();
    }
    return pids;
}

void BenchHall::stop()
{
    for (auto& r : m_relays) {
        r->stop();
    }
    m_relays.clear();
    m_process.stop();
}

} // namespace hall::bench
