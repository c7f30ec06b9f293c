// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QStringList>

#include <functional>

class QQuickItem;
class QQuickWindow;

namespace hall::itemtree {

/// Walks the visible items of a window's scene depth first, in paint order (an invisible or fully
/// transparent item hides its children); `visit` returns false to skip an item's children.
void walk(QQuickItem* root, const std::function<bool(QQuickItem*)>& visit);

/// The first visible item named `objectName` (with `enabledOnly`, the first that is also enabled).
QQuickItem* find(QQuickWindow* window, const QString& objectName, bool enabledOnly = false);
/// Every visible item whose objectName starts with `prefix`, in paint order.
QList<QQuickItem*> findAll(QQuickWindow* window, const QString& prefix);
/// The text of every visible Text item in the window.
QStringList visibleTexts(QQuickWindow* window);
/// An item's rectangle in the window's scene.
QRectF sceneRect(const QQuickItem* item);

} // namespace hall::itemtree
