// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codescanner.h"

#include <ZXing/ReadBarcode.h>

namespace hall {

QStringList CodeScanner::decodeAll(const QImage& image)
{
    if (image.isNull()) {
        return {};
    }
    // ZXing wants luminance; an 8-bit grey copy is cheap next to the decode and avoids colour maths.
    const QImage grey = image.format() == QImage::Format_Grayscale8
                            ? image
                            : image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    QStringList texts;
    for (const ZXing::Result& result : ZXing::ReadBarcodes(view, hints)) {
        if (result.isValid()) {
            texts << QString::fromStdString(result.text());
        }
    }
    return texts;
}

QString CodeScanner::decode(const QImage& image)
{
    const QStringList all = decodeAll(image);
    return all.isEmpty() ? QString() : all.first();
}

} // namespace hall
