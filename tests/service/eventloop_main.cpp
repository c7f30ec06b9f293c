// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runner of the event loop tests: hall-service's own choice of event loop is installed before the
// application exists, exactly as service/main.cpp does, so every test runs on EpollDispatcher.
#include "catchsession.h"

#include "net/eventloop.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    if (hall::installServiceEventLoop(argc, argv) != QLatin1String("epoll")) {
        return 2;
    }
    QCoreApplication app(argc, argv);
    return hall::test::runCatchSession(argc, argv);
}
