// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QString>
#include <QStringList>

class QQuickItem;
class QQuickWindow;

namespace hall {

/// Finds text that a person cannot read whole on the screen as it is now: elided or truncated
/// text, text wider or taller than its own item, text sticking out of the box it is drawn in (a
/// button, a filled or bordered rectangle, a clipping item, a layout or positioner, the window),
/// text an opaque box is painted over (coverage.h), and lists that have rows but no room to show them. It
/// reads the item tree, not pixels, so it names the item and the text. Invisible and fully transparent items
/// are not read. Text inside a Flickable's content may extend past the Flickable along the axis it scrolls (a
/// vertical list's row may not be wider than the list); an item marked `property bool layoutScrolls: true` (a
/// marquee) exempts what it clips. Text that shrinks to fit (`fontSizeMode`) is fine once it fits.
class LayoutCheck
{
public:
    struct Issue
    {
        QString item;    ///< objectName, or the nearest named ancestor's name and the type
        QString text;    ///< the text concerned (empty for a list)
        QString problem; ///< what is wrong, with the sizes
        QRectF rect;     ///< where, in the window's scene
    };

    /// Every problem on the window's visible items now.
    static QList<Issue> check(QQuickWindow* window);
    /// One line per issue, for logs and test failures.
    static QStringList describe(const QList<Issue>& issues);
};

} // namespace hall
