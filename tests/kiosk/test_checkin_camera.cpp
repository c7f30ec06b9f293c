// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Check-in by camera: frames carrying a real booking's QR code (rendered with the project's QR
// encoder, as a camera would see the printed slip) go through CheckInCamera's sink to the
// CameraScanner and on to the same check-in as the keyboard-wedge scanner. No camera exists on this
// machine: frames are pushed into the sink, or come from the simulated camera (a still image).
#include "checkincamera.h"
#include "checkinflow.h"
#include "client/serviceclient.h"
#include "hallprocess.h"
#include "idnumbers.h"
#include "kioskapp.h"
#include "kioskoptions.h"
#include "kioskshell.h"
#include "qr/qrencoder.h"
#include "touchscript.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QPainter>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QVideoSink>
#include <QtQuickTest/quicktest.h>

using namespace hall;
using namespace Qt::StringLiterals;
using hall::test::waitUntil;

namespace {

using test::kBride;
using test::kGroom;

/// What a camera sees of a slip held up to it: the QR code a little off centre on a noisy, uneven
/// grey background (640×480, as a webcam's frame).
QImage cameraView(const QString& payload)
{
    QImage view(640, 480, QImage::Format_RGB32);
    QRandomGenerator noise(7);
    for (int y = 0; y < view.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(view.scanLine(y));
        for (int x = 0; x < view.width(); ++x) {
            const int g = 90 + x / 12 + static_cast<int>(noise.bounded(24));
            line[x] = qRgb(g, g + 4, g + 8);
        }
    }
    const QImage code = QrEncoder::encode(payload).toImage(8, 2);
    REQUIRE_FALSE(code.isNull());
    QPainter p(&view);
    p.fillRect(QRect(QPoint(190, 90), QSize(300, 330)), QColor(235, 235, 228)); // the paper
    p.drawImage(QRect(QPoint(205, 105), code.size().scaled(270, 270, Qt::KeepAspectRatio)), code);
    return view;
}

ServiceReply callAndWait(ServiceClient& client, const QString& op, const QJsonObject& args)
{
    std::optional<ServiceReply> reply;
    client.request(op, args, [&](const ServiceReply& r) { reply = r; });
    REQUIRE(waitUntil([&] { return reply.has_value(); }, 15000));
    return *reply;
}

void tap(KioskApp& app, TouchScript& touch, const QString& name)
{
    INFO("tapping " << name.toStdString());
    REQUIRE(waitUntil([&] { return touch.find(name) != nullptr; }, 15000));
    if (QQuickTest::qIsPolishScheduled(app.window())) {
        QQuickTest::qWaitForPolish(app.window(), 2000);
    }
    REQUIRE(touch.tap(name));
}

} // namespace

TEST_CASE("check-in camera: a frame with a booking's QR code is decoded and reported once", "[nostore]")
{
    CheckInCamera camera(QImage(64, 48, QImage::Format_RGB32)); // simulated, never started here
    QSignalSpy scanned(&camera, &CheckInCamera::codeScanned);
    QVideoSink preview;
    camera.setPreview(&preview);

    // An empty view first: nothing to report, and the preview shows what the camera sees.
    QImage empty(640, 480, QImage::Format_RGB32);
    empty.fill(QColor(120, 120, 120));
    camera.frames()->setVideoFrame(videoFrameFromImage(empty));
    REQUIRE(waitUntil([&] { return camera.scanner()->framesDecoded() == 1; }));
    CHECK(scanned.isEmpty());
    CHECK(preview.videoFrame().size() == QSize(640, 480));

    // The slip in view for several frames: one report.
    const QImage withCode = cameraView(u"HALLBK1|main|7KQ2M9XA"_s);
    for (int i = 0; i < 5; ++i) {
        const int before = camera.scanner()->framesDecoded();
        camera.frames()->setVideoFrame(videoFrameFromImage(withCode));
        REQUIRE(waitUntil([&] { return camera.scanner()->framesDecoded() > before; }));
    }
    REQUIRE(scanned.size() == 1);
    CHECK(scanned.first().first().toString() == u"HALLBK1|main|7KQ2M9XA"_s);
}

