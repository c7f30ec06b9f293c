// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "paperlayout.h"
#include "printedticket.h"
#include "printerprofile.h"

#include <QByteArray>
#include <QImage>

namespace hall {

/// Builds ESC/POS byte streams for a printer profile: text either as GB18030 characters or as
/// raster images, QR either native (GS ( k) or raster. Pure: no device, no I/O.
class EscPosEncoder
{
public:
    explicit EscPosEncoder(PrinterProfile profile);

    /// The whole ticket, from ESC @ to the cut.
    QByteArray ticket(const PrintedTicket& t);

    // Building blocks, appended to the stream in call order.
    void initialize();
    void align(Qt::Alignment a);
    /// One paragraph; `scale` 1-8 multiplies both width and height, as GS ! does. Laid out to the
    /// profile's line (PaperLayout): broken into lines, and at a smaller scale when a word would not
    /// fit at this one.
    void text(const QString& s, int scale = 1, bool bold = false);
    void qr(const QString& payload);
    void image(const QImage& image);
    void feed(int lines);
    void cut();

    QByteArray takeBytes();

    static constexpr int kBaseDots = 24; ///< height of the standard 24-dot font

private:
    PaperLayout layout(bool bold) const;

    PrinterProfile m_profile;
    Qt::Alignment m_align = Qt::AlignLeft;
    QByteArray m_out;
};

} // namespace hall
