// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "procstat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <unistd.h>

namespace hall::test {

qint64 ProcStat::rssBytes(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
        }
    }
    return -1;
}

int ProcStat::descriptors(qint64 pid)
{
    return static_cast<int>(
        QDir(QStringLiteral("/proc/%1/fd").arg(pid))
            .entryList(QDir::NoDotAndDotDot | QDir::System | QDir::Files | QDir::AllEntries)
            .size());
}

double ProcStat::cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray text = f.readAll();
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / ticks;
}

qint64 ProcStat::fileBytes(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

int ProcStat::softDescriptorLimit(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : f.readAll().split('\n')) {
        // "Max open files            1024                 4096                 files"
        if (line.startsWith("Max open files")) {
            bool ok = false;
            const int soft = line.mid(14).simplified().split(' ').value(0).toInt(&ok);
            return ok ? soft : -1;
        }
    }
    return -1;
}

int ProcStat::connections(qint64 pid, quint16 port)
{
    // Socket inodes of the process's descriptors ("socket:[12345]") …
    QSet<QByteArray> inodes;
    const QString dir = QStringLiteral("/proc/%1/fd").arg(pid);
    for (const QString& fd : QDir(dir).entryList(QDir::NoDotAndDotDot | QDir::System | QDir::AllEntries)) {
        char link[64] = {};
        const ssize_t n =
            ::readlink(QFile::encodeName(dir + QLatin1Char('/') + fd).constData(), link, sizeof link - 1);
        const QByteArray text(link, n > 0 ? static_cast<qsizetype>(n) : 0);
        if (text.startsWith("socket:[") && text.endsWith(']')) {
            inodes.insert(text.mid(8, text.size() - 9));
        }
    }
    // … that /proc/net/tcp lists with that local port and a state other than LISTEN (0A).
    QFile tcp(QStringLiteral("/proc/%1/net/tcp").arg(pid));
    if (!tcp.open(QIODevice::ReadOnly)) {
        return -1;
    }
    int count = 0;
    const QList<QByteArray> lines = tcp.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].simplified().split(' ');
        if (f.size() < 10) {
            continue;
        }
        const quint16 local = static_cast<quint16>(f[1].mid(f[1].indexOf(':') + 1).toUInt(nullptr, 16));
        if (local == port && f[3] != "0A" && inodes.contains(f[9])) {
            ++count;
        }
    }
    return count;
}

QString megabytes(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(static_cast<double>(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

} // namespace hall::test
