// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

namespace hall::test {

/// A QR code for `payload` drawn into a camera-like grey frame of `frameSize`, `moduleDots` pixels
/// per module, rotated by `degrees`, with the dark/light levels given (low contrast: close levels)
/// and a little sensor noise; deterministic for a given seed.
QImage qrPhoto(const QString& payload, QSize frameSize, int moduleDots, double degrees, int dark = 0,
               int light = 255, quint32 seed = 1);

/// Text tesseract (a test dependency, debian-packages.txt) reads from the image; empty if it is missing.
QString ocr(const QImage& image);

} // namespace hall::test
