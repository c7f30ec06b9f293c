// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench-service: what `./hall bench` runs — a short load on a private hall-service. For the
// full-size figures run hall-bench (defaults: 200 counters, 50 displays, 20 kiosks).
#include "loadrun.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    hall::bench::BenchOptions defaults;
    defaults.counters = 40;
    defaults.displays = 10;
    defaults.kiosks = 8;
    defaults.seconds = 5;
    int exitCode = 0;
    const auto options = hall::bench::parseBenchOptions(QCoreApplication::arguments(), defaults, exitCode);
    return options ? hall::bench::runLoad(*options) : exitCode;
}
