// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench-backup: `hall-admin backup` while kiosks issue tickets as fast as the service
// answers them, then `hall-admin restore` into a fresh directory and a new hall-service there, which
// must answer every ticket acknowledged before the backup began. Prints the issue rate before and
// during the backup, the backup's duration and size, and how many acknowledged tickets the restored
// service answers; exits 1 when one is missing. Also a test (short run): ctest "backup under load".
#include "benchhall.h"
#include "client/serviceclient.h"
#include "client/waituntil.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace hall;
using namespace hall::bench;

namespace {

struct Ack
{
    QString number;
    qint64 atMs; ///< since the run started
};

/// One kiosk issuing tickets back to back, remembering each acknowledged number and when.
class Issuer
{
public:
    Issuer(const BenchHall& hall, int index, int services, const QElapsedTimer& clock, QList<Ack>& acks)
        : m_clock(clock), m_acks(acks), m_services(services), m_next(index)
    {
        ServiceClient::Options o;
        o.url = hall.url();
        o.role = QStringLiteral("kiosk");
        o.device = hall.device(QStringLiteral("kiosk"), index);
        o.token = hall.token(o.device);
        o.subscribe = false;
        o.requestTimeoutMs = 30000;
        m_client = std::make_unique<ServiceClient>(o);
        m_client->start();
    }
    bool ready() const { return m_client->isReady(); }
    void run()
    {
        m_running = true;
        issue();
    }
    void stop() { m_running = false; }
    bool idle() const { return !m_inFlight; }
    int refused = 0;

private:
    void issue()
    {
        if (!m_running) {
            return;
        }
        const QString service = QStringLiteral("service-%1").arg(QChar(u'A' + (m_next++ % m_services)));
        m_inFlight = true;
        m_client->request(QStringLiteral("ticket.issue"),
                          {{QStringLiteral("requestId"), ServiceClient::newRequestId()},
                           {QStringLiteral("services"), QJsonArray{service}}},
                          [this](const ServiceReply& r) {
                              m_inFlight = false;
                              if (r.ok) {
                                  m_acks.append({r.result.value(QLatin1String("ticket"))
                                                     .toObject()
                                                     .value(QLatin1String("number"))
                                                     .toString(),
                                                 m_clock.elapsed()});
                              } else {
                                  ++refused;
                              }
                              issue();
                          });
    }
    const QElapsedTimer& m_clock;
    QList<Ack>& m_acks;
    std::unique_ptr<ServiceClient> m_client;
    int m_services;
    int m_next;
    bool m_running = false;
    bool m_inFlight = false;
};

double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : -1;
}

