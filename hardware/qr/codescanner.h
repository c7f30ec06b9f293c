// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

namespace hall {

/// Reads QR codes from still images with ZXing-C++. Stateless and thread-safe: the camera scanner
/// calls it from its worker thread.
class CodeScanner
{
public:
    /// Every QR code found in the image, as UTF-8 text; empty when none was readable.
    static QStringList decodeAll(const QImage& image);
    /// The first code found, or an empty string.
    static QString decode(const QImage& image);
};

} // namespace hall
