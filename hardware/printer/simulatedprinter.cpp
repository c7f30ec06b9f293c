// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatedprinter.h"

#include "escpos.h"
#include "qr/qrencoder.h"
#include "textraster.h"

#include <QDir>
#include <QFontMetrics>
#include <QPainter>
#include <QStringDecoder>

namespace hall {

using namespace escpos;

namespace {

constexpr int kNeedMore = 0;
constexpr int kEmptyLineDots = 30;

int le16(const QByteArray& b, int at)
{
    return quint8(b[at]) | (quint8(b[at + 1]) << 8);
}

} // namespace

SimulatedPrinter::SimulatedPrinter(int dotsPerLine, QObject* parent) : QObject(parent), m_width(dotsPerLine)
{
    reset();
}

QByteArray SimulatedPrinter::feed(const QByteArray& bytes)
{
    m_pending += bytes;
    QByteArray replies;
    int at = 0;
    while (at < m_pending.size()) {
        const int used = parseOne(m_pending, at, replies);
        if (used == kNeedMore) {
            break;
        }
        at += used;
    }
    m_pending.remove(0, at);
    return replies;
}

void SimulatedPrinter::loadPaper(int dots)
{
    m_paperLeft = dots;
}

void SimulatedPrinter::setCoverOpen(bool open)
{
    m_coverOpen = open;
}

bool SimulatedPrinter::printing() const
{
    return m_paperLeft != 0 && !m_coverOpen && !m_cutterError;
}

PrinterStatus SimulatedPrinter::status() const
{
    PrinterStatus s;
    applyStatusByte(s, StatusKind::Printer, statusReply(1));
    applyStatusByte(s, StatusKind::OfflineCause, statusReply(2));
    applyStatusByte(s, StatusKind::ErrorCause, statusReply(3));
    applyStatusByte(s, StatusKind::PaperSensor, statusReply(4));
    return s;
}

quint8 SimulatedPrinter::statusReply(int kind) const
{
    const bool paperEnd = m_paperLeft == 0;
    quint8 r = kStatusFixed;
    switch (kind) {
    case 1:
        if (!printing()) {
            r |= kPrinterOffline;
        }
        break;
    case 2:
        r |= (m_coverOpen ? kOfflineCoverOpen : 0) | (paperEnd ? kOfflinePaperEnd : 0) |
             (m_cutterError ? kOfflineError : 0);
        break;
    case 3:
        r |= m_cutterError ? kErrorCutter : 0;
        break;
    case 4:
        r |= paperEnd ? (kPaperEnd | kPaperNearEnd) : 0;
        if (m_paperLeft > 0 && m_paperLeft <= m_nearEndMargin) {
            r |= kPaperNearEnd;
        }
        break;
    default:
        break;
    }
    return r;
}

int SimulatedPrinter::parseOne(const QByteArray& b, int at, QByteArray& replies)
{
    const int left = int(b.size()) - at;
    const char c = b[at];
    auto unknown = [&](int len) {
        m_unknown << QString::fromLatin1(b.mid(at, len).toHex(' '));
        return len;
    };
    if (c == LF) {
        printLine();
        return 1;
    }
    if (c == '\r') {
        return 1;
    }
    if (c == DLE) {
        if (left < 3) {
            return kNeedMore;
        }
        if (b[at + 1] == EOT && b[at + 2] >= 1 && b[at + 2] <= 4) {
            // Real-time: answered on receipt, even while the printer is offline.
            replies.append(char(statusReply(b[at + 2])));
            return 3;
        }
        return unknown(3);
    }
    if (c == ESC) {
        if (left < 2) {
            return kNeedMore;
        }
        const char cmd = b[at + 1];
        if (cmd == '@') {
            reset();
            return 2;
        }
        if (cmd == 'a' || cmd == 'E' || cmd == 'd') {
            if (left < 3) {
                return kNeedMore;
            }
            const int n = quint8(b[at + 2]);
            if (cmd == 'a') {
                m_align = std::clamp(n % 48, 0, 2);
            } else if (cmd == 'E') {
                m_bold = (n & 1) != 0;
            } else {
                printLine();
                advance(n * kEmptyLineDots);
            }
            return 3;
        }
        return unknown(2);
    }
    if (c == FS) {
        if (left < 2) {
            return kNeedMore;
        }
        if (b[at + 1] == '&' || b[at + 1] == '.') {
            m_chinese = b[at + 1] == '&';
            return 2;
        }
        return unknown(2);
    }
    if (c == GS) {
        if (left < 2) {
            return kNeedMore;
        }
        const char cmd = b[at + 1];
        if (cmd == '!') {
            if (left < 3) {
                return kNeedMore;
            }
            const int n = quint8(b[at + 2]);
            m_widthMul = ((n >> 4) & 7) + 1;
            m_heightMul = (n & 7) + 1;
            return 3;
        }
        if (cmd == 'V') {
            if (left < 3) {
                return kNeedMore;
            }
            const int m = quint8(b[at + 2]);
            const int len = (m == 65 || m == 66) ? 4 : 3;
            if (left < len) {
                return kNeedMore;
            }
            if (len == 4) {
                advance(quint8(b[at + 3]));
            }
            cutPage();
            return len;
        }
        if (cmd == 'v') {
            if (left < 8) {
                return kNeedMore;
            }
            const int mode = quint8(b[at + 3]) % 48;
            const int rowBytes = le16(b, at + 4);
            const int rows = le16(b, at + 6);
            const int len = 8 + rowBytes * rows;
            if (left < len) {
                return kNeedMore;
            }
            QImage img(rowBytes * 8, rows, QImage::Format_Grayscale8);
            for (int y = 0; y < rows; ++y) {
                uchar* line = img.scanLine(y);
                const char* bits = b.constData() + at + 8 + y * rowBytes;
                for (int x = 0; x < rowBytes * 8; ++x) {
                    line[x] = (bits[x / 8] & (0x80 >> (x % 8))) ? 0 : 255;
                }
            }
            if (mode != 0) {
                img = img.scaled(img.width() * ((mode & 1) + 1), img.height() * (((mode >> 1) & 1) + 1));
            }
            printImage(img);
            return len;
        }
        if (cmd == '(') {
            if (left < 5) {
                return kNeedMore;
            }
            const int len = 5 + le16(b, at + 3);
            if (left < len) {
                return kNeedMore;
            }
            if (b[at + 2] != 'k' || len < 7 || b[at + 5] != '1') {
                return unknown(len);
            }
            const char fn = b[at + 6];
            const QByteArray params = b.mid(at + 7, len - 7);
            if (fn == 'A') {
                return len; // model 2 is the only model we know
            }
            if (fn == 'C' && !params.isEmpty()) {
                m_qrModule = std::clamp(int(quint8(params[0])), 1, 16);
            } else if (fn == 'E' && !params.isEmpty()) {
                m_qrLevel = std::clamp(int(quint8(params[0])) - 48, 0, 3);
            } else if (fn == 'P' && !params.isEmpty()) {
                m_qrData = params.mid(1);
            } else if (fn == 'Q') {
                printLine();
                const QrMatrix matrix = QrEncoder::encode(m_qrData, QrLevel(m_qrLevel));
                printImage(matrix.toImage(m_qrModule, 2));
            } else {
                return unknown(len);
            }
            return len;
        }
        return unknown(2);
    }
    if (quint8(c) < 0x20) {
        return unknown(1);
    }
    m_line.append(c);
    return 1;
}

void SimulatedPrinter::printLine()
{
    if (m_line.isEmpty()) {
        return;
    }
    if (!printing()) {
        m_line.clear(); // lost, as on a printer that stopped at paper end
        return;
    }
    QString text;
    if (m_chinese) {
        QStringDecoder gb18030("GB18030");
        text = gb18030.decode(m_line);
    } else {
        text = QString::fromLatin1(m_line);
    }
    m_line.clear();
    // The character generator of a GB18030 printer: a 12-dot cell for an ASCII character, 24 for any
    // other, magnified by GS !. A full row wraps to the next wherever that falls, as a real printer
    // does (which is why the encoder lays lines out itself: PaperLayout).
    QStringList rows{QString()};
    int x = 0;
    for (const QChar c : text) {
        const int w = (c.unicode() < 0x80 ? 12 : 24) * m_widthMul;
        if (x + w > m_width && !rows.last().isEmpty()) {
            rows.append(QString());
            x = 0;
        }
        rows.last() += c;
        x += w;
    }
    // The glyphs are drawn in the font's own spacing (tesseract reads them back in the tests), on a
    // line as wide as the paper allows at this magnification, aligned as ESC a said.
    const Qt::Alignment align =
        m_align == 1 ? Qt::AlignHCenter : (m_align == 2 ? Qt::AlignRight : Qt::AlignLeft);
    for (const QString& row : rows) {
        m_textLines << row;
        const int natural = QFontMetrics(TextRaster::font(24, m_bold)).horizontalAdvance(row);
        const QImage base =
            TextRaster::render(row, 24, m_bold, std::max(m_width / m_widthMul, natural + 2), align);
        printImage(base.scaled(base.width() * m_widthMul, base.height() * m_heightMul));
    }
}

void SimulatedPrinter::printImage(const QImage& image)
{
    if (!printing() || image.isNull()) {
        return;
    }
    const int x = m_align == 1 ? (m_width - image.width()) / 2 : (m_align == 2 ? m_width - image.width() : 0);
    // Only the part that still fits on the roll gets printed.
    const int rows = m_paperLeft < 0 ? image.height() : std::min(image.height(), m_paperLeft);
    ensureHeight(m_y + rows);
    QPainter painter(&m_paper);
    painter.drawImage(QPoint(std::max(0, x), m_y), image, QRect(0, 0, image.width(), rows));
    painter.end();
    advance(rows);
}

void SimulatedPrinter::advance(int dots)
{
    if (!printing()) {
        return;
    }
    if (m_paperLeft >= 0) {
        dots = std::min(dots, m_paperLeft);
        m_paperLeft -= dots;
    }
    m_y += dots;
    ensureHeight(m_y);
}

void SimulatedPrinter::ensureHeight(int bottom)
{
    if (bottom <= m_paper.height()) {
        return;
    }
    QImage grown(m_width, std::max(bottom, m_paper.height() * 2), QImage::Format_Grayscale8);
    grown.fill(255);
    QPainter painter(&grown);
    painter.drawImage(0, 0, m_paper);
    painter.end();
    m_paper = grown;
}

QImage SimulatedPrinter::currentPage() const
{
    return m_paper.copy(0, 0, m_width, std::max(m_y, 1));
}

void SimulatedPrinter::cutPage()
{
    printLine();
    if (!printing()) {
        return;
    }
    if (m_cutterJammed) {
        m_cutterError = true; // the blade stops; the printer goes offline until serviced
        return;
    }
    const QImage page = currentPage();
    m_pages << page;
    m_paper = QImage();
    m_y = 0;
    ensureHeight(1);
    if (!m_outputDir.isEmpty()) {
        QDir().mkpath(m_outputDir);
        m_lastSaved =
            QDir(m_outputDir)
                .filePath(QStringLiteral("ticket-%1.png").arg(m_pages.size(), 4, 10, QLatin1Char('0')));
        page.save(m_lastSaved);
    }
    emit pageCut(page);
}

void SimulatedPrinter::reset()
{
    m_line.clear();
    m_align = 0;
    m_widthMul = 1;
    m_heightMul = 1;
    m_bold = false;
    m_chinese = false;
    if (m_paper.isNull()) {
        m_paper = QImage(m_width, 256, QImage::Format_Grayscale8);
        m_paper.fill(255);
    }
}

} // namespace hall
