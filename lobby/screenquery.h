// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QQuickItem;
class QQuickWindow;

namespace hall {

/// Reads what the lobby window actually shows, for the self-test, tests and screenshots: items by
/// objectName and the texts on screen.
namespace screenquery {

/// The first visible item named `objectName` under the window (depth first), or null.
QQuickItem* find(QQuickWindow* window, const QString& objectName);
/// Every visible item whose objectName starts with `prefix`, in paint order.
QList<QQuickItem*> findAll(QQuickWindow* window, const QString& prefix);
/// The text of every visible Text item in the window.
QStringList visibleTexts(QQuickWindow* window);

} // namespace screenquery
} // namespace hall
