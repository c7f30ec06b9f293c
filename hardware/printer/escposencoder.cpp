// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "escposencoder.h"

#include "escpos.h"
#include "paperlayout.h"
#include "qr/qrencoder.h"
#include "textraster.h"

#include <QFontMetrics>
#include <QStringEncoder>

namespace hall {

using namespace escpos;

namespace {

void appendLe16(QByteArray& out, int v)
{
    out.append(char(v & 0xFF));
    out.append(char((v >> 8) & 0xFF));
}

QString waitLine(const PrintedTicket& t)
{
    QString line = QStringLiteral("前面还有 %1 人").arg(t.peopleAhead);
    if (t.waitMinutes >= 0) {
        line += QStringLiteral("，预计等候约 %1 分钟").arg(t.waitMinutes);
    }
    return line;
}

} // namespace

EscPosEncoder::EscPosEncoder(PrinterProfile profile) : m_profile(std::move(profile)) {}

QByteArray EscPosEncoder::ticket(const PrintedTicket& t)
{
    initialize();
    align(Qt::AlignHCenter);
    text(t.centreName, 1, true);
    feed(1);
    text(t.serviceName, 2);
    text(t.number, 4, true);
    if (t.peopleAhead >= 0) {
        text(waitLine(t));
    }
    if (t.issuedAt.isValid()) {
        text(t.timeLabel + QLatin1Char(' ') + t.issuedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    if (!t.qrPayload.isEmpty()) {
        feed(1);
        qr(t.qrPayload);
        if (!t.qrCaption.isEmpty()) {
            text(t.qrCaption);
        }
    }
    if (!t.notice.isEmpty()) {
        text(t.notice);
    }
    feed(m_profile.feedLinesBeforeCut);
    cut();
    return takeBytes();
}

void EscPosEncoder::initialize()
{
    m_out.append(ESC).append('@');
    if (m_profile.textMode == PrinterProfile::TextMode::Gb18030) {
        m_out.append(FS).append('&'); // Chinese character mode: double-byte GB18030 from here on
    }
    m_align = Qt::AlignLeft;
}

void EscPosEncoder::align(Qt::Alignment a)
{
    m_align = a;
    const char n = a & Qt::AlignHCenter ? 1 : (a & Qt::AlignRight ? 2 : 0);
    m_out.append(ESC).append('a').append(n);
}

PaperLayout EscPosEncoder::layout(bool bold) const
{
    if (m_profile.textMode == PrinterProfile::TextMode::Raster) {
        return PaperLayout(m_profile.dotsPerLine, [bold](const QString& text, int scale) {
            return QFontMetrics(TextRaster::font(kBaseDots * scale, bold)).horizontalAdvance(text);
        });
    }
    return PaperLayout(m_profile.dotsPerLine, &PaperLayout::cellWidth);
}

void EscPosEncoder::text(const QString& s, int scale, bool bold)
{
    // Laid out here, not by the printer: a smaller scale when a word (a booking code) would not fit
    // at the one asked for, and lines broken where a reader expects them (PaperLayout).
    const PaperLayout paper = layout(bold);
    scale = paper.fitScale(s, std::clamp(scale, 1, 8));
    const QStringList lines = paper.wrap(s, scale);
    if (m_profile.textMode == PrinterProfile::TextMode::Raster) {
        // The line image is as wide as the paper and already aligned, so justification is moot.
        const Qt::Alignment keep = m_align;
        align(Qt::AlignLeft);
        for (const QString& line : lines) {
            image(TextRaster::render(line, kBaseDots * scale, bold, m_profile.dotsPerLine, keep));
        }
        align(keep);
        return;
    }
    QStringEncoder gb18030("GB18030");
    m_out.append(GS).append('!').append(char(((scale - 1) << 4) | (scale - 1)));
    m_out.append(ESC).append('E').append(char(bold ? 1 : 0));
    for (const QString& line : lines) {
        m_out.append(gb18030.encode(line)).append(LF);
    }
    m_out.append(GS).append('!').append('\0');
    m_out.append(ESC).append('E').append('\0');
}

void EscPosEncoder::qr(const QString& payload)
{
    const QByteArray utf8 = payload.toUtf8();
    if (m_profile.qrMode == PrinterProfile::QrMode::Raster) {
        const QrMatrix matrix = QrEncoder::encode(payload);
        image(matrix.toImage(m_profile.qrModuleDots, 2));
        return;
    }
    // GS ( k, function 165-181 family of QR model 2: model, module size, level, store, print.
    auto function = [this](char fn, const QByteArray& params) {
        m_out.append(GS).append('(').append('k');
        appendLe16(m_out, int(params.size()) + 2);
        m_out.append('1').append(fn).append(params);
    };
    function('A', QByteArray("\x32\x00", 2));
    function('C', QByteArray(1, char(m_profile.qrModuleDots)));
    function('E', QByteArray(1, char('0' + int(QrEncoder::levelFor(utf8)))));
    function('P', QByteArray(1, '0') + utf8);
    function('Q', QByteArray(1, '0'));
}

void EscPosEncoder::image(const QImage& img)
{
    if (img.isNull()) {
        return;
    }
    // Cheap printers have small receive buffers: send tall images in bands.
    constexpr int kBand = 128;
    for (int top = 0; top < img.height(); top += kBand) {
        const QImage band = img.copy(0, top, img.width(), std::min(kBand, img.height() - top));
        int rowBytes = 0;
        const QByteArray bits = TextRaster::packBits(band, &rowBytes);
        m_out.append(GS).append('v').append('0').append('\0');
        appendLe16(m_out, rowBytes);
        appendLe16(m_out, band.height());
        m_out.append(bits);
    }
}

void EscPosEncoder::feed(int lines)
{
    m_out.append(ESC).append('d').append(char(std::clamp(lines, 0, 255)));
}

void EscPosEncoder::cut()
{
    m_out.append(GS).append('V').append(char(66)).append('\0'); // feed to the cutter, then partial cut
}

QByteArray EscPosEncoder::takeBytes()
{
    return std::exchange(m_out, {});
}

} // namespace hall
