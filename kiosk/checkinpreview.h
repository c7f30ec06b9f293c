// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QPointer>
#include <QQuickPaintedItem>

namespace hall {

class CheckInCamera;

/// The camera's picture painted by the CPU, for a kiosk whose Qt Quick renders in software (no
/// GPU; also the offscreen screenshots), where a VideoOutput stays black. Fills the item, cropping
/// what does not fit, as the VideoOutput does. Converts frames only while visible.
class CheckInPreview : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(hall::CheckInCamera* camera READ camera WRITE setCamera NOTIFY cameraChanged FINAL)

public:
    explicit CheckInPreview(QQuickItem* parent = nullptr);

    CheckInCamera* camera() const { return m_camera; }
    void setCamera(CheckInCamera* camera);
    void paint(QPainter* painter) override;

signals:
    void cameraChanged();

private:
    QPointer<CheckInCamera> m_camera;
    QMetaObject::Connection m_frames;
    QImage m_image;
};

} // namespace hall
