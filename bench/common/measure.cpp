// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "measure.h"

#include <QDir>
#include <QFile>
#include <QList>

#include <unistd.h>

#include <ctime>

namespace hall::measure {

namespace {

/// Nanoseconds on a CPU of every live thread of `pid` (the first field of each task's schedstat).
double scheduledMs(qint64 pid)
{
    const QString tasks = QStringLiteral("/proc/%1/task").arg(pid);
    double ns = 0;
    for (const QString& tid : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(tasks + QLatin1Char('/') + tid + QStringLiteral("/schedstat"));
        if (f.open(QIODevice::ReadOnly)) {
            ns += f.readAll().split(' ').value(0).toDouble();
        }
    }
    return ns / 1e6;
}

} // namespace

ProcessCpu processCpu(qint64 pid)
{
    if (pid <= 0) {
        return {};
    }
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray stat = f.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13) {
        return {};
    }
    const double msPerTick = 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
    return {fields.at(11).toDouble() * msPerTick, fields.at(12).toDouble() * msPerTick, // utime, stime
            scheduledMs(pid)};
}

double processCpuMs(qint64 pid)
{
    const ProcessCpu cpu = processCpu(pid);
    return cpu.userMs + cpu.systemMs;
}

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
                                       : QStringLiteral("?");
}

} // namespace hall::measure
