// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: the configuration readers an operator's file reaches: the hall (services, counters),
// booking and cases configurations, and hall-service's own options (command line and --config
// file). The first byte picks the reader; a file with any error must be refused as a whole.
#include "bookingconfig.h"
#include "casesconfig.h"
#include "domain/hallconfig.h"
#include "serviceoptions.h"

#include <QFile>
#include <QTemporaryDir>

using namespace hall;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArray input(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    switch (data[0] % 5) {
    case 0:
        (void)parseHallConfig(input);
        break;
    case 1:
        (void)parseBookingConfig(input);
        break;
    case 2:
        (void)parseCasesConfig(input);
        break;
    case 3: {
        // Command-line arguments, NUL separated.
        QStringList args{QStringLiteral("hall-service")};
        for (const QByteArray& a : input.split('\0')) {
            args << QString::fromUtf8(a);
        }
        (void)parseServiceOptions(args);
        break;
    }
    default: {
        static QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("service.json"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            f.write(input);
            f.close();
            (void)parseServiceOptions({QStringLiteral("hall-service"), QStringLiteral("--config"), path});
        }
        break;
    }
    }
    return 0;
}
