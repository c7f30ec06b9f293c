// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// hall-lobby: the lobby display. Only wiring: options → LobbyApp → event loop (or the self-test).
#include "client/frontendstart.h"
#include "client/memorypolicy.h"
#include "lobbyapp.h"
#include "selftest.h"
#include "uiprobe.h"

#include <QGuiApplication>

int main(int argc, char* argv[])
{
    hall::keepLargeAllocationsOutOfHeap(); // before Qt allocates anything; see the header
    const QStringList args = hall::frontEndArguments(argc, argv); // --self-test: offscreen
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("hall-lobby"));

    hall::LobbyOptions options;
    if (const auto problem = hall::LobbyOptions::parse(args, options)) {
        return hall::refuseToStart(*problem);
    }
    hall::LobbyApp lobby(options);
    if (!lobby.load()) {
        return hall::refuseToStart(lobby.error());
    }
    lobby.start();
    hall::UiProbe::startFromEnvironment(&app); // tests only: HALL_UI_PROBE (uiprobe/uiprobe.h)
    return options.selfTest ? hall::runSelfTest(lobby) : QGuiApplication::exec();
}
