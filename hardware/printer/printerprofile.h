// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantMap>

namespace hall {

/// How a given printer model wants a ticket: its print width and which optional firmware features
/// to rely on. See docs/hardware.md for how to choose.
struct PrinterProfile
{
    /// Chinese text: GB18030 characters sent as text (needs a printer with a Chinese font ROM,
    /// fast, small jobs) or each line rendered to a raster image (works on any printer).
    enum class TextMode
    {
        Gb18030,
        Raster
    };
    /// QR code: the printer's own encoder (GS ( k, sharp and small jobs) or a libqrencode raster.
    enum class QrMode
    {
        Native,
        Raster
    };

    QString name = QStringLiteral("58mm-raster");
    int dotsPerLine = 384; ///< 58 mm paper at 203 dpi: 384; 80 mm: 576
    TextMode textMode = TextMode::Raster;
    QrMode qrMode = QrMode::Raster;
    int qrModuleDots = 6; ///< dots per QR module (native: GS ( k size, 1-16)
    int feedLinesBeforeCut = 4;

    /// Built-in profiles: "58mm-raster", "58mm-gb18030", "80mm-raster", "80mm-gb18030".
    static PrinterProfile named(const QString& name, bool* ok = nullptr);
    /// A named profile with individual keys overridden: {"profile": "80mm-gb18030", "qr": "raster"}.
    static PrinterProfile fromConfig(const QVariantMap& config, QString* error = nullptr);
};

} // namespace hall
