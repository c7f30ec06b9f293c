// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "qr/camerascanner.h"
#include "qr/codescanner.h"
#include "qr/scandebouncer.h"

#include <QSignalSpy>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>

#include <catch2/catch.hpp>

#include <cstring>

using namespace hall;
using hall::test::qrPhoto;

namespace {

const QString kPayload = QStringLiteral("https://hall.example.cn/t/20261124/A012");

QVideoFrame greyVideoFrame(const QImage& grey)
{
    QVideoFrame frame(QVideoFrameFormat(grey.size(), QVideoFrameFormat::Format_Y8));
    REQUIRE(frame.map(QVideoFrame::WriteOnly));
    for (int y = 0; y < grey.height(); ++y) {
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), grey.constScanLine(y), size_t(grey.width()));
    }
    frame.unmap();
    return frame;
}

} // namespace

TEST_CASE("scanner decodes a rotated photo", "[scanner]")
{
    for (double angle : {15.0, 45.0, 90.0, 160.0}) {
        INFO("angle " << angle);
        CHECK(CodeScanner::decode(qrPhoto(kPayload, {640, 480}, 5, angle)) == kPayload);
    }
}

TEST_CASE("scanner decodes a low-contrast photo", "[scanner]")
{
    // 50 grey levels between dark and light, plus noise: a ticket under a glare-free dim lamp.
    CHECK(CodeScanner::decode(qrPhoto(kPayload, {640, 480}, 5, 10, 100, 150)) == kPayload);
}

TEST_CASE("scanner decodes a small code in a large frame", "[scanner]")
{
    // Two pixels per module: a ticket held far from the camera.
    const QImage photo = qrPhoto(kPayload, {1280, 720}, 2, 5);
    CHECK(CodeScanner::decode(photo) == kPayload);
}

TEST_CASE("scanner finds nothing in a frame without a code", "[scanner]")
{
    CHECK(CodeScanner::decodeAll(qrPhoto(QString(), {640, 480}, 5, 0)).isEmpty());
    CHECK(CodeScanner::decode(QImage()).isEmpty());
}

TEST_CASE("debouncer reports a code once while it stays in view", "[scanner]")
{
    ScanDebouncer d(1500);
    CHECK(d.accept(QStringLiteral("A"), 0));
    CHECK_FALSE(d.accept(QStringLiteral("A"), 100));
    CHECK_FALSE(d.accept(QStringLiteral("A"), 1400));
    CHECK_FALSE(d.accept(QStringLiteral("A"), 2800)); // still in view: seen 1400 ms ago
    CHECK(d.accept(QStringLiteral("B"), 2900));       // content changed
    CHECK_FALSE(d.accept(QStringLiteral("A"), 3000)); // A again, but within the debounce time
    CHECK(d.accept(QStringLiteral("A"), 4500));       // out of sight for 1500 ms: a new scan
    CHECK_FALSE(d.accept(QString(), 9000));
}

TEST_CASE("camera scanner keeps one frame in flight and drops the rest", "[scanner]")
{
    CameraScanner scanner;
    QSignalSpy decoded(&scanner, &CameraScanner::frameDecoded);
    QSignalSpy scanned(&scanner, &CameraScanner::codeScanned);
    const QImage photo = qrPhoto(kPayload, {640, 480}, 5, 20);
    // No event loop runs during this burst, so the first frame's result cannot have come back.
    for (int i = 0; i < 10; ++i) {
        scanner.submitImage(photo);
    }
    CHECK(scanner.framesDropped() == 9);
    REQUIRE(decoded.wait(5000));
    CHECK(scanner.framesDecoded() == 1);
    REQUIRE(scanned.size() == 1);
    CHECK(scanned.at(0).at(0).toString() == kPayload);
    CHECK_FALSE(scanner.isBusy());
}

TEST_CASE("camera scanner debounces repeats of the same code", "[scanner]")
{
    CameraScanner scanner;
    qint64 now = 0;
    scanner.setClock([&now] { return now; });
    scanner.setDebounceMs(1000);
    QSignalSpy decoded(&scanner, &CameraScanner::frameDecoded);
    QSignalSpy scanned(&scanner, &CameraScanner::codeScanned);
    const QImage a = qrPhoto(kPayload, {640, 480}, 5, 0);
    const QImage b = qrPhoto(QStringLiteral("B007"), {640, 480}, 5, 0);
    const QImage empty = qrPhoto(QString(), {640, 480}, 5, 0);
    auto show = [&](const QImage& frame, qint64 at) {
        now = at;
        scanner.submitImage(frame);
        REQUIRE(decoded.wait(5000));
    };
    show(a, 0);
    show(a, 40);
    show(a, 80);
    show(empty, 500);
    show(a, 900); // back within the debounce time: same scan still
    show(b, 950);
    show(a, 2000); // gone for 1100 ms: scanned again
    REQUIRE(scanned.size() == 3);
    CHECK(scanned.at(0).at(0).toString() == kPayload);
    CHECK(scanned.at(1).at(0).toString() == QStringLiteral("B007"));
    CHECK(scanned.at(2).at(0).toString() == kPayload);
    CHECK(scanner.framesDecoded() == 7);
}

TEST_CASE("camera scanner reads frames from a video sink", "[scanner]")
{
    CameraScanner scanner;
    QVideoSink sink;
    scanner.setVideoSink(&sink);
    QSignalSpy scanned(&scanner, &CameraScanner::codeScanned);
    sink.setVideoFrame(greyVideoFrame(qrPhoto(kPayload, {640, 480}, 4, 30)));
    REQUIRE(scanned.wait(5000));
    CHECK(scanned.at(0).at(0).toString() == kPayload);
    CHECK(lumaFromVideoFrame(greyVideoFrame(QImage(8, 4, QImage::Format_Grayscale8))).size() == QSize(8, 4));
}
