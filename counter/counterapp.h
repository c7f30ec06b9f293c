// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "counteroptions.h"

#include <QQmlApplicationEngine>

#include <memory>

class QQuickWindow;

namespace hall {

class CounterController;

/// One counter client, wired: the controller and the Hall.Counter pages in a window (plus the
/// resident's rating window when asked for). hall-counter, its self-test, the screenshots and the
/// tests build the counter through this, so they exercise the same wiring.
class CounterApp
{
public:
    explicit CounterApp(CounterOptions options);
    ~CounterApp();

    /// Loads the pages; false (with the reason in error()) when they do not load.
    bool load();
    /// Shows the window, connects (admins) or logs in with the configured user, and opens the
    /// configured window once the service answers.
    void start();

    QString error() const { return m_error; }
    QQuickWindow* window() const { return m_window; }
    QQuickWindow* ratingWindow() const { return m_ratingWindow; }
    CounterController* controller() const { return m_controller.get(); }
    QQmlApplicationEngine& engine() { return m_engine; }

private:
    CounterOptions m_options;
    QString m_error;
    std::unique_ptr<CounterController> m_controller;
    QQmlApplicationEngine m_engine; // destroyed first: the pages refer to the controller
    QQuickWindow* m_window = nullptr;
    QQuickWindow* m_ratingWindow = nullptr;
};

} // namespace hall
