// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkinpreview.h"

#include "checkincamera.h"

#include <QPainter>

namespace hall {

CheckInPreview::CheckInPreview(QQuickItem* parent) : QQuickPaintedItem(parent) {}

void CheckInPreview::setCamera(CheckInCamera* camera)
{
    if (camera == m_camera) {
        return;
    }
    disconnect(m_frames);
    m_camera = camera;
    m_image = QImage();
    if (camera != nullptr) {
        m_frames =
            connect(camera->frames(), &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame& f) {
                if (isVisible()) {
                    m_image = f.toImage();
                    update();
                }
            });
        connect(camera, &CheckInCamera::runningChanged, this, [this] {
            if (m_camera != nullptr && !m_camera->isRunning()) {
                m_image = QImage(); // no frozen last picture when it comes back
                update();
            }
        });
    }
    emit cameraChanged();
    update();
}

void CheckInPreview::paint(QPainter* painter)
{
    if (m_image.isNull()) {
        return;
    }
    // Crop to the item's shape, centred.
    const QSizeF item = size();
    QSizeF source = item.scaled(m_image.size(), Qt::KeepAspectRatio);
    const QRectF from(
        QPointF((m_image.width() - source.width()) / 2, (m_image.height() - source.height()) / 2), source);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(QRectF(QPointF(0, 0), item), m_image, from);
}

} // namespace hall
