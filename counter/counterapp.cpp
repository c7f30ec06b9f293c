// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "counterapp.h"

#include "countercontroller.h"

#include <QQuickWindow>

namespace hall {

namespace {

CounterController::Options controllerOptions(const CounterOptions& o)
{
    CounterController::Options c = o.controller;
    c.ratingOnScreen = !o.ratingWindow; // with a resident-facing window the desk keeps working
    return c;
}

} // namespace

CounterApp::CounterApp(CounterOptions options)
    : m_options(std::move(options)),
      m_controller(std::make_unique<CounterController>(controllerOptions(m_options)))
{}

CounterApp::~CounterApp()
{
    // The pages go before the controller they show.
    m_engine.clearComponentCache();
    const auto roots = m_engine.rootObjects();
    for (QObject* root : roots) {
        delete root;
    }
}

bool CounterApp::load()
{
    m_controller->setTranslationEngine(&m_engine);
    m_engine.addImportPath(QStringLiteral("qrc:/qt/qml")); // Qt 6.4 does not search it by itself
    m_engine.setInitialProperties({{QStringLiteral("counter"), QVariant::fromValue(m_controller.get())},
                                   {QStringLiteral("width"), m_options.windowSize.width()},
                                   {QStringLiteral("height"), m_options.windowSize.height()},
                                   {QStringLiteral("ratingWindowShown"), m_options.ratingWindow}});
    m_engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Hall/Counter/Main.qml")));
    if (m_options.ratingWindow) {
        m_engine.setInitialProperties({{QStringLiteral("counter"), QVariant::fromValue(m_controller.get())}});
        m_engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Hall/Counter/RatingWindow.qml")));
    }
    const auto roots = m_engine.rootObjects();
    m_window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(roots.first());
    m_ratingWindow = roots.size() > 1 ? qobject_cast<QQuickWindow*>(roots.at(1)) : nullptr;
    if (m_window == nullptr || (m_options.ratingWindow && m_ratingWindow == nullptr)) {
        m_error = QStringLiteral("无法加载界面 (the counter pages did not load)");
        return false;
    }
    return true;
}

void CounterApp::start()
{
    CounterController* c = m_controller.get();
    if (m_options.window > 0) {
        // Open the configured window once, as soon as the hall's windows are known.
        auto opened = std::make_shared<bool>(false);
        QObject::connect(c, &CounterController::rebuilt, c, [c, opened, window = m_options.window] {
            if (!*opened && c->stage() == CounterController::Stage::ChooseWindow &&
                c->windows()->rowCount() > 0 && !c->overview().isEmpty()) {
                *opened = true;
                c->chooseWindow(window);
            }
        });
    }
    c->start();
    if (!m_options.controller.defaultUser.isEmpty() && !m_options.password.isEmpty()) {
        c->login(m_options.controller.defaultUser, m_options.password);
    }
    if (m_options.fullScreen) {
        m_window->showFullScreen();
    } else {
        m_window->show();
    }
    if (m_ratingWindow != nullptr) {
        m_ratingWindow->show();
    }
}

} // namespace hall
