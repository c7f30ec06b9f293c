// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchhall.h"

#include "touchscript.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace hall::bench {

bool BenchHall::start()
{
    if (ServiceProcess::admin(m_dir.path(), {QStringLiteral("init")}).exitCode != 0) {
        return false;
    }
    const AdminRun device = ServiceProcess::admin(
        m_dir.path(), {QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--role"),
                       QStringLiteral("kiosk"), QStringLiteral("--name"), QStringLiteral("kiosk-1")});
    if (device.exitCode != 0) {
        return false;
    }
    m_token = device.out.trimmed();
    QStringList hallConfig;
    if (m_dailyQuota > 0) {
        QFile defaults(QStringLiteral(HALL_DEFAULT_CONFIG));
        if (!defaults.open(QIODevice::ReadOnly)) {
            return false;
        }
        QJsonObject config = QJsonDocument::fromJson(defaults.readAll()).object();
        QJsonArray services = config.value(QLatin1String("services")).toArray();
        for (auto&& s : services) {
            QJsonObject service = s.toObject();
            service.insert(QStringLiteral("dailyQuota"), m_dailyQuota);
            s = service;
        }
        config.insert(QStringLiteral("services"), services);
        QFile file(m_dir.filePath(QStringLiteral("hall.json")));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(config).toJson()) < 0) {
            return false;
        }
        hallConfig = {QStringLiteral("--hall-config"), file.fileName()};
    }
    return m_service.start(
        m_dir.path(),
        QStringList{QStringLiteral("--quiet"), QStringLiteral("--rate-limit"), QStringLiteral("100000"),
                    QStringLiteral("--rate-burst"), QStringLiteral("100000"),
                    QStringLiteral("--kiosk-issues-per-minute"), QStringLiteral("1000000"),
                    QStringLiteral("--device-writes-per-minute"), QStringLiteral("1000000"),
                    QStringLiteral("--start-time"), QStringLiteral("2026-11-24T10:00:00+08:00")} +
            hallConfig,
        15000);
}

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    return TouchScript::waitUntil(done, timeoutMs);
}

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    return -1;
}

QString summarise(std::vector<double> samples)
{
    if (samples.empty()) {
        return QStringLiteral("no samples");
    }
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        return samples[static_cast<size_t>(q * static_cast<double>(samples.size() - 1))];
    };
    return QStringLiteral("median %1 ms, p95 %2 ms, max %3 ms (n=%4)")
        .arg(at(0.5), 0, 'f', 1)
        .arg(at(0.95), 0, 'f', 1)
        .arg(samples.back(), 0, 'f', 1)
        .arg(samples.size());
}

} // namespace hall::bench
