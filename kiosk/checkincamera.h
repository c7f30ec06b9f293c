// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qr/camerascanner.h"

#include <QCameraDevice>
#include <QImage>
#include <QMediaCaptureSession>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QVideoSink>

#include <memory>

class QCamera;

namespace hall {

/// The check-in page's QR camera: frames from a camera (or a simulated camera showing a still
/// image) go to one sink, from which a CameraScanner decodes them and the page's preview shows
/// them. The camera runs only while wanted (KioskApp: while the check-in scan step is on screen),
/// not all day.
class CheckInCamera : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by KioskApp")
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged FINAL)
    Q_PROPERTY(QString description READ description CONSTANT FINAL)

public:
    /// A real camera.
    explicit CheckInCamera(const QCameraDevice& device, QObject* parent = nullptr);
    /// A simulated camera: shows `still` as video at a few frames per second.
    explicit CheckInCamera(const QImage& still, QObject* parent = nullptr);
    ~CheckInCamera() override;

    /// What `--camera` asks for: "default", a camera id or description, or "simulated:IMAGE".
    /// Null when there is no such camera (with why in `problem`; the kiosk goes on without one)
    /// or the image cannot be read (`fatal` set: a configuration error).
    static std::unique_ptr<CheckInCamera> create(const QString& spec, QString* problem, bool* fatal);

    bool isRunning() const { return m_running; }
    QString description() const { return m_description; }
    /// Starts or stops the frames; idempotent.
    void setWanted(bool wanted);

    /// The page's VideoOutput.videoSink (a QVideoSink; null detaches). QObject* so that the QML
    /// module needs no QtMultimedia types.
    Q_INVOKABLE void setPreview(QObject* videoSink);

    /// Where every frame arrives before it is decoded and shown (tests push frames here).
    QVideoSink* frames() { return &m_frames; }
    CameraScanner* scanner() { return &m_scanner; }

signals:
    void codeScanned(const QString& text);
    void runningChanged();

private:
    CheckInCamera(QObject* parent, QString description);
    void pushStill();

    QString m_description;
    CameraScanner m_scanner;
    QVideoSink m_frames;
    QPointer<QVideoSink> m_preview;
    bool m_running = false;
    // A real camera:
    QCameraDevice m_device;
    QMediaCaptureSession m_session;
    std::unique_ptr<QCamera> m_camera;
    // A simulated one:
    QImage m_still; ///< RGBA already: each tick only copies it into a new frame
    QTimer m_stillTimer;
};

/// `image` as a video frame (RGBA), as a camera delivers one.
QVideoFrame videoFrameFromImage(const QImage& image);

} // namespace hall
