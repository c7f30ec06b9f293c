// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xdisplay.h"

#include "client/waituntil.h"

#include <QFileInfo>

namespace hall::test {

XDisplay::XDisplay(QSize screen)
{
    // -displayfd: the server picks a free display itself and writes its number on stdout, so two
    // engineers' (or CI's) journeys never fight over :99.
    m_server.setProgram(QStringLiteral("Xvfb"));
    m_server.setArguments({QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                           QStringLiteral("0"),
                           QStringLiteral("%1x%2x24").arg(screen.width()).arg(screen.height()),
                           QStringLiteral("-nolisten"), QStringLiteral("tcp"), QStringLiteral("-noreset")});
    m_server.start();
    if (!m_server.waitForStarted(10000)) {
        return;
    }
    QByteArray out;
    hall::waitUntil(
        [&] {
            out += m_server.readAllStandardOutput();
            return out.contains('\n') || m_server.state() != QProcess::Running;
        },
        20000);
    const QByteArray number = out.trimmed();
    if (!number.isEmpty() && m_server.state() == QProcess::Running) {
        m_display = QStringLiteral(":") + QString::fromLatin1(number);
    }
}

XDisplay::~XDisplay()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(5000)) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }
}

QProcessEnvironment XDisplay::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    // Software rendering: the journeys test input and layout, not the GPU (there is none in CI).
    env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return env;
}

bool XDisplay::xdotool(const QStringList& args) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("xdotool"), args);
    return p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void XDisplay::click(int x, int y) const
{
    if (m_pointer == QPoint(x, y)) {
        xdotool({QStringLiteral("click"), QStringLiteral("1")});
        return;
    }
    if (xdotool({QStringLiteral("mousemove"), QStringLiteral("--sync"), QString::number(x),
                 QString::number(y), QStringLiteral("click"), QStringLiteral("1")})) {
        m_pointer = QPoint(x, y);
    }
}

void XDisplay::type(const QString& text) const
{
    xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("30"), text});
}

void XDisplay::key(const QString& keysym) const
{
    xdotool({QStringLiteral("key"), keysym});
}

bool XDisplay::focusWindowOf(qint64 pid) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("xdotool"), {QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                                        QStringLiteral("--pid"), QString::number(pid)});
    if (!p.waitForFinished(20000)) {
        return false;
    }
    const QStringList ids =
        QString::fromLatin1(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (ids.isEmpty()) {
        return false;
    }
    return xdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), ids.first()});
}

} // namespace hall::test
