// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textraster.h"

#include <QFontMetrics>
#include <QPainter>

namespace hall {

QFont TextRaster::font(int pixelSize, bool bold)
{
    QFont f(QStringLiteral("WenQuanYi Micro Hei"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    // A thermal head has no grey: hinting keeps strokes on whole dots, and without antialiasing the
    // picture is exactly what the head will burn.
    f.setHintingPreference(QFont::PreferFullHinting);
    f.setStyleStrategy(QFont::NoAntialias);
    return f;
}

QImage TextRaster::render(const QString& text, int pixelSize, bool bold, int width, Qt::Alignment align)
{
    const QFont f = font(pixelSize, bold);
    const QFontMetrics metrics(f);
    const int flags = int(align | Qt::AlignTop | Qt::TextWordWrap);
    const QRect bounds = metrics.boundingRect(QRect(0, 0, width, 100000), flags, text);
    const int height = std::max(bounds.height(), metrics.height());
    QImage image(width, height, QImage::Format_Grayscale8);
    image.fill(255);
    QPainter painter(&image);
    painter.setFont(f);
    painter.setPen(Qt::black);
    painter.drawText(QRect(0, 0, width, height), flags, text);
    return image;
}

QByteArray TextRaster::packBits(const QImage& source, int* bytesPerRow)
{
    const QImage image = source.convertToFormat(QImage::Format_Grayscale8);
    const int rowBytes = (image.width() + 7) / 8;
    QByteArray bits(rowBytes * image.height(), '\0');
    for (int y = 0; y < image.height(); ++y) {
        const uchar* line = image.constScanLine(y);
        char* out = bits.data() + y * rowBytes;
        for (int x = 0; x < image.width(); ++x) {
            if (line[x] < 128) {
                out[x / 8] = char(out[x / 8] | (0x80 >> (x % 8)));
            }
        }
    }
    if (bytesPerRow) {
        *bytesPerRow = rowBytes;
    }
    return bits;
}

} // namespace hall