int fail(const QString& why)
{
    std::fprintf(stderr, "bench-backup: %s\n", qPrintable(why));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    BenchOptions o;
    o.counters = 1;
    o.displays = 0;
    o.kiosks = 8;
    o.seconds = 2; // of load before the backup and after it
    int exitCode = 0;
    const auto parsed = parseBenchOptions(QCoreApplication::arguments(), o, exitCode);
    if (!parsed) {
        return exitCode;
    }
    o = *parsed;
    BenchHall hall;
    QString error;
    if (!hall.prepare(o, error)) {
        return fail(error);
    }
    QElapsedTimer clock;
    clock.start();
    QList<Ack> acks;
    std::vector<std::unique_ptr<Issuer>> issuers;
    for (int i = 1; i <= o.kiosks; ++i) {
        issuers.push_back(std::make_unique<Issuer>(hall, i, qMin(o.services, 26), clock, acks));
    }
    if (!waitUntil(
            [&] { return std::all_of(issuers.begin(), issuers.end(), [](auto& i) { return i->ready(); }); },
            30000)) {
        return fail(QStringLiteral("kiosks did not connect"));
    }
    const qint64 loadFrom = clock.elapsed();
    for (auto& i : issuers) {
        i->run();
    }
    waitUntil([] { return false; }, static_cast<int>(o.seconds * 1000));

    // The backup, by the real command, while the kiosks go on.
    QTemporaryDir backups;
    QProcess backup;
    const qint64 backupFrom = clock.elapsed();
    backup.start(ServiceProcess::adminPath(),
                 {QStringLiteral("--data-dir"), hall.dataDir(), QStringLiteral("backup"), backups.path()});
    if (!waitUntil([&] { return backup.state() == QProcess::NotRunning; }, 120000) ||
        backup.exitCode() != 0) {
        return fail(QStringLiteral("hall-admin backup failed: %1")
                        .arg(QString::fromUtf8(backup.readAllStandardError())));
    }
    const qint64 backupUntil = clock.elapsed();
    const QString backupDir = QString::fromUtf8(backup.readAllStandardOutput()).trimmed();
    waitUntil([] { return false; }, static_cast<int>(o.seconds * 1000));
    for (auto& i : issuers) {
        i->stop();
    }
    waitUntil([&] { return std::all_of(issuers.begin(), issuers.end(), [](auto& i) { return i->idle(); }); },
              30000);
    issuers.clear();
    hall.stop();

    // Restore into a new directory and ask a new service there for every ticket acknowledged before.
    QTemporaryDir restored;
    QProcess restore;
    restore.start(ServiceProcess::adminPath(),
                  {QStringLiteral("--data-dir"), restored.path(), QStringLiteral("restore"), backupDir});
    if (!restore.waitForFinished(60000) || restore.exitCode() != 0) {
        return fail(QStringLiteral("hall-admin restore failed: %1")
                        .arg(QString::fromUtf8(restore.readAllStandardError())));
    }
    ServiceProcess service;
    if (!service.start(restored.path(),
                       {QStringLiteral("--hall-config"), hall.hallConfigPath(),
                        QStringLiteral("--start-time"),
                        BenchHall::openDay().toString(Qt::ISODate) + QStringLiteral("T09:00:00+08:00"),
                        QStringLiteral("--quiet"),
                        // One admin asks for every ticket at once.
                        QStringLiteral("--rate-limit"), QStringLiteral("100000"),
                        QStringLiteral("--rate-burst"), QStringLiteral("100000")},
                       30000)) {
        return fail(
            QStringLiteral("the restored service did not start: %1 %2").arg(service.error(), service.log()));
    }
    const QUrl url = service.url();
    ServiceClient::Options ao;
    ao.url = url;
    ao.role = QStringLiteral("admin");
    ao.device = hall.device(QStringLiteral("admin"), 1);
    ao.token = hall.token(ao.device);
    ao.subscribe = false;
    ao.requestTimeoutMs = 60000;
    ServiceClient admin(ao);
    admin.start();
    if (!waitUntil([&] { return admin.isReady(); }, 30000)) {
        return fail(QStringLiteral("the admin device (restored with the data) cannot log in"));
    }
    int before = 0, during = 0, after = 0, answered = 0, asked = 0, duringKept = 0;
    QStringList missing;
    for (const Ack& a : acks) {
        const bool mustBeThere = a.atMs < backupFrom;
        (a.atMs < backupFrom ? before : a.atMs <= backupUntil ? during : after) += 1;
        if (a.atMs > backupUntil) {
            continue;
        }
        ++asked;
        admin.request(QStringLiteral("ticket.get"), {{QStringLiteral("ticket"), a.number}},
                      [&, mustBeThere, number = a.number](const ServiceReply& r) {
                          ++answered;
                          if (r.ok) {
                              duringKept += mustBeThere ? 0 : 1;
                          } else if (mustBeThere) {
                              missing << number + QLatin1Char('(') + r.errorCode + QLatin1Char(')');
                          }
                      });
    }
    waitUntil([&] { return answered == asked; }, 120000);
    service.stop(10000);

    const double preRate = before * 1000.0 / qMax<qint64>(1, backupFrom - loadFrom);
    const double backupMs = static_cast<double>(backupUntil - backupFrom);
    const double duringRate = during * 1000.0 / qMax(1.0, backupMs);
    qint64 size = 0;
    for (const QFileInfo& f : QDir(backupDir).entryInfoList(QDir::Files)) {
        size += f.size();
    }
    std::printf("bench-backup: %d kiosks, load average %.2f\n", o.kiosks, loadAverage());
    std::printf("  tickets acknowledged: %d before the backup (%.0f/s), %d during it (%.0f/s), %d after\n",
                before, preRate, during, duringRate, after);
    std::printf("  backup: %.0f ms wall, %.1f KiB, verified (integrity_check, hashes, row counts)\n",
                backupMs, size / 1024.0);
    std::printf("  restored service answers %d of %d tickets acknowledged before the backup began; "
                "%d of the %d acknowledged during it are in the copy\n",
                before - static_cast<int>(missing.size()), before, duringKept, during);
    if (!missing.isEmpty() || answered != asked || before == 0) {
        return fail(
            QStringLiteral("missing after restore: %1").arg(missing.mid(0, 10).join(QLatin1Char(' '))));
    }
    return 0;
}
