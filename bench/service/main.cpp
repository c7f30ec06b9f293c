// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// hall-bench: load generator for hall-service (see --help).
#include "loadrun.h"
#include "net/eventloop.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    hall::installServiceEventLoop(argc, argv); // thousands of display sockets: epoll, as in the service
    QCoreApplication app(argc, argv);
    int exitCode = 0;
    const auto options = hall::bench::parseBenchOptions(QCoreApplication::arguments(), {}, exitCode);
    return options ? hall::bench::runLoad(*options) : exitCode;
}
