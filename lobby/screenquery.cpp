// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenquery.h"

#include "itemtree.h"

namespace hall::screenquery {

QQuickItem* find(QQuickWindow* window, const QString& objectName)
{
    return itemtree::find(window, objectName);
}

QList<QQuickItem*> findAll(QQuickWindow* window, const QString& prefix)
{
    return itemtree::findAll(window, prefix);
}

QStringList visibleTexts(QQuickWindow* window)
{
    return itemtree::visibleTexts(window);
}

} // namespace hall::screenquery
