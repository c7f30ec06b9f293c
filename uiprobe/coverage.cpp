// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverage.h"

#include "itemtree.h"

#include <QColor>
#include <QQuickItem>
#include <QQuickWindow>

#include <algorithm>

namespace hall::coverage {

namespace {

constexpr qreal kOverlap = 2.0; // a sub-pixel or border-width touch is not a cover

struct Painted
{
    QQuickItem* item;
    QRectF visible; // the item's (a text's: its glyphs') scene rectangle, cut by clipping ancestors
    bool text;
    bool fills;  // a filled rectangle, opaque or not (a backdrop dims what is under it)
    bool opaque; // an opaque filled rectangle, fully opaque on screen
};

/// Where a Text's glyphs are, in its own coordinates (content size placed by the alignment).
QRectF glyphs(const QQuickItem* text)
{
    const qreal cw = text->property("contentWidth").toReal();
    const qreal ch = text->property("contentHeight").toReal();
    const int ha = text->property("effectiveHorizontalAlignment").toInt();
    const int va = text->property("verticalAlignment").toInt();
    const qreal x = (ha & Qt::AlignHCenter) ? (text->width() - cw) / 2
                    : (ha & Qt::AlignRight) ? text->width() - cw
                                            : 0;
    const qreal y = (va & Qt::AlignVCenter)  ? (text->height() - ch) / 2
                    : (va & Qt::AlignBottom) ? text->height() - ch
                                             : 0;
    return {x, y, cw, ch};
}

int fillAlpha(const QQuickItem* item)
{
    return item->inherits("QQuickRectangle") ? item->property("color").value<QColor>().alpha() : 0;
}

/// Qt Quick's paint order: children with negative z under their parent, the rest over it, each
/// group by z and then by order of creation.
void collect(QQuickItem* item, const QRectF& clip, qreal opacity, QList<Painted>& out)
{
    if (!item->isVisible() || item->opacity() <= 0.0) {
        return;
    }
    opacity *= item->opacity();
    QList<QQuickItem*> children = item->childItems();
    std::stable_sort(children.begin(), children.end(),
                     [](const QQuickItem* a, const QQuickItem* b) { return a->z() < b->z(); });
    const QRectF own = itemtree::sceneRect(item);
    const QRectF childClip = item->clip() ? clip.intersected(own) : clip;
    auto child = children.cbegin();
    for (; child != children.cend() && (*child)->z() < 0; ++child) {
        collect(*child, childClip, opacity, out);
    }
    const bool text = item->inherits("QQuickText") && !item->property("text").toString().trimmed().isEmpty();
    const QRectF drawn = text ? item->mapRectToScene(glyphs(item)) : own;
    const int alpha = fillAlpha(item);
    out.append({item, drawn.intersected(clip), text, alpha > 0, alpha == 255 && opacity >= 0.999});
    for (; child != children.cend(); ++child) {
        collect(*child, childClip, opacity, out);
    }
}

bool isAncestor(const QQuickItem* maybe, const QQuickItem* item)
{
    for (const QQuickItem* up = item->parentItem(); up != nullptr; up = up->parentItem()) {
        if (up == maybe) {
            return true;
        }
    }
    return false;
}

} // namespace

QList<Covered> coveredTexts(QQuickWindow* window)
{
    const QRectF windowRect(0, 0, window->width(), window->height());
    QList<Painted> painted;
    collect(window->contentItem(), windowRect, 1.0, painted);
    const qreal layer = windowRect.width() * windowRect.height() / 2;
    QList<Covered> covered;
    for (qsizetype i = 0; i < painted.size(); ++i) {
        const Painted& t = painted.at(i);
        if (!t.text || t.visible.width() <= kOverlap || t.visible.height() <= kOverlap) {
            continue;
        }
        for (qsizetype j = i + 1; j < painted.size(); ++j) {
            const Painted& over = painted.at(j);
            if (!over.fills || isAncestor(over.item, t.item)) {
                continue;
            }
            const QRectF overlap = over.visible.intersected(t.visible);
            if (overlap.width() <= kOverlap || overlap.height() <= kOverlap) {
                continue;
            }
            if (over.visible.width() * over.visible.height() >= layer) {
                break; // behind a page or a dialog's backdrop (even a translucent one): on purpose
            }
            if (over.opaque) {
                covered.append({t.item, over.item, overlap});
                break;
            }
        }
    }
    return covered;
}

} // namespace hall::coverage
