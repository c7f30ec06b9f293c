// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uiprobe.h"

#include "itemtree.h"
#include "layoutcheck.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QQuickItem>
#include <QQuickWindow>

namespace hall {

namespace {

Q_LOGGING_CATEGORY(lcProbe, "hall.uiprobe")

QList<QQuickWindow*> windows()
{
    QList<QQuickWindow*> found;
    const auto all = QGuiApplication::topLevelWindows();
    for (QWindow* w : all) {
        if (auto* quick = qobject_cast<QQuickWindow*>(w); quick != nullptr && quick->isVisible()) {
            found.append(quick);
        }
    }
    return found;
}

QJsonObject describe(QQuickItem* item)
{
    const QPointF topLeft = item->mapToGlobal(QPointF(0, 0));
    QJsonObject o{{QStringLiteral("name"), item->objectName()},
                  {QStringLiteral("x"), topLeft.x()},
                  {QStringLiteral("y"), topLeft.y()},
                  {QStringLiteral("w"), item->width()},
                  {QStringLiteral("h"), item->height()},
                  {QStringLiteral("enabled"), item->isEnabled()},
                  {QStringLiteral("focus"), item->hasActiveFocus()}};
    for (const char* shown : {"text", "value"}) {
        const QVariant v = item->property(shown);
        if (v.isValid()) {
            o.insert(QLatin1String(shown), v.toString());
        }
    }
    return o;
}

} // namespace

void UiProbe::startFromEnvironment(QObject* parent)
{
    const QString path = qEnvironmentVariable("HALL_UI_PROBE");
    if (!path.isEmpty()) {
        new UiProbe(path, parent);
    }
}

UiProbe::UiProbe(const QString& path, QObject* parent) : QObject(parent), m_server(new QLocalServer(this))
{
    QLocalServer::removeServer(path);
    if (!m_server->listen(path)) {
        qCWarning(lcProbe) << "cannot listen on" << path << m_server->errorString();
        return;
    }
    qCInfo(lcProbe) << "answering on" << path;
    connect(m_server, &QLocalServer::newConnection, this, &UiProbe::onConnection);
}

void UiProbe::onConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void UiProbe::onReadable(QLocalSocket* socket)
{
    while (socket->canReadLine()) {
        socket->write(answer(socket->readLine().trimmed()) + '\n');
    }
    socket->flush();
}

QByteArray UiProbe::answer(const QByteArray& line) const
{
    const QJsonObject q = QJsonDocument::fromJson(line).object();
    const QString op = q.value(QLatin1String("op")).toString();
    const QString name = q.value(QLatin1String("name")).toString();
    QJsonObject a{{QStringLiteral("ok"), true}};
    const QList<QQuickWindow*> shown = windows();
    if (op == QLatin1String("find")) {
        for (QQuickWindow* w : shown) {
            if (QQuickItem* item = itemtree::find(w, name)) {
                a.insert(QStringLiteral("item"), describe(item));
                break;
            }
        }
    } else if (op == QLatin1String("findAll")) {
        QJsonArray items;
        for (QQuickWindow* w : shown) {
            for (QQuickItem* item : itemtree::findAll(w, name)) {
                items.append(describe(item));
            }
        }
        a.insert(QStringLiteral("items"), items);
    } else if (op == QLatin1String("texts")) {
        QJsonArray texts;
        for (QQuickWindow* w : shown) {
            for (const QString& t : itemtree::visibleTexts(w)) {
                texts.append(t);
            }
        }
        a.insert(QStringLiteral("texts"), texts);
    } else if (op == QLatin1String("focus")) {
        QQuickItem* focused = shown.isEmpty() ? nullptr : shown.first()->activeFocusItem();
        a.insert(QStringLiteral("item"), focused == nullptr ? QJsonValue() : QJsonValue(describe(focused)));
    } else if (op == QLatin1String("layout")) {
        QJsonArray issues;
        for (QQuickWindow* w : shown) {
            for (const QString& issue : LayoutCheck::describe(LayoutCheck::check(w))) {
                issues.append(issue);
            }
        }
        a.insert(QStringLiteral("issues"), issues);
    } else if (op == QLatin1String("grab")) {
        const bool saved =
            !shown.isEmpty() && shown.first()->grabWindow().save(q.value(QLatin1String("path")).toString());
        a.insert(QStringLiteral("ok"), saved);
    } else if (op == QLatin1String("window")) {
        QJsonArray list;
        for (QQuickWindow* w : shown) {
            const QRect g = w->geometry();
            list.append(QJsonObject{{QStringLiteral("title"), w->title()},
                                    {QStringLiteral("x"), g.x()},
                                    {QStringLiteral("y"), g.y()},
                                    {QStringLiteral("w"), g.width()},
                                    {QStringLiteral("h"), g.height()},
                                    {QStringLiteral("active"), w->isActive()}});
        }
        a.insert(QStringLiteral("windows"), list);
    } else {
        a = {{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("unknown op ") + op}};
    }
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

} // namespace hall
