#include "screenquery.h"

#include <QQuickItem>
#include <QQuickWindow>

#include <functional>

namespace hall::screenquery {

namespace {

void walk(QQuickItem* item, const std::function<bool(QQuickItem*)>& visit)
{
    if (item == nullptr || !item->isVisible()) {
        return;
    }
    if (!visit(item)) {
        return;
    }
    const auto children = item->childItems();
    for (QQuickItem* child : children) {
        walk(child, visit);
    }
}

} // namespace

QQuickItem* find(QQuickWindow* window, const QString& objectName)
{
    QQuickItem* found = nullptr;
    walk(window->contentItem(), [&](QQuickItem* item) {
        if (found == nullptr && item->objectName() == objectName) {
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

} // namespace hall::screenquery
