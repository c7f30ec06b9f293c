// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scandebouncer.h"

#include <QCameraDevice>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QVideoFrame>

#include <atomic>
#include <functional>
#include <memory>

class QCamera;
class QMediaCaptureSession;
class QVideoSink;

namespace hall {

/// Decodes QR codes from a live video stream. Frames are decoded on a worker thread with at most one
/// frame in flight; frames that arrive while it is busy are dropped, so a slow decode never builds a
/// backlog. A code is reported once while it stays in view (see ScanDebouncer).
class CameraScanner : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged FINAL)
    Q_PROPERTY(QString lastCode READ lastCode NOTIFY codeScanned FINAL)

public:
    explicit CameraScanner(QObject* parent = nullptr);
    ~CameraScanner() override;

    /// Opens the camera and feeds its frames to the decoder; false when there is no such camera.
    bool startCamera(const QCameraDevice& device);
    void stopCamera();
    bool isActive() const;

    /// Decode the frames another component already receives (e.g. a VideoOutput's sink).
    void setVideoSink(QVideoSink* sink);

    /// Monotonic milliseconds used for debouncing; tests inject their own.
    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }
    void setDebounceMs(qint64 ms) { m_debouncer.setDebounceMs(ms); }

    QString lastCode() const { return m_lastCode; }
    int framesDecoded() const { return m_framesDecoded; }
    int framesDropped() const { return m_framesDropped; }
    bool isBusy() const { return m_busy.load(); }

public slots:
    /// Offers one frame; returns immediately, dropping the frame if a decode is running.
    void submitFrame(const QVideoFrame& frame);
    void submitImage(const QImage& image);

signals:
    void codeScanned(const QString& text);
    void activeChanged();
    /// Emitted after every completed decode, found or not (for tests and diagnostics).
    void frameDecoded();

private:
    void onDecoded(const QStringList& codes);

    QThread m_thread;
    QObject* m_worker = nullptr;
    std::atomic<bool> m_busy{false};
    ScanDebouncer m_debouncer;
    std::function<qint64()> m_nowMs;
    QString m_lastCode;
    int m_framesDecoded = 0;
    int m_framesDropped = 0;
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QCamera> m_camera;
    std::unique_ptr<QVideoSink> m_ownSink;
    QPointer<QVideoSink> m_sink;
    QMetaObject::Connection m_sinkConnection;
};

/// Luminance of a video frame as an 8-bit grey image: the Y plane is copied directly for YUV
/// formats (no colour conversion); other formats go through QVideoFrame::toImage().
QImage lumaFromVideoFrame(const QVideoFrame& frame);

} // namespace hall
