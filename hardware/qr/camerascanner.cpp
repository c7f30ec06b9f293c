// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "camerascanner.h"

#include "codescanner.h"

#include <QCamera>
#include <QElapsedTimer>
#include <QMediaCaptureSession>
#include <QVideoSink>

namespace hall {

namespace {

/// Lives on the worker thread; one decode per invocation.
class DecodeWorker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void decodeFrame(const QVideoFrame& frame)
    {
        emit decoded(CodeScanner::decodeAll(lumaFromVideoFrame(frame)));
    }
    void decodeImage(const QImage& image) { emit decoded(CodeScanner::decodeAll(image)); }

signals:
    void decoded(const QStringList& codes);
};

bool isPlanarLuma(QVideoFrameFormat::PixelFormat f)
{
    switch (f) {
    case QVideoFrameFormat::Format_Y8:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
        return true;
    default:
        return false;
    }
}

} // namespace

QImage lumaFromVideoFrame(const QVideoFrame& source)
{
    QVideoFrame frame = source;
    if (!frame.isValid()) {
        return {};
    }
    if (!isPlanarLuma(frame.pixelFormat())) {
        return frame.toImage().convertToFormat(QImage::Format_Grayscale8);
    }
    if (!frame.map(QVideoFrame::ReadOnly)) {
        return {};
    }
    const QImage view(frame.bits(0), frame.width(), frame.height(), frame.bytesPerLine(0),
                      QImage::Format_Grayscale8);
    QImage copy = view.copy(); // the mapping ends below; the decoder needs its own pixels
    frame.unmap();
    return copy;
}

CameraScanner::CameraScanner(QObject* parent) : QObject(parent)
{
    QElapsedTimer clock;
    clock.start();
    m_nowMs = [clock] { return clock.elapsed(); };

    auto* worker = new DecodeWorker;
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &DecodeWorker::decoded, this, &CameraScanner::onDecoded, Qt::QueuedConnection);
    m_worker = worker;
    m_thread.setObjectName(QStringLiteral("qr-decode"));
    m_thread.start();
}

CameraScanner::~CameraScanner()
{
    stopCamera();
    m_thread.quit();
    m_thread.wait();
}

bool CameraScanner::startCamera(const QCameraDevice& device)
{
    stopCamera();
    if (device.isNull()) {
        return false;
    }
    m_session = std::make_unique<QMediaCaptureSession>();
    m_camera = std::make_unique<QCamera>(device);
    m_ownSink = std::make_unique<QVideoSink>();
    m_session->setCamera(m_camera.get());
    m_session->setVideoSink(m_ownSink.get());
    setVideoSink(m_ownSink.get());
    connect(m_camera.get(), &QCamera::activeChanged, this, &CameraScanner::activeChanged);
    m_camera->start();
    return true;
}

void CameraScanner::stopCamera()
{
    if (m_camera) {
        m_camera->stop();
    }
    if (m_sink == m_ownSink.get()) {
        setVideoSink(nullptr);
    }
    m_session.reset();
    m_camera.reset();
    m_ownSink.reset();
}

bool CameraScanner::isActive() const
{
    return m_camera && m_camera->isActive();
}

void CameraScanner::setVideoSink(QVideoSink* sink)
{
    disconnect(m_sinkConnection);
    m_sink = sink;
    if (sink) {
        m_sinkConnection = connect(sink, &QVideoSink::videoFrameChanged, this, &CameraScanner::submitFrame);
    }
}

void CameraScanner::submitFrame(const QVideoFrame& frame)
{
    bool idle = false;
    if (!m_busy.compare_exchange_strong(idle, true)) {
        ++m_framesDropped;
        return;
    }
    auto* worker = static_cast<DecodeWorker*>(m_worker);
    QMetaObject::invokeMethod(
        worker, [worker, frame] { worker->decodeFrame(frame); }, Qt::QueuedConnection);
}

void CameraScanner::submitImage(const QImage& image)
{
    bool idle = false;
    if (!m_busy.compare_exchange_strong(idle, true)) {
        ++m_framesDropped;
        return;
    }
    auto* worker = static_cast<DecodeWorker*>(m_worker);
    QMetaObject::invokeMethod(
        worker, [worker, image] { worker->decodeImage(image); }, Qt::QueuedConnection);
}

void CameraScanner::onDecoded(const QStringList& codes)
{
    ++m_framesDecoded;
    const qint64 now = m_nowMs();
    QString news;
    for (const QString& code : codes) {
        if (m_debouncer.accept(code, now) && news.isEmpty()) {
            news = code;
        }
    }
    // Only now may the next frame go: "one in flight" covers the result's trip back as well.
    m_busy.store(false);
    emit frameDecoded();
    if (!news.isEmpty()) {
        m_lastCode = news;
        emit codeScanned(news);
    }
}

} // namespace hall

#include "camerascanner.moc"
