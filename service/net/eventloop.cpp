// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventloop.h"

#include "epolldispatcher.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace hall {

QString installServiceEventLoop(int argc, char** argv)
{
    const char* choice = "epoll";
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--event-loop") == 0 && i + 1 < argc) {
            choice = argv[i + 1];
        } else if (std::strncmp(argv[i], "--event-loop=", 13) == 0) {
            choice = argv[i] + 13;
        }
    }
    if (std::strcmp(choice, "epoll") != 0) {
        return QString::fromLatin1(choice); // "qt", or a wrong value the option parser reports
    }
    auto dispatcher = std::make_unique<EpollDispatcher>();
    if (!dispatcher->isValid()) {
        std::fprintf(stderr, "hall-service: epoll unavailable, using Qt's event loop\n");
        return QStringLiteral("qt");
    }
    QCoreApplication::setEventDispatcher(dispatcher.release()); // the main thread owns it
    return QStringLiteral("epoll");
}

} // namespace hall
