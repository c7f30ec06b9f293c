// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "callgrindphases.h"

#include "client/waituntil.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace hall {

namespace {

const QString kDumpFile = QStringLiteral("callgrind.out");

} // namespace

QStringList CallgrindPhases::launcher(const QString& outDir)
{
    return {QStringLiteral("valgrind"), QStringLiteral("--tool=callgrind"),
            QStringLiteral("--instr-atstart=no"),
            QStringLiteral("--callgrind-out-file=") + QDir(outDir).filePath(kDumpFile),
            // The service's own threads (store link, checkpointer) count too: one total.
            QStringLiteral("--separate-threads=no")};
}

bool CallgrindPhases::available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("valgrind")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("callgrind_control")).isEmpty();
}

CallgrindPhases::CallgrindPhases(qint64 pid, QString outDir) : m_pid(pid), m_outDir(std::move(outDir)) {}

bool CallgrindPhases::control(const QString& command)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("callgrind_control"), {command, QString::number(m_pid)});
    // The event loop runs meanwhile: the benchmark's connections keep reading and answering.
    const bool finished = waitUntil([&] { return p.state() == QProcess::NotRunning; }, 30000);
    const QString said = QString::fromLocal8Bit(p.readAll()).trimmed();
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 ||
        !said.contains(QLatin1String("OK"))) {
        if (!finished) {
            p.kill();
            p.waitForFinished(5000);
        }
        m_error = QStringLiteral("callgrind_control %1 %2: %3").arg(command).arg(m_pid).arg(said);
        return false;
    }
    return true;
}

bool CallgrindPhases::begin()
{
    if (!m_instrumenting) {
        if (!control(QStringLiteral("--instr=on"))) {
            return false;
        }
        m_instrumenting = true;
    }
    return control(QStringLiteral("--zero"));
}

std::optional<qint64> CallgrindPhases::end(const QString& phase)
{
    if (!control(QStringLiteral("--dump=") + phase)) {
        return std::nullopt;
    }
    // callgrind numbers its dumps from 1 after the out file's name.
    const QString path = QDir(m_outDir).filePath(kDumpFile + QLatin1Char('.') + QString::number(++m_dumps));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("no callgrind dump %1").arg(path);
        return std::nullopt;
    }
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.startsWith("summary:")) {
            bool ok = false;
            // The first event is Ir, instructions executed (the only one without cache simulation).
            const qint64 n = line.mid(8).trimmed().split(' ').value(0).toLongLong(&ok);
            if (ok) {
                return n;
            }
        }
    }
    m_error = QStringLiteral("no summary line in %1").arg(path);
    return std::nullopt;
}

} // namespace hall
