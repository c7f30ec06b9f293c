// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchoptions.h"
#include "serviceprocess.h"

#include <QDate>
#include <QHash>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <vector>

namespace hall::bench {

/// The service under load and the credentials of the bench's devices: either a private
/// hall-service (temporary data directory, a generated hall with enough counters) or a running one
/// whose data directory the bench may add devices to.
class BenchHall
{
public:
    /// Sets everything up; on failure `error` says why.
    bool prepare(const BenchOptions& options, QString& error);
    void stop();

    QUrl url() const { return m_url; }
    /// Where display `index` (from 1) connects: a relay's address with --relays, else url().
    QUrl displayUrl(int index) const
    {
        return m_relays.empty() ? m_url : m_relays.at(std::size_t(index - 1) % m_relays.size())->url();
    }
    /// Starts options.relays hall-relay processes linked to the service (after prepare()).
    bool startRelays(const BenchOptions& options, QString& error);
    /// The relays' process ids (empty without --relays).
    QList<qint64> relayPids() const;
    /// The residents' pages' port of the private service started with --resident-port (else 0).
    quint16 residentPort() const { return m_residentPort; }
    QString token(const QString& device) const { return m_tokens.value(device); }
    /// Device names are unique per run, so runs against one service do not collide.
    QString device(const QString& role, int index) const
    {
        return QStringLiteral("bench-%1-%2-%3").arg(m_run, role).arg(index);
    }
    QString staffUser() const { return QStringLiteral("bench-%1").arg(m_run); }
    static QString staffPassword() { return QStringLiteral("bench-password"); }
    QString logPath() const;
    /// Today if the hall calendar opens the hall today, else its next open day: the day the private
    /// service's clock starts on (the queue issues no ticket on a closed day).
    static QDate openDay();
    /// The private service's process id (0 with --url).
    qint64 pid() const { return m_process.pid(); }
    /// The private service's data directory (empty with --url).
    QString dataDir() const { return m_dir ? m_dir->path() : QString(); }
    /// The generated hall configuration the private service runs with.
    QString hallConfigPath() const
    {
        return m_dir ? m_dir->filePath(QStringLiteral("hall.json")) : QString();
    }

private:
    bool provision(const QString& dataDir, const BenchOptions& options, QString& error);
    bool spawn(const BenchOptions& options, QString& error);

    std::unique_ptr<QTemporaryDir> m_dir;
    ServiceProcess m_process;
    std::vector<std::unique_ptr<ServiceProcess>> m_relays;
    QUrl m_url;
    QHash<QString, QString> m_tokens;
    QString m_run;
    quint16 m_residentPort = 0;
};

} // namespace hall::bench
