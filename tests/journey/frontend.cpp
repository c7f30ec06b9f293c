// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontend.h"

#include "client/waituntil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRectF>

#include <algorithm>

namespace hall::test {

FrontEnd::FrontEnd(const XDisplay& display, QString program, QStringList args)
    : m_display(display), m_program(std::move(program)), m_args(std::move(args))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

FrontEnd::~FrontEnd()
{
    m_probe.abort();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

bool FrontEnd::start()
{
    const QString socket = m_dir.path() + QStringLiteral("/probe");
    QProcessEnvironment env = m_display.environment();
    env.insert(QStringLiteral("HALL_UI_PROBE"), socket);
    m_process.setProcessEnvironment(env);
    m_process.start(m_program, m_args);
    if (!m_process.waitForStarted(10000)) {
        return false;
    }
    const bool connected = hall::waitUntil(
        [&] {
            if (m_process.state() != QProcess::Running) {
                return true;
            }
            m_probe.abort();
            m_probe.connectToServer(socket);
            return m_probe.waitForConnected(200);
        },
        30000);
    if (!connected || m_probe.state() != QLocalSocket::ConnectedState) {
        return false;
    }
    return hall::waitUntil(
               [&] {
                   const QJsonArray windows = ask({{QStringLiteral("op"), QStringLiteral("window")}})
                                                  .value(QLatin1String("windows"))
                                                  .toArray();
                   return !windows.isEmpty() || !running();
               },
               30000) &&
           running();
}

QString FrontEnd::log()
{
    m_log += QString::fromUtf8(m_process.readAll());
    return m_log;
}

QJsonObject FrontEnd::ask(const QJsonObject& question)
{
    if (m_probe.state() != QLocalSocket::ConnectedState) {
        return {};
    }
    m_probe.write(QJsonDocument(question).toJson(QJsonDocument::Compact) + '\n');
    m_probe.flush();
    // The program may be busy rendering on a loaded machine: wait generously for the line.
    for (int i = 0; i < 300 && !m_probe.canReadLine(); ++i) {
        if (!m_probe.waitForReadyRead(100) && m_probe.state() != QLocalSocket::ConnectedState) {
            return {};
        }
    }
    return QJsonDocument::fromJson(m_probe.readLine()).object();
}

std::optional<QJsonObject> FrontEnd::item(const QString& name)
{
    const QJsonValue found =
        ask({{QStringLiteral("op"), QStringLiteral("find")}, {QStringLiteral("name"), name}})
            .value(QLatin1String("item"));
    if (!found.isObject()) {
        return std::nullopt;
    }
    return found.toObject();
}

std::optional<QRect> FrontEnd::rect(const QString& name)
{
    const auto found = item(name);
    if (!found) {
        return std::nullopt;
    }
    return QRectF(found->value(QLatin1String("x")).toDouble(), found->value(QLatin1String("y")).toDouble(),
                  found->value(QLatin1String("w")).toDouble(), found->value(QLatin1String("h")).toDouble())
        .toRect();
}

bool FrontEnd::waitFor(const QString& name, bool enabled, int timeoutMs)
{
    return hall::waitUntil(
        [&] {
            const auto found = item(name);
            return found && (!enabled || found->value(QLatin1String("enabled")).toBool());
        },
        timeoutMs);
}

bool FrontEnd::waitGone(const QString& name, int timeoutMs)
{
    return hall::waitUntil([&] { return !item(name).has_value(); }, timeoutMs);
}

bool FrontEnd::tap(const QString& name, int timeoutMs)
{
    if (!waitFor(name, true, timeoutMs)) {
        return false;
    }
    const auto r = rect(name);
    if (!r) {
        return false;
    }
    m_display.click(r->center().x(), r->center().y());
    return true;
}

QStringList FrontEnd::texts()
{
    QStringList out;
    for (const QJsonValue& t :
         ask({{QStringLiteral("op"), QStringLiteral("texts")}}).value(QLatin1String("texts")).toArray()) {
        out.append(t.toString());
    }
    return out;
}

bool FrontEnd::waitText(const QString& part, int timeoutMs)
{
    return hall::waitUntil(
        [&] {
            const QStringList shown = texts();
            return std::any_of(shown.begin(), shown.end(),
                               [&](const QString& t) { return t.contains(part); });
        },
        timeoutMs);
}

QString FrontEnd::focused()
{
    const QJsonValue found =
        ask({{QStringLiteral("op"), QStringLiteral("focus")}}).value(QLatin1String("item"));
    return found.toObject().value(QLatin1String("name")).toString();
}

QStringList FrontEnd::layoutIssues()
{
    QStringList out;
    for (const QJsonValue& t :
         ask({{QStringLiteral("op"), QStringLiteral("layout")}}).value(QLatin1String("issues")).toArray()) {
        out.append(t.toString());
    }
    return out;
}

bool FrontEnd::grab(const QString& path)
{
    return ask({{QStringLiteral("op"), QStringLiteral("grab")}, {QStringLiteral("path"), path}})
        .value(QLatin1String("ok"))
        .toBool();
}

} // namespace hall::test
