// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminonscreen.h"

#include "itemtree.h"

#include <catch2/catch.hpp>

#include <QQuickItem>
#include <QQuickWindow>

namespace hall::test {

std::unique_ptr<CounterApp> adminOnScreen(CounterFixture& fixture, int window, const QString& tab)
{
    CounterOptions a;
    a.controller = fixture.options(QStringLiteral("admin-1"));
    auto app = std::make_unique<CounterApp>(a);
    REQUIRE(app->load());
    app->start();
    CounterController* c = app->controller();
    REQUIRE(waitUntil(
        [&] { return c->stage() == CounterController::Stage::ChooseWindow && !c->overview().isEmpty(); },
        20000));
    c->chooseWindow(window);
    QQuickItem* button = nullptr;
    REQUIRE(waitUntil(
        [&] { return (button = itemtree::find(app->window(), QStringLiteral("tab_") + tab)) != nullptr; },
        20000));
    QMetaObject::invokeMethod(button, "clicked");
    return app;
}

QQuickItem* onScreen(CounterApp& app, const QString& name)
{
    return itemtree::find(app.window(), name, false);
}

} // namespace hall::test
