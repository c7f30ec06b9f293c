#include "procstat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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

QString megabytes(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(static_cast<double>(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

} // namespace hall::test
