// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkincamera.h"

#include <QCamera>
#include <QMediaDevices>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <cstring>

namespace hall {

namespace {

constexpr int kStillFrameMs = 200; // 5 frames per second: enough to scan, cheap to show

QString known(const QList<QCameraDevice>& devices)
{
    QStringList out;
    for (const QCameraDevice& d : devices) {
        out << QStringLiteral("%1 (%2)").arg(QString::fromUtf8(d.id()), d.description());
    }
    return out.isEmpty() ? QStringLiteral("none") : out.join(QStringLiteral(", "));
}

} // namespace

QVideoFrame videoFrameFromImage(const QImage& image)
{
    const QImage rgba = image.convertToFormat(QImage::Format_RGBA8888);
    QVideoFrame frame(QVideoFrameFormat(rgba.size(), QVideoFrameFormat::Format_RGBA8888));
    if (!frame.map(QVideoFrame::WriteOnly)) {
        return {};
    }
    const qsizetype row = std::min<qsizetype>(rgba.bytesPerLine(), frame.bytesPerLine(0));
    for (int y = 0; y < rgba.height(); ++y) {
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), rgba.constScanLine(y),
                    static_cast<size_t>(row));
    }
    frame.unmap();
    return frame;
}

CheckInCamera::CheckInCamera(QObject* parent, QString description)
    : QObject(parent), m_description(std::move(description))
{
    m_scanner.setVideoSink(&m_frames);
    connect(&m_scanner, &CameraScanner::codeScanned, this, &CheckInCamera::codeScanned);
    connect(&m_frames, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame& frame) {
        if (m_preview) {
            m_preview->setVideoFrame(frame);
        }
    });
}

CheckInCamera::CheckInCamera(const QCameraDevice& device, QObject* parent)
    : CheckInCamera(parent, device.description())
{
    m_device = device;
    m_session.setVideoSink(&m_frames);
}

CheckInCamera::CheckInCamera(const QImage& still, QObject* parent)
    : CheckInCamera(parent, QStringLiteral("simulated camera"))
{
    m_still = still.convertToFormat(QImage::Format_RGBA8888);
    m_stillTimer.setInterval(kStillFrameMs);
    connect(&m_stillTimer, &QTimer::timeout, this, &CheckInCamera::pushStill);
}

CheckInCamera::~CheckInCamera()
{
    setWanted(false);
}

std::unique_ptr<CheckInCamera> CheckInCamera::create(const QString& spec, QString* problem, bool* fatal)
{
    *fatal = false;
    if (spec.startsWith(QLatin1String("simulated:"))) {
        const QString path = spec.mid(10);
        const QImage still(path);
        if (still.isNull()) {
            *fatal = true;
            *problem =
                QStringLiteral("模拟摄像头的图像无法读取 (simulated camera: cannot read image) %1").arg(path);
            return nullptr;
        }
        return std::make_unique<CheckInCamera>(still);
    }
    const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
    QCameraDevice device;
    if (spec == QLatin1String("default")) {
        device = QMediaDevices::defaultVideoInput();
    } else {
        for (const QCameraDevice& d : devices) {
            if (QString::fromUtf8(d.id()) == spec || d.description() == spec) {
                device = d;
            }
        }
    }
    if (device.isNull()) {
        *problem =
            QStringLiteral("未找到摄像头，签到改用扫码枪或预约码 (no camera \"%1\"; cameras: %2; check-in "
                           "works with the wedge scanner and codes)")
                .arg(spec, known(devices));
        return nullptr;
    }
    return std::make_unique<CheckInCamera>(device);
}

void CheckInCamera::setWanted(bool wanted)
{
    if (wanted == m_running) {
        return;
    }
    m_running = wanted;
    if (!m_device.isNull()) {
        if (wanted) {
            m_camera = std::make_unique<QCamera>(m_device);
            connect(
                m_camera.get(), &QCamera::errorOccurred, this, [this](QCamera::Error, const QString& text) {
                    qWarning("check-in camera %s: %s", qUtf8Printable(m_description), qUtf8Printable(text));
                });
            m_session.setCamera(m_camera.get());
            m_camera->start();
        } else {
            m_session.setCamera(nullptr);
            m_camera.reset(); // releases the device, so its light goes off
        }
    } else if (wanted) {
        pushStill();
        m_stillTimer.start();
    } else {
        m_stillTimer.stop();
    }
    if (!wanted && m_preview) {
        m_preview->setVideoFrame(QVideoFrame()); // no frozen last picture when it comes back
    }
    emit runningChanged();
}

void CheckInCamera::setPreview(QObject* videoSink)
{
    m_preview = qobject_cast<QVideoSink*>(videoSink);
}

void CheckInCamera::pushStill()
{
    // A new frame each time, as from a camera: a sink ignores the frame it already holds.
    m_frames.setVideoFrame(videoFrameFromImage(m_still));
}

} // namespace hall
