// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QImage>
#include <QString>

namespace hall {

/// Draws text the way a thermal head prints it: black on white, 8-bit grey, one image per line
/// (wrapped to the paper width). Used by the raster text mode and by the simulated printer's
/// character generator, so both need a CJK font (fonts-wqy-microhei).
class TextRaster
{
public:
    /// A font for thermal output: sans serif with CJK glyphs, pixel-sized, no hinting surprises.
    static QFont font(int pixelSize, bool bold);

    /// `text` wrapped to `width` dots; align is Qt::AlignLeft, AlignHCenter or AlignRight.
    static QImage render(const QString& text, int pixelSize, bool bold, int width, Qt::Alignment align);

    /// Packs an image into GS v 0 rows: one bit per dot, MSB first, dark where grey < 128.
    static QByteArray packBits(const QImage& image, int* bytesPerRow);
};

} // namespace hall
