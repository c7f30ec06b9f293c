// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printerstatus.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QObject>
#include <QStringList>

namespace hall {

/// A simulated thermal printer: consumes an ESC/POS byte stream (the subset EscPosEncoder emits),
/// prints it onto an image of the paper, answers DLE EOT status queries and cuts tickets into PNG
/// pages. Paper is finite: when the roll ends mid-ticket, printing stops there, like a real head,
/// and the status replies say so. Not a device driver: use it for tests, demos and kiosks without
/// a printer attached.
class SimulatedPrinter : public QObject
{
    Q_OBJECT

public:
    explicit SimulatedPrinter(int dotsPerLine = 384, QObject* parent = nullptr);

    /// Feeds bytes as they arrive from a link (commands may span calls). Returns the status reply
    /// bytes the printer sends back, in order.
    QByteArray feed(const QByteArray& bytes);

    /// Length of paper left on the roll, in dots (8 dots = 1 mm). Negative: unlimited.
    void loadPaper(int dots);
    int paperLeft() const { return m_paperLeft; }
    void setCoverOpen(bool open);
    void setCutterJammed(bool jammed) { m_cutterJammed = jammed; }
    void setNearEndMargin(int dots) { m_nearEndMargin = dots; }

    /// Every cut ticket so far.
    const QList<QImage>& pages() const { return m_pages; }
    /// What is on the paper since the last cut (a torn-off partial ticket after paper end).
    QImage currentPage() const;
    /// Text printed in text mode since the start, one entry per printed row (decoded from GB18030;
    /// a line longer than the paper shows as the rows the printer wrapped it into).
    const QStringList& textLines() const { return m_textLines; }
    /// Commands outside the known subset, as hex; a correct encoder leaves this empty.
    const QStringList& unknownCommands() const { return m_unknown; }

    /// Saves each page as ticket-NNNN.png here as it is cut; empty: keep in memory only.
    void setOutputDirectory(const QString& dir) { m_outputDir = dir; }
    QString lastSavedFile() const { return m_lastSaved; }

    /// Status as the replies to DLE EOT 1-4 would describe it.
    PrinterStatus status() const;

signals:
    void pageCut(const QImage& page);

private:
    int parseOne(const QByteArray& b, int at, QByteArray& replies);
    quint8 statusReply(int kind) const;
    void printLine();
    void printImage(const QImage& image);
    void advance(int dots);
    void ensureHeight(int bottom);
    void cutPage();
    void reset();
    bool printing() const;

    int m_width;
    QByteArray m_pending;
    QImage m_paper;
    int m_y = 0;
    QByteArray m_line;
    int m_align = 0;
    int m_widthMul = 1;
    int m_heightMul = 1;
    bool m_bold = false;
    bool m_chinese = false;
    QByteArray m_qrData;
    int m_qrModule = 3;
    int m_qrLevel = 0;
    int m_paperLeft = -1;
    int m_nearEndMargin = 0;
    bool m_coverOpen = false;
    bool m_cutterJammed = false;
    bool m_cutterError = false;
    QList<QImage> m_pages;
    QStringList m_textLines;
    QStringList m_unknown;
    QString m_outputDir;
    QString m_lastSaved;
};

} // namespace hall
