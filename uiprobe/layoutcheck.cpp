// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutcheck.h"

#include "coverage.h"
#include "itemtree.h"

#include <QColor>
#include <QQuickItem>
#include <QQuickWindow>

#include <cmath>

namespace hall {

namespace {

constexpr qreal kSlack = 1.5; // sub-pixel rounding of anchored layouts

QString nameOf(const QQuickItem* item)
{
    QString path;
    for (const QQuickItem* it = item; it != nullptr; it = it->parentItem()) {
        if (!it->objectName().isEmpty()) {
            path = it->objectName();
            break;
        }
    }
    QString type = QString::fromLatin1(item->metaObject()->className());
    type = type.section(QLatin1String("_QML"), 0, 0);
    return path.isEmpty() ? type : path + QLatin1Char('/') + type;
}

bool drawsBox(const QQuickItem* item)
{
    if (item->clip() || item->inherits("QQuickControl")) {
        return true;
    }
    if (item->inherits("QQuickRectangle")) {
        const QColor fill = item->property("color").value<QColor>();
        const QObject* border = item->property("border").value<QObject*>();
        const qreal borderWidth = border != nullptr ? border->property("width").toReal() : 0;
        return fill.alpha() > 0 || borderWidth > 0;
    }
    return false;
}

/// A box whose content may lie outside it on purpose: a marquee (`layoutScrolls`), or a Flickable
/// along the axes it scrolls.
struct Scroll
{
    bool x = false;
    bool y = false;
};

Scroll scrollsOf(const QQuickItem* item)
{
    if (item->property("layoutScrolls").toBool()) {
        return {true, true};
    }
    if (!item->inherits("QQuickFlickable")) {
        return {};
    }
    // A vertical list's rows scroll up and down only: a row wider than the list is cut, not
    // scrolled to (ListView.orientation and GridView.flow, 1 = horizontal / top-to-bottom).
    if (item->inherits("QQuickListView")) {
        const bool horizontal = item->property("orientation").toInt() == Qt::Horizontal;
        return {horizontal, !horizontal};
    }
    if (item->inherits("QQuickGridView")) {
        const bool topToBottom = item->property("flow").toInt() == 1;
        return {topToBottom, !topToBottom};
    }
    // Flickable.flickableDirection: 0 auto (an axis whose content is larger), 1 horizontal,
    // 2 vertical, 3 both.
    const int direction = item->property("flickableDirection").toInt();
    if (direction == 0) {
        return {item->property("contentWidth").toReal() > item->width() + kSlack,
                item->property("contentHeight").toReal() > item->height() + kSlack};
    }
    return {(direction & 1) != 0, (direction & 2) != 0};
}

/// Layouts and positioners place their children inside their own rectangle; a text outside it has
/// been pushed over a neighbour or off the box even when no ancestor draws a frame.
bool placesChildren(const QQuickItem* item)
{
    return item->inherits("QQuickLayout") || item->inherits("QQuickBasePositioner");
}

bool contains(const QRectF& outer, const QRectF& inner)
{
    return inner.left() >= outer.left() - kSlack && inner.top() >= outer.top() - kSlack &&
           inner.right() <= outer.right() + kSlack && inner.bottom() <= outer.bottom() + kSlack;
}

QString size(const QRectF& r)
{
    return QStringLiteral("%1x%2@%3,%4")
        .arg(std::lround(r.width()))
        .arg(std::lround(r.height()))
        .arg(std::lround(r.x()))
        .arg(std::lround(r.y()));
}

/// Where the glyphs are, in the item's coordinates: content size placed by the alignment.
QRectF paintedRect(const QQuickItem* text)
{
    const qreal w = text->width();
    const qreal h = text->height();
    const qreal cw = text->property("contentWidth").toReal();
    const qreal ch = text->property("contentHeight").toReal();
    const int ha = text->property("effectiveHorizontalAlignment").toInt();
    const int va = text->property("verticalAlignment").toInt();
    qreal x = 0;
    if (ha & Qt::AlignHCenter) {
        x = (w - cw) / 2;
    } else if (ha & Qt::AlignRight) {
        x = w - cw;
    }
    qreal y = 0;
    if (va & Qt::AlignVCenter) {
        y = (h - ch) / 2;
    } else if (va & Qt::AlignBottom) {
        y = h - ch;
    }
    return {x, y, cw, ch};
}

void checkText(QQuickItem* text, const QRectF& windowRect, QList<LayoutCheck::Issue>& out)
{
    const QString content = text->property("text").toString();
    if (content.trimmed().isEmpty() || text->width() <= 0) {
        return;
    }
    const QRectF scene = itemtree::sceneRect(text);
    const auto report = [&](const QString& problem, const QRectF& where) {
        out.append({nameOf(text), content, problem, where});
    };
    if (text->property("truncated").toBool()) {
        report(QStringLiteral("elided or truncated in %1").arg(size(scene)), scene);
        return;
    }
    const QRectF painted = text->mapRectToScene(paintedRect(text));
    if (painted.width() > scene.width() + kSlack) {
        report(QStringLiteral("text %1 px wide in an item %2 px wide")
                   .arg(std::lround(painted.width()))
                   .arg(std::lround(scene.width())),
               painted);
        return;
    }
    if (painted.height() > scene.height() + kSlack) {
        report(QStringLiteral("text %1 px high in an item %2 px high")
                   .arg(std::lround(painted.height()))
                   .arg(std::lround(scene.height())),
               painted);
        return;
    }
    for (QQuickItem* up = text->parentItem(); up != nullptr; up = up->parentItem()) {
        if (const Scroll scroll = scrollsOf(up); scroll.x || scroll.y) {
            // Scrolled content may lie outside along the axis it scrolls, never across it; past
            // the scroller only its own box counts (checked when its own text is).
            const QRectF box = itemtree::sceneRect(up);
            const bool outX =
                !scroll.x && (painted.left() < box.left() - kSlack || painted.right() > box.right() + kSlack);
            const bool outY =
                !scroll.y && (painted.top() < box.top() - kSlack || painted.bottom() > box.bottom() + kSlack);
            if (outX || outY) {
                report(QStringLiteral("text at %1 sticks out of %2 at %3, which scrolls only %4")
                           .arg(size(painted), nameOf(up), size(box),
                                scroll.x ? QStringLiteral("sideways") : QStringLiteral("up and down")),
                       painted);
            }
            return;
        }
        if (!(drawsBox(up) || placesChildren(up)) || up->width() <= 0 || up->height() <= 0) {
            continue;
        }
        const QRectF box = itemtree::sceneRect(up);
        if (!contains(box, painted)) {
            report(
                QStringLiteral("text at %1 sticks out of %2 at %3").arg(size(painted), nameOf(up), size(box)),
                painted);
            return;
        }
    }
    if (!contains(windowRect, painted)) {
        report(QStringLiteral("text at %1 is cut off by the window %2").arg(size(painted), size(windowRect)),
               painted);
    }
}

void checkList(QQuickItem* list, QList<LayoutCheck::Issue>& out)
{
    const int count = list->property("count").toInt();
    if (count > 0 && (list->height() < 1 || list->width() < 1)) {
        out.append({nameOf(list),
                    {},
                    QStringLiteral("%1 rows but no room to show them (%2)")
                        .arg(count)
                        .arg(size(itemtree::sceneRect(list))),
                    itemtree::sceneRect(list)});
    }
}

} // namespace

QList<LayoutCheck::Issue> LayoutCheck::check(QQuickWindow* window)
{
    QList<Issue> issues;
    const QRectF windowRect(0, 0, window->width(), window->height());
    itemtree::walk(window->contentItem(), [&](QQuickItem* item) {
        if (item->inherits("QQuickText")) {
            checkText(item, windowRect, issues);
        } else if (item->inherits("QQuickItemView")) {
            checkList(item, issues);
        }
        return true;
    });
    for (const coverage::Covered& c : coverage::coveredTexts(window)) {
        const QRectF text = itemtree::sceneRect(c.text);
        issues.append({nameOf(c.text), c.text->property("text").toString(),
                       QStringLiteral("text at %1 is covered by %2 at %3")
                           .arg(size(text), nameOf(c.cover), size(itemtree::sceneRect(c.cover))),
                       c.overlap});
    }
    return issues;
}

QStringList LayoutCheck::describe(const QList<Issue>& issues)
{
    QStringList lines;
    for (const Issue& i : issues) {
        lines.append(i.text.isEmpty()
                         ? QStringLiteral("%1: %2").arg(i.item, i.problem)
                         : QStringLiteral("%1 \"%2\": %3").arg(i.item, i.text.left(60), i.problem));
    }
    return lines;
}

} // namespace hall
