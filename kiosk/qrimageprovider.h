// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQuickImageProvider>

namespace hall {

/// "image://qr/<percent-encoded payload>": the ticket's QR code for the on-screen ticket, made by
/// the same encoder as the printed one, so a photo of the screen scans like the paper.
class QrImageProvider : public QQuickImageProvider
{
public:
    QrImageProvider();
    QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;
};

} // namespace hall
