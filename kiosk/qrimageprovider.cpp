// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrimageprovider.h"

#include "qr/qrencoder.h"

#include <QUrl>

namespace hall {

QrImageProvider::QrImageProvider() : QQuickImageProvider(QQuickImageProvider::Image) {}

QImage QrImageProvider::requestImage(const QString& id, QSize* size, const QSize& requestedSize)
{
    const QrMatrix matrix = QrEncoder::encode(QUrl::fromPercentEncoding(id.toLatin1()));
    if (matrix.isNull()) {
        return {};
    }
    const int side = matrix.size() + 8;
    const int wanted = requestedSize.isValid() ? qMax(requestedSize.width(), requestedSize.height()) : 0;
    // Whole pixels per module: a scaled QR with uneven modules scans badly from a phone.
    const int scale = qMax(4, wanted / side);
    QImage image = matrix.toImage(scale);
    if (size != nullptr) {
        *size = image.size();
    }
    return image;
}

} // namespace hall
