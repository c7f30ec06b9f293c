// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// QR decode time per grey camera frame (640x480, 1280x720), one thread, as the camera scanner's
// worker decodes them. Frames with a ticket code and frames with nothing in view (the common case).
#include "qr/codescanner.h"
#include "qr/qrencoder.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QRandomGenerator>

#include <cstdio>

using namespace hall;

namespace {

QImage frameWithCode(QSize size, const QString& payload)
{
    QImage frame(size, QImage::Format_Grayscale8);
    frame.fill(200);
    const QImage code = QrEncoder::encode(payload).toImage(4, 4);
    QPainter p(&frame);
    p.translate(size.width() / 2.0, size.height() / 2.0);
    p.rotate(12);
    p.drawImage(QPointF(-code.width() / 2.0, -code.height() / 2.0), code);
    p.end();
    QRandomGenerator random(7);
    for (int y = 0; y < frame.height(); ++y) {
        uchar* line = frame.scanLine(y);
        for (int x = 0; x < frame.width(); ++x) {
            line[x] = uchar(std::clamp(int(line[x]) * 3 / 4 + 20 + int(random.bounded(9)) - 4, 0, 255));
        }
    }
    return frame;
}

QImage emptyFrame(QSize size)
{
    QImage frame(size, QImage::Format_Grayscale8);
    QRandomGenerator random(11);
    for (int y = 0; y < frame.height(); ++y) {
        uchar* line = frame.scanLine(y);
        for (int x = 0; x < frame.width(); ++x) {
            line[x] = uchar(120 + (x / 40 + y / 30) % 3 * 30 + int(random.bounded(9)));
        }
    }
    return frame;
}

void measure(const char* label, const QImage& frame, bool expectCode)
{
    const int warmup = 3;
    for (int i = 0; i < warmup; ++i) {
        CodeScanner::decodeAll(frame);
    }
    QElapsedTimer timer;
    timer.start();
    int runs = 0;
    int found = 0;
    while (timer.elapsed() < 2000 || runs < 10) {
        found += CodeScanner::decodeAll(frame).isEmpty() ? 0 : 1;
        ++runs;
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6 / runs;
    std::printf("%-28s %4dx%-4d %8.3f ms/frame %8.1f frames/s  decoded %d/%d%s\n", label, frame.width(),
                frame.height(), ms, 1000.0 / ms, found, runs,
                (found > 0) == expectCode ? "" : "  UNEXPECTED");
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    const QString payload = QStringLiteral("https://hall.example.cn/t/20261124/A012?k=7f3a");
    std::printf("bench-qr-decode: ZXing-C++ 1.4, QR only, tryHarder+tryRotate, one thread\n");
    for (QSize size : {QSize(640, 480), QSize(1280, 720)}) {
        measure("frame with a ticket QR", frameWithCode(size, payload), true);
        measure("frame with nothing to read", emptyFrame(size), false);
    }
    return 0;
}