TEST_CASE("check-in camera: the simulated camera runs only while wanted, and the options name it",
          "[nostore]")
{
    QTemporaryDir dir;
    const QString still = dir.filePath(u"view.png"_s);
    REQUIRE(cameraView(u"HALLBK1|main|ABCDEFGH"_s).save(still));
    QString problem;
    bool fatal = false;
    auto camera = CheckInCamera::create(u"simulated:"_s + still, &problem, &fatal);
    REQUIRE(camera);
    CHECK_FALSE(camera->isRunning());
    QSignalSpy scanned(camera.get(), &CheckInCamera::codeScanned);
    QTest::qWait(400);
    CHECK(camera->scanner()->framesDecoded() == 0); // nothing runs before it is wanted
    camera->setWanted(true);
    CHECK(camera->isRunning());
    REQUIRE(waitUntil([&] { return scanned.size() == 1; }));
    CHECK(scanned.first().first().toString() == u"HALLBK1|main|ABCDEFGH"_s);
    camera->setWanted(false);
    CHECK_FALSE(camera->isRunning());
    QTest::qWait(100); // a decode still in flight may finish
    const int decoded = camera->scanner()->framesDecoded();
    QTest::qWait(500);
    CHECK(camera->scanner()->framesDecoded() == decoded);

    CHECK_FALSE(CheckInCamera::create(u"simulated:"_s + dir.filePath(u"missing.png"_s), &problem, &fatal));
    CHECK(fatal);
    CHECK(problem.contains(u"missing.png"_s));

    KioskOptions o;
    CHECK(o.camera == u"none"_s);
    REQUIRE_FALSE(
        KioskOptions::parse({u"hall-kiosk"_s, u"--token"_s, u"t"_s, u"--camera"_s, u"default"_s}, o));
    CHECK(o.camera == u"default"_s);
    CHECK(KioskOptions::parse({u"hall-kiosk"_s, u"--token"_s, u"t"_s, u"--camera"_s, u"simulated:"_s}, o));
}

TEST_CASE("check-in camera: --camera default without a camera logs why, and the kiosk works as before",
          "[nostore]")
{
    KioskOptions options;
    options.url = QUrl(u"ws://127.0.0.1:9/v1"_s); // no service needed to look at the page
    options.token = u"token"_s;
    options.printer = {{u"backend"_s, u"none"_s}};
    options.camera = u"no-such-camera"_s;
    KioskApp app(options);
    REQUIRE(app.load());
    CHECK(app.checkInCamera() == nullptr);
    CHECK(app.checkIn()->camera() == nullptr);
    app.start();
    app.controller()->startCheckIn();
    TouchScript touch(app.window());
    REQUIRE(waitUntil([&] { return touch.find(u"checkInEnterCode"_s) != nullptr; }));
    CHECK(touch.find(u"checkInPreview"_s) == nullptr);
}

TEST_CASE("check-in camera: on only at the scan step, off for the code keypad, the ticket and home",
          "[nostore]")
{
    QTemporaryDir dir;
    const QString still = dir.filePath(u"view.png"_s);
    QImage empty(640, 480, QImage::Format_RGB32);
    empty.fill(QColor(120, 120, 120));
    REQUIRE(empty.save(still));
    KioskOptions options;
    options.url = QUrl(u"ws://127.0.0.1:9/v1"_s);
    options.token = u"token"_s;
    options.printer = {{u"backend"_s, u"none"_s}};
    options.camera = u"simulated:"_s + still;
    KioskApp app(options);
    REQUIRE(app.load());
    app.start();
    CheckInCamera* camera = app.checkInCamera();
    REQUIRE(camera != nullptr);
    TouchScript touch(app.window());
    CHECK_FALSE(camera->isRunning());
    app.controller()->startCheckIn();
    CHECK(camera->isRunning());
    REQUIRE(waitUntil([&] { return touch.find(u"checkInPreview"_s) != nullptr; }));
    CHECK(touch.find(u"checkInFrameGuide"_s) != nullptr);
    REQUIRE(waitUntil([&] { return camera->scanner()->framesDecoded() > 0; }));
    app.checkIn()->enterCode();
    CHECK_FALSE(camera->isRunning());
    app.checkIn()->back();
    CHECK(camera->isRunning());
    app.controller()->reset();
    CHECK(app.controller()->page() == KioskShell::Page::Home);
    CHECK_FALSE(camera->isRunning());
}

