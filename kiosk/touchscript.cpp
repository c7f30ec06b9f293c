// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "touchscript.h"

#include "client/waituntil.h"
#include "itemtree.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMouseEvent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

namespace hall {

QQuickItem* TouchScript::find(const QString& objectName) const
{
    return itemtree::find(m_window, objectName, true);
}

bool TouchScript::tap(const QString& objectName)
{
    QQuickItem* item = find(objectName);
    if (item == nullptr) {
        return false;
    }
    const QPointF local(item->width() / 2, item->height() / 2);
    const QPointF scene = item->mapToScene(local);
    const QPointF global = m_window->mapToGlobal(scene.toPoint());
    QMouseEvent press(QEvent::MouseButtonPress, scene, scene, global, Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, scene, scene, global, Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &release);
    return true;
}

bool TouchScript::tapWhenReady(const QString& objectName, int timeoutMs)
{
    return waitUntil([&] { return find(objectName) != nullptr; }, timeoutMs) && tap(objectName);
}

bool TouchScript::waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    return hall::waitUntil(done, timeoutMs);
}

} // namespace hall
