// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every printed line fits the paper of the printer profile (58 and 80 mm, raster and GB18030), read
// back from the simulated printer's paper: nothing clipped at the edges, no word, number or time
// broken across two lines, a booking code at the largest size that fits (on 58 mm the
// 8-character code was printed at 4× and cut at both edges, "养老服/务" and "08:30–/09:15").
#include "fixtures.h"
#include "printer/escposencoder.h"
#include "printer/paperlayout.h"
#include "printer/simulatedprinter.h"
#include "qr/codescanner.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>

using namespace hall;

namespace {

PrintedTicket bookingSlip()
{
    PrintedTicket t;
    t.centreName = QStringLiteral("某某市某某区和平街道社区事务受理服务中心");
    t.serviceName = QStringLiteral("补领证件与婚姻档案预约");
    t.number = QStringLiteral("K7Q2M9XA");
    t.issuedAt = QDateTime(QDate(2026, 11, 25), QTime(8, 30));
    t.timeLabel = QStringLiteral("预约时间");
    t.peopleAhead = -1;
    t.qrPayload = QStringLiteral("HALLBK1|main|K7Q2M9XA");
    t.qrCaption = QStringLiteral("签到时请扫描此码");
    t.notice = QStringLiteral("请双方携带身份证原件于 08:30–09:15 扫码签到，过时请到咨询台");
    return t;
}

PrintedTicket oneStopTicket()
{
    PrintedTicket t;
    t.centreName = QStringLiteral("和平街道社区事务受理服务中心");
    t.serviceName = QStringLiteral("结婚登记、补领证件与婚姻档案、养老服务");
    t.number = QStringLiteral("A012");
    t.issuedAt = QDateTime(QDate(2026, 11, 24), QTime(9, 30));
    t.peopleAhead = 12;
    t.waitMinutes = 125;
    t.qrPayload = QStringLiteral("hall:ticket/2026-11-24/A012");
    t.notice = QStringLiteral("过号请重新取号，请留意叫号；办理养老服务请带老年人优待证");
    return t;
}

/// Columns at the paper's very edges with ink: text cut off by the edge leaves ink there.
int inkAtEdges(const QImage& page)
{
    const QImage g = page.convertToFormat(QImage::Format_Grayscale8);
    int rows = 0;
    for (int y = 0; y < g.height(); ++y) {
        const uchar* line = g.constScanLine(y);
        rows += (line[0] < 128 || line[g.width() - 1] < 128) ? 1 : 0;
    }
    return rows;
}

/// True when `whole` appears within one printed row.
bool inOneRow(const QStringList& rows, const QString& whole)
{
    return std::any_of(rows.begin(), rows.end(), [&](const QString& r) { return r.contains(whole); });
}

} // namespace

TEST_CASE("paper: lines break between words and Chinese characters, never inside a time, code or name",
          "[paper]")
{
    const PaperLayout p58(384, &PaperLayout::cellWidth);
    const QStringList lines =
        p58.wrap(QStringLiteral("请双方携带身份证原件于 08:30–09:15 扫码签到，过时请到咨询台"), 1);
    INFO(lines.join(QLatin1Char('|')).toStdString());
    CHECK(inOneRow(lines, QStringLiteral("08:30–09:15")));
    for (const QString& line : lines) {
        CHECK(PaperLayout::cellWidth(line, 1) <= 384);
        CHECK_FALSE(line.startsWith(QStringLiteral("，")));
    }
    // A service name moves to the next line whole rather than leaving "养老服" behind.
    const QStringList names = p58.wrap(QStringLiteral("结婚登记、补领证件与婚姻档案、养老服务"), 2);
    INFO(names.join(QLatin1Char('|')).toStdString());
    CHECK(inOneRow(names, QStringLiteral("养老服务")));
    CHECK(inOneRow(names, QStringLiteral("结婚登记、")));
    // A code at 4× would fill 58 mm to the last dot (it was printed so, and cut at both edges):
    // 3× keeps a margin; 80 mm has room for 4×.
    CHECK(p58.fitScale(QStringLiteral("K7Q2M9XA"), 4) == 3);
    CHECK(PaperLayout(576, &PaperLayout::cellWidth).fitScale(QStringLiteral("K7Q2M9XA"), 4) == 4);
    CHECK(p58.fitScale(QStringLiteral("A012"), 4) == 4);
    // A word longer than any line is cut where the line is full: nothing is lost.
    const QStringList cut = p58.wrap(QString(40, QLatin1Char('8')), 1);
    CHECK(cut.join(QString()) == QString(40, QLatin1Char('8')));
    CHECK(cut.size() == 2);
}

TEST_CASE("paper: a booking slip and a one-stop ticket fit 58 and 80 mm paper, read back from the paper",
          "[paper]")
{
    const QString profileName = GENERATE(QStringLiteral("58mm-raster"), QStringLiteral("58mm-gb18030"),
                                         QStringLiteral("80mm-raster"), QStringLiteral("80mm-gb18030"));
    INFO("profile " << profileName.toStdString());
    const PrinterProfile profile = PrinterProfile::named(profileName);
    for (const PrintedTicket& t : {bookingSlip(), oneStopTicket()}) {
        INFO("ticket " << t.number.toStdString());
        SimulatedPrinter device(profile.dotsPerLine);
        CHECK(device.feed(EscPosEncoder(profile).ticket(t)).isEmpty());
        REQUIRE(device.pages().size() == 1);
        const QImage page = device.pages().first();
        CHECK(page.width() == profile.dotsPerLine);
        const int edges = inkAtEdges(page);
        std::printf("%s %s: %d x %d dots, %d rows with ink at an edge\n", qPrintable(profileName),
                    qPrintable(t.number), page.width(), page.height(), edges);
        if (profile.textMode == PrinterProfile::TextMode::Raster) {
            CHECK(edges == 0); // a font ROM's full row of Chinese touches the edges by design
        }
        for (const QString& row : device.textLines()) {
            CHECK(PaperLayout::cellWidth(row, 1) <= profile.dotsPerLine); // at scale 1 at least
        }
        CHECK(CodeScanner::decode(page) == t.qrPayload);
        if (profile.textMode == PrinterProfile::TextMode::Raster) {
            // The code is read back whole from the picture (GB18030: from the rows the printer
            // printed, below; tesseract misreads magnified font-ROM glyphs too often to rely on).
            const QString seen = test::ocr(page);
            INFO("OCR: " << seen.simplified().toStdString());
            CHECK(seen.simplified().remove(QLatin1Char(' ')).contains(t.number));
        }
        if (profile.textMode == PrinterProfile::TextMode::Gb18030) {
            // What the printer's character generator put in each row: the printer wrapped nothing
            // itself, so every time, code and name is in one row.
            const QStringList rows = device.textLines();
            INFO(rows.join(QLatin1Char('|')).toStdString());
            CHECK(inOneRow(rows, t.number));
            CHECK(rows.join(QString()).contains(t.centreName)); // long: broken between characters
            if (t.number == QLatin1String("K7Q2M9XA")) {
                CHECK(inOneRow(rows, QStringLiteral("08:30–09:15")));
                CHECK(inOneRow(rows, QStringLiteral("预约时间 2026-11-25 08:30")));
            } else {
                CHECK(inOneRow(rows, QStringLiteral("养老服务")));
                CHECK(inOneRow(rows, QStringLiteral("125")));
            }
            for (const QString& row : rows) {
                CHECK_FALSE(row.startsWith(QStringLiteral("，")));
            }
        }
    }
}