TEST_CASE("check-in camera end to end: book with typed ID numbers, hold the slip to the camera, a ticket",
          "[frontend]")
{
    test::HallProcess hall;
    const QString token = hall.addDevice(u"kiosk"_s, u"kiosk-1"_s);
    REQUIRE(hall.start());
    const quint16 port = hall.port();

    // Booked the day before (2026-11-24 10:00) through the kiosk's protocol, both numbers typed.
    QString code;
    {
        ServiceClient::Options o;
        o.url = hall.url();
        o.role = u"kiosk"_s;
        o.device = u"kiosk-1"_s;
        o.token = token;
        o.subscribe = false;
        ServiceClient client(o);
        client.start();
        const ServiceReply booked =
            callAndWait(client, u"booking.create"_s,
                        {{u"requestId"_s, ServiceClient::newRequestId()},
                         {u"type"_s, u"marriage"_s},
                         {u"slotStart"_s, u"2026-11-25T09:00:00+08:00"_s},
                         {u"parties"_s, QJsonArray{QJsonObject{{u"idNumber"_s, kGroom}},
                                                   QJsonObject{{u"idNumber"_s, kBride}}}},
                         {u"phone"_s, u"13800138000"_s}});
        INFO(booked.errorCode.toStdString() << " " << booked.errorMessage.toStdString());
        REQUIRE(booked.ok);
        const QJsonObject booking = booked.result.value(u"booking"_s).toObject();
        code = booking.value(u"code"_s).toString();
        CHECK(booking.value(u"parties"_s).toArray().at(0).toObject().value(u"name"_s).toString().isEmpty());
    }
    // The next morning at 08:50, inside the check-in window (08:30–09:15).
    hall.kill();
    REQUIRE(
        hall.start({u"--port"_s, QString::number(port), u"--start-time"_s, u"2026-11-25T08:50:00+08:00"_s}));

    QTemporaryDir dir;
    const QString still = dir.filePath(u"slip.png"_s);
    REQUIRE(cameraView(u"HALLBK1|main|"_s + code).save(still));
    KioskOptions options;
    options.url = hall.url();
    options.token = token;
    options.printer = {{u"backend"_s, u"none"_s}};
    options.backoffMaxMs = 200;
    options.camera = u"simulated:"_s + still;
    KioskApp app(options);
    REQUIRE(app.load());
    app.start();
    CheckInCamera* camera = app.checkInCamera();
    REQUIRE(camera != nullptr);
    REQUIRE(app.checkIn()->camera() == camera);
    REQUIRE(waitUntil([&] { return app.controller()->serviceAvailable(); }, 15000));
    TouchScript touch(app.window());

    // Home: the camera is off.
    CHECK_FALSE(camera->isRunning());
    QTest::qWait(300);
    CHECK(camera->scanner()->framesDecoded() == 0);

    // The check-in page: the camera starts, the preview shows, the slip in view checks in.
    bool finished = false;
    QObject::connect(app.checkIn(), &CheckInFlow::finished, [&] { finished = true; });
    tap(app, touch, u"bookingEntry"_s);
    tap(app, touch, u"bookingCheckIn"_s);
    REQUIRE(app.controller()->page() == KioskShell::Page::CheckIn);
    CHECK(camera->isRunning());
    CHECK(touch.find(u"checkInPreview"_s) != nullptr);
    REQUIRE(waitUntil([&] { return finished; }, 20000));
    INFO(app.checkIn()->refusal()->code().toStdString()
         << " " << app.checkIn()->refusal()->message().toStdString());
    REQUIRE(app.checkIn()->step() == CheckInFlow::Step::Done);
    CHECK(app.checkIn()->ticket()->number().startsWith(u'A'));
    CHECK(app.checkIn()->slot() == u"09:00–09:30"_s);
    // The ticket on screen is not a scan step: the camera is off again, and home keeps it off.
    CHECK_FALSE(camera->isRunning());
    tap(app, touch, u"checkInDone"_s);
    CHECK(app.controller()->page() == KioskShell::Page::Home);
    CHECK_FALSE(camera->isRunning());
}
