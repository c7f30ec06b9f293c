// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemtree.h"

#include <QQuickItem>
#include <QQuickWindow>

namespace hall::itemtree {

void walk(QQuickItem* root, const std::function<bool(QQuickItem*)>& visit)
{
    if (root == nullptr || !root->isVisible() || root->opacity() <= 0.0) {
        return;
    }
    if (!visit(root)) {
        return;
    }
    const auto children = root->childItems();
    for (QQuickItem* child : children) {
        walk(child, visit);
    }
}

QQuickItem* find(QQuickWindow* window, const QString& objectName, bool enabledOnly)
{
    QQuickItem* found = nullptr;
    walk(window->contentItem(), [&](QQuickItem* item) {
        if (found == nullptr && item->objectName() == objectName && (!enabledOnly || item->isEnabled())) {
            found = item;
        }
        return found == nullptr;
    });
    return found;
}

QList<QQuickItem*> findAll(QQuickWindow* window, const QString& prefix)
{
    QList<QQuickItem*> found;
    walk(window->contentItem(), [&](QQuickItem* item) {
        if (item->objectName().startsWith(prefix)) {
            found.append(item);
        }
        return true;
    });
    return found;
}

QStringList visibleTexts(QQuickWindow* window)
{
    QStringList texts;
    walk(window->contentItem(), [&](QQuickItem* item) {
        if (item->inherits("QQuickText")) {
            texts.append(item->property("text").toString());
        }
        return true;
    });
    return texts;
}

QRectF sceneRect(const QQuickItem* item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

} // namespace hall::itemtree
