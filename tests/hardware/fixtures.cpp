// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "qr/qrencoder.h"

#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTransform>

namespace hall::test {

QImage qrPhoto(const QString& payload, QSize frameSize, int moduleDots, double degrees, int dark, int light,
               quint32 seed)
{
    const QImage code = QrEncoder::encode(payload).toImage(moduleDots, 4);
    QImage frame(frameSize, QImage::Format_Grayscale8);
    frame.fill(light);
    QPainter painter(&frame);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(frameSize.width() / 2.0, frameSize.height() / 2.0);
    painter.rotate(degrees);
    painter.translate(-code.width() / 2.0, -code.height() / 2.0);
    painter.drawImage(0, 0, code);
    painter.end();
    // Squeeze black/white into [dark, light] and add +-4 levels of noise, as a cheap camera does.
    QRandomGenerator random(seed);
    for (int y = 0; y < frame.height(); ++y) {
        uchar* line = frame.scanLine(y);
        for (int x = 0; x < frame.width(); ++x) {
            const int v = dark + (line[x] * (light - dark)) / 255 + int(random.bounded(9)) - 4;
            line[x] = uchar(std::clamp(v, 0, 255));
        }
    }
    return frame;
}

QString ocr(const QImage& image)
{
    const QString tesseract = QStandardPaths::findExecutable(QStringLiteral("tesseract"));
    if (tesseract.isEmpty()) {
        return {};
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("page.png"));
    image.save(file);
    QProcess process;
    process.start(tesseract, {file, QStringLiteral("-"), QStringLiteral("--psm"), QStringLiteral("11")});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace hall::test
