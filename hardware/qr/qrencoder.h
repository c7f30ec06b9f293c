// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QVector>

namespace hall {

/// QR error-correction level (share of the symbol that may be damaged and still read).
enum class QrLevel
{
    L,
    M,
    Q,
    H
};

/// A QR symbol as a square of dark/light modules, without the quiet zone.
class QrMatrix
{
public:
    QrMatrix() = default;
    QrMatrix(int size, QVector<bool> modules, QrLevel level, int version);

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; }
    int version() const { return m_version; }
    QrLevel level() const { return m_level; }
    bool dark(int x, int y) const { return m_modules[y * m_size + x]; }

    /// One-bit style greyscale image: `scale` pixels per module and `quietZone` modules of margin.
    QImage toImage(int scale, int quietZone = 4) const;
    /// The same as SVG, one unit per module (a page scales it without blurring).
    QByteArray toSvg(int quietZone = 4) const;

private:
    int m_size = 0;
    int m_version = 0;
    QrLevel m_level = QrLevel::M;
    QVector<bool> m_modules;
};

/// Text to QR symbol through libqrencode, always as UTF-8 bytes (8-bit mode), so Chinese survives.
class QrEncoder
{
public:
    /// The level chosen by payload size: short payloads (ticket numbers, URLs) afford a high level
    /// and stay small on a 58 mm ticket; long ones drop the level so the symbol stays printable.
    static QrLevel levelFor(const QByteArray& utf8);

    /// Encodes with levelFor(); a null matrix when the payload does not fit in a QR code.
    static QrMatrix encode(const QString& text);
    static QrMatrix encode(const QByteArray& utf8, QrLevel level);
};

} // namespace hall
