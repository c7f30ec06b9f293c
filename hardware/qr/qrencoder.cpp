// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrencoder.h"

#include <qrencode.h>

#include <memory>

namespace hall {

QrMatrix::QrMatrix(int size, QVector<bool> modules, QrLevel level, int version)
    : m_size(size), m_version(version), m_level(level), m_modules(std::move(modules))
{}

QByteArray QrMatrix::toSvg(int quietZone) const
{
    const int side = m_size + 2 * quietZone;
    QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + QByteArray::number(side) +
                     ' ' + QByteArray::number(side) +
                     "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" " +
                     "height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"";
    // One path of horizontal runs: a version-5 symbol is about 2 KB instead of a rect per module.
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size;) {
            if (!dark(x, y)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < m_size && dark(x + run, y)) {
                ++run;
            }
            svg += 'M' + QByteArray::number(x + quietZone) + ' ' + QByteArray::number(y + quietZone) + 'h' +
                   QByteArray::number(run) + "v1h-" + QByteArray::number(run) + 'z';
            x += run;
        }
    }
    svg += "\"/></svg>";
    return svg;
}

QImage QrMatrix::toImage(int scale, int quietZone) const
{
    if (isNull() || scale < 1) {
        return {};
    }
    const int side = (m_size + 2 * quietZone) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!dark(x, y)) {
                continue;
            }
            for (int dy = 0; dy < scale; ++dy) {
                uchar* line = image.scanLine((y + quietZone) * scale + dy);
                std::fill_n(line + (x + quietZone) * scale, scale, uchar(0));
            }
        }
    }
    return image;
}

QrLevel QrEncoder::levelFor(const QByteArray& utf8)
{
    if (utf8.size() <= 40) {
        return QrLevel::H;
    }
    if (utf8.size() <= 120) {
        return QrLevel::Q;
    }
    if (utf8.size() <= 600) {
        return QrLevel::M;
    }
    return QrLevel::L;
}

QrMatrix QrEncoder::encode(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return encode(utf8, levelFor(utf8));
}

QrMatrix QrEncoder::encode(const QByteArray& utf8, QrLevel level)
{
    static constexpr QRecLevel kLevels[] = {QR_ECLEVEL_L, QR_ECLEVEL_M, QR_ECLEVEL_Q, QR_ECLEVEL_H};
    if (utf8.isEmpty()) {
        return {};
    }
    // QRcode_encodeData takes raw bytes: 8-bit mode keeps UTF-8 intact, where encodeString would
    // try Kanji mode on Shift-JIS assumptions.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(utf8.size()), reinterpret_cast<const unsigned char*>(utf8.constData()), 0,
                          kLevels[int(level)]),
        &QRcode_free);
    if (!code) {
        return {};
    }
    const int size = code->width;
    QVector<bool> modules(size * size);
    for (int i = 0; i < size * size; ++i) {
        modules[i] = (code->data[i] & 1) != 0; // bit 0 is the module colour; the rest is bookkeeping
    }
    return QrMatrix(size, std::move(modules), level, code->version);
}

} // namespace hall
