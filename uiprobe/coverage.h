// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>

class QQuickItem;
class QQuickWindow;

namespace hall::coverage {

/// A text another item paints over: the text, and the opaque box on top of it.
struct Covered
{
    QQuickItem* text;
    QQuickItem* cover;
    QRectF overlap; ///< in the window's scene
};

/// Texts partly hidden under an opaque rectangle painted after them (a button laid over a calendar
/// row, a panel pushed onto a label): the overflow that no clipping shows. Items are taken in Qt
/// Quick's paint order (children by z, negative z under their parent), each cut to its clipping
/// ancestors. A layer as large as half the window or more (a page, a dialog's backdrop) is not a
/// cover: what lies under it is behind it on purpose.
QList<Covered> coveredTexts(QQuickWindow* window);

} // namespace hall::coverage
