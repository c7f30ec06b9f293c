// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printerprofile.h"

namespace hall {

PrinterProfile PrinterProfile::named(const QString& name, bool* ok)
{
    PrinterProfile p;
    const QStringList parts = name.split(QLatin1Char('-'));
    const bool known = parts.size() == 2 &&
                       (parts[0] == QLatin1String("58mm") || parts[0] == QLatin1String("80mm")) &&
                       (parts[1] == QLatin1String("raster") || parts[1] == QLatin1String("gb18030"));
    if (ok) {
        *ok = known;
    }
    if (!known) {
        return p;
    }
    p.name = name;
    p.dotsPerLine = parts[0] == QLatin1String("80mm") ? 576 : 384;
    // A printer with a Chinese font ROM almost always has the GS ( k QR encoder as well.
    const bool rom = parts[1] == QLatin1String("gb18030");
    p.textMode = rom ? TextMode::Gb18030 : TextMode::Raster;
    p.qrMode = rom ? QrMode::Native : QrMode::Raster;
    return p;
}

PrinterProfile PrinterProfile::fromConfig(const QVariantMap& config, QString* error)
{
    bool ok = true;
    PrinterProfile p =
        named(config.value(QStringLiteral("profile"), QStringLiteral("58mm-raster")).toString(), &ok);
    QStringList problems;
    if (!ok) {
        problems << QStringLiteral("unknown printer profile");
    }
    if (config.contains(QStringLiteral("text"))) {
        const QString t = config.value(QStringLiteral("text")).toString();
        if (t == QLatin1String("gb18030")) {
            p.textMode = TextMode::Gb18030;
        } else if (t == QLatin1String("raster")) {
            p.textMode = TextMode::Raster;
        } else {
            problems << QStringLiteral("text must be gb18030 or raster");
        }
    }
    if (config.contains(QStringLiteral("qr"))) {
        const QString q = config.value(QStringLiteral("qr")).toString();
        if (q == QLatin1String("native")) {
            p.qrMode = QrMode::Native;
        } else if (q == QLatin1String("raster")) {
            p.qrMode = QrMode::Raster;
        } else {
            problems << QStringLiteral("qr must be native or raster");
        }
    }
    if (config.contains(QStringLiteral("dots"))) {
        p.dotsPerLine = config.value(QStringLiteral("dots")).toInt();
        if (p.dotsPerLine < 128 || p.dotsPerLine > 832 || p.dotsPerLine % 8 != 0) {
            problems << QStringLiteral("dots must be a multiple of 8 between 128 and 832");
        }
    }
    if (config.contains(QStringLiteral("qrModuleDots"))) {
        p.qrModuleDots = config.value(QStringLiteral("qrModuleDots")).toInt();
        if (p.qrModuleDots < 1 || p.qrModuleDots > 16) {
            problems << QStringLiteral("qrModuleDots must be 1-16");
        }
    }
    if (error) {
        *error = problems.join(QStringLiteral("; "));
    }
    return p;
}

} // namespace hall
