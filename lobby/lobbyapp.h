// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lobbyoptions.h"
#include "voice/announcer.h"

#include <QQmlApplicationEngine>

#include <memory>

class QQuickWindow;
class QTranslator;

namespace hall {

class CallAnnouncer;
class LobbyController;
class ServiceClient;

/// One lobby display, wired: service client (role display), the announcer that speaks calls, the
/// view-models and the Hall.Lobby pages in a window. hall-lobby, its self-test, the tests,
/// screenshots and the benchmark all build the display through this, so they exercise the same wiring.
class LobbyApp
{
public:
    /// `announcer` replaces the configured one (tests listen to what would be spoken).
    explicit LobbyApp(LobbyOptions options, std::unique_ptr<Announcer> announcer = nullptr);
    ~LobbyApp();

    /// Loads the voice, the notices and the pages; false (with the reason in error()) when
    /// something is misconfigured.
    bool load();
    /// Connects to the service and shows the window.
    void start();

    QString error() const { return m_error; }
    QQuickWindow* window() const { return m_window; }
    LobbyController* controller() const { return m_controller.get(); }
    CallAnnouncer* callAnnouncer() const { return m_calls.get(); }
    /// The voice; null with `--audio none`.
    Announcer* announcer() const { return m_announcer.get(); }
    ServiceClient* client() const { return m_client.get(); }
    QQmlApplicationEngine& engine() { return m_engine; }

private:
    LobbyOptions m_options;
    QString m_error;
    std::unique_ptr<ServiceClient> m_client;
    std::unique_ptr<Announcer> m_announcer;
    std::unique_ptr<CallAnnouncer> m_calls;
    std::unique_ptr<LobbyController> m_controller;
    std::unique_ptr<QTranslator> m_translator;
    QQmlApplicationEngine m_engine; // destroyed first: the pages refer to the objects above
    QQuickWindow* m_window = nullptr;
};

} // namespace hall
