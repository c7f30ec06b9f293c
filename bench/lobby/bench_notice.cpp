// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench-lobby-notices: what the lobby display costs the machine while it only scrolls its notice
// band (a whole core under software rendering). Starts the real hall-lobby (voice off,
// no service reachable: the band scrolls regardless), lets it settle, and reads its CPU time from
// /proc over --seconds. Offscreen by default; on an X server (`xvfb-run -a … --platform xcb`) too.
// --program runs another build's hall-lobby, for a before/after comparison.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>
#include <QThread>

#include <unistd.h>

#include <algorithm>

namespace {

/// utime + stime of `pid` in seconds, from /proc/PID/stat.
double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QString stat = QString::fromLatin1(f.readAll());
    // Fields after the command name (which may hold spaces) in parentheses: state is field 3.
    const QStringList fields = stat.mid(stat.lastIndexOf(QLatin1Char(')')) + 2).split(QLatin1Char(' '));
    if (fields.size() < 13) {
        return -1;
    }
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks; // utime, stime
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
                                       : QStringLiteral("?");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("How long to measure (default 60)."),
                      QStringLiteral("s"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("platform"),
                      QStringLiteral("offscreen (default) or xcb (needs DISPLAY)."), QStringLiteral("name"),
                      QStringLiteral("offscreen")});
    parser.addOption(
        {QStringLiteral("backend"),
         QStringLiteral("Qt Quick backend: software (default) or default (OpenGL where there is one: on "
                        "Xvfb that is Mesa's llvmpipe, rendering on the CPU)."),
         QStringLiteral("name"), QStringLiteral("software")});
    parser.addOption({QStringLiteral("program"),
                      QStringLiteral("The hall-lobby to measure (default: this build's)."),
                      QStringLiteral("path"), QStringLiteral(HALL_LOBBY_PATH)});
    parser.addHelpOption();
    parser.process(app);
    const int seconds = std::max(5, parser.value(QStringLiteral("seconds")).toInt());
    const QString platform = parser.value(QStringLiteral("platform"));

    QProcess lobby;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    const QString backend = parser.value(QStringLiteral("backend"));
    if (backend == QLatin1String("default")) {
        env.remove(QStringLiteral("QT_QUICK_BACKEND"));
    } else {
        env.insert(QStringLiteral("QT_QUICK_BACKEND"), backend); // a hall's lobby PC: no GPU to speak of
    }
    lobby.setProcessEnvironment(env);
    lobby.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    lobby.start(parser.value(QStringLiteral("program")),
                {QStringLiteral("--url"), QStringLiteral("ws://127.0.0.1:9/v1"), QStringLiteral("--token"),
                 QStringLiteral("none"), QStringLiteral("--audio"), QStringLiteral("none"),
                 QStringLiteral("--size"), QStringLiteral("1920x1080")});
    if (!lobby.waitForStarted(10000)) {
        QTextStream(stderr) << "cannot start " << parser.value(QStringLiteral("program")) << "\n";
        return 2;
    }
    QThread::sleep(4); // fonts, the first frames
    const double before = cpuSeconds(lobby.processId());
    QElapsedTimer wall;
    wall.start();
    QThread::sleep(static_cast<unsigned long>(seconds));
    const double cpu = cpuSeconds(lobby.processId()) - before;
    const double elapsed = double(wall.elapsed()) / 1000.0;
    lobby.terminate();
    lobby.waitForFinished(5000);
    QTextStream(stdout) << "bench-lobby-notices: " << parser.value(QStringLiteral("program")) << " ("
                        << platform << ", backend " << backend
                        << ", 1920x1080): " << QString::number(cpu, 'f', 2) << " s CPU in "
                        << QString::number(elapsed, 'f', 1)
                        << " s = " << QString::number(100.0 * cpu / elapsed, 'f', 1)
                        << " % of one core; load average " << loadAverage() << "\n";
    return 0;
}
