// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "printer/devicefileprinterlink.h"
#include "printer/escpos.h"
#include "printer/escposencoder.h"
#include "printer/escposprinter.h"
#include "printer/loopbackprinterserver.h"
#include "printer/printerlink.h"
#include "printer/simulatedprinter.h"
#include "printer/simulatedprinterlink.h"
#include "printer/tcpprinterlink.h"
#include "printer/ticketpreview.h"
#include "printer/ticketprinterfactory.h"
#include "qr/codescanner.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace hall;

namespace {

PrintedTicket sampleTicket()
{
    PrintedTicket t;
    t.centreName = QStringLiteral("和平街道社区事务受理服务中心");
    t.number = QStringLiteral("A012");
    t.serviceName = QStringLiteral("结婚登记");
    t.issuedAt = QDateTime(QDate(2026, 11, 24), QTime(9, 30));
    t.peopleAhead = 5;
    t.waitMinutes = 25;
    t.qrPayload = QStringLiteral("https://hall.example.cn/t/20261124/A012?k=7f3a");
    t.notice = QStringLiteral("过号请重新取号，请留意叫号");
    return t;
}

std::unique_ptr<EscPosPrinter> simulatedPrinter(SimulatedPrinter& device)
{
    auto printer = std::make_unique<EscPosPrinter>(std::make_unique<SimulatedPrinterLink>(&device),
                                                   PrinterProfile::named(QStringLiteral("58mm-gb18030")));
    printer->setReplyTimeout(2000);
    return printer;
}

void waitUntilReady(TicketPrinter& printer)
{
    QSignalSpy changed(&printer, &TicketPrinter::statusChanged);
    printer.start();
    REQUIRE((printer.isReady() || changed.wait(3000)));
    REQUIRE(printer.isReady());
}

} // namespace

TEST_CASE("ticket byte stream prints on the simulated printer with a readable QR and number", "[printer]")
{
    const QString profileName = GENERATE(QStringLiteral("58mm-raster"), QStringLiteral("58mm-gb18030"),
                                         QStringLiteral("80mm-raster"), QStringLiteral("80mm-gb18030"));
    INFO("profile " << profileName.toStdString());
    const PrinterProfile profile = PrinterProfile::named(profileName);
    const PrintedTicket ticket = sampleTicket();
    QTemporaryDir out;
    SimulatedPrinter device(profile.dotsPerLine);
    device.setOutputDirectory(out.path());

    CHECK(device.feed(EscPosEncoder(profile).ticket(ticket)).isEmpty());

    CHECK(device.unknownCommands().isEmpty());
    REQUIRE(device.pages().size() == 1);
    const QImage png(device.lastSavedFile());
    REQUIRE_FALSE(png.isNull());
    CHECK(png.width() == profile.dotsPerLine);
    CHECK(CodeScanner::decode(png) == ticket.qrPayload);
    // The number is read back from the picture by OCR, whichever way the text was sent.
    const QString seen = test::ocr(png);
    INFO("OCR: " << seen.simplified().toStdString());
    CHECK(seen.contains(ticket.number));
    CHECK_FALSE(seen.contains(QStringLiteral("B034")));
    if (profile.textMode == PrinterProfile::TextMode::Gb18030) {
        // Text went over the wire as GB18030 and came back as the same Chinese text.
        CHECK(device.textLines().contains(ticket.centreName));
        CHECK(device.textLines().contains(ticket.number));
        CHECK(device.textLines().contains(ticket.serviceName));
    } else {
        CHECK(device.textLines().isEmpty());
    }
}

TEST_CASE("a booking confirmation has no wait line and says what its time and QR code mean", "[printer]")
{
    const PrinterProfile profile = PrinterProfile::named(QStringLiteral("58mm-gb18030"));
    PrintedTicket queueTicket = sampleTicket();
    SimulatedPrinter plain;
    plain.feed(EscPosEncoder(profile).ticket(queueTicket));
    CHECK(plain.textLines().contains(QStringLiteral("扫码查看排队进度")));
    CHECK(plain.textLines().contains(QStringLiteral("取号时间 2026-11-24 09:30")));

    PrintedTicket confirmation = sampleTicket();
    confirmation.peopleAhead = -1;
    confirmation.timeLabel = QStringLiteral("预约时间");
    confirmation.qrCaption = QStringLiteral("签到时请扫描此码");
    SimulatedPrinter device;
    device.feed(EscPosEncoder(profile).ticket(confirmation));
    const QStringList lines = device.textLines();
    CHECK(lines.contains(QStringLiteral("预约时间 2026-11-24 09:30")));
    CHECK(lines.contains(QStringLiteral("签到时请扫描此码")));
    CHECK_FALSE(lines.contains(QStringLiteral("扫码查看排队进度")));
    for (const QString& line : lines) {
        CHECK_FALSE(line.startsWith(QStringLiteral("前面还有")));
    }
    REQUIRE(device.pages().size() == 1);
    CHECK(CodeScanner::decode(device.pages().first()) == confirmation.qrPayload);
}

TEST_CASE("simulated printer decodes a stream that arrives one byte at a time", "[printer]")
{
    const PrinterProfile profile = PrinterProfile::named(QStringLiteral("58mm-gb18030"));
    const QByteArray stream = EscPosEncoder(profile).ticket(sampleTicket());
    SimulatedPrinter whole;
    whole.feed(stream);
    SimulatedPrinter trickle;
    for (char c : stream) {
        trickle.feed(QByteArray(1, c));
    }
    REQUIRE(trickle.pages().size() == 1);
    CHECK(trickle.pages().first() == whole.pages().first());
    CHECK(trickle.unknownCommands().isEmpty());
}

TEST_CASE("simulated printer records commands outside the subset", "[printer]")
{
    SimulatedPrinter device;
    device.feed(QByteArray("\x1b\x74\x07", 3)); // ESC t (code page select, not in our subset) and a BEL
    CHECK(device.unknownCommands().size() == 2);
}

TEST_CASE("network printer over loopback TCP prints and reports status", "[printer]")
{
    LoopbackPrinterServer server;
    const quint16 port = server.listen();
    REQUIRE(port != 0);
    QString error;
    auto printer =
        createTicketPrinter({{QStringLiteral("backend"), QStringLiteral("escpos")},
                             {QStringLiteral("address"), QStringLiteral("tcp://127.0.0.1:%1").arg(port)},
                             {QStringLiteral("profile"), QStringLiteral("58mm-raster")}},
                            &error);
    REQUIRE(printer);
    waitUntilReady(*printer);
    QSignalSpy finished(printer.get(), &TicketPrinter::jobFinished);
    const int job = printer->print(sampleTicket());
    REQUIRE(finished.wait(5000));
    CHECK(finished.at(0).at(0).toInt() == job);
    CHECK(finished.at(0).at(1).toBool());
    REQUIRE(server.printer().pages().size() == 1);
    CHECK(server.bytesReceived() > 1000);
    CHECK(CodeScanner::decode(server.printer().pages().first()) == sampleTicket().qrPayload);
}

TEST_CASE("status reply bits map to the status property", "[printer]")
{
    using namespace escpos;
    PrinterStatus s;
    applyStatusByte(s, StatusKind::Printer, kStatusFixed);
    CHECK(s.known);
    CHECK(s.online);
    applyStatusByte(s, StatusKind::Printer, kStatusFixed | kPrinterOffline);
    CHECK_FALSE(s.online);
    applyStatusByte(s, StatusKind::OfflineCause, kStatusFixed | kOfflineCoverOpen);
    CHECK(s.coverOpen);
    applyStatusByte(s, StatusKind::ErrorCause, kStatusFixed | kErrorCutter);
    CHECK(s.cutterError);
    CHECK_FALSE(s.unrecoverableError);
    applyStatusByte(s, StatusKind::PaperSensor, kStatusFixed | kPaperNearEnd);
    CHECK(s.paperNearEnd);
    CHECK_FALSE(s.paperEnd);
    applyStatusByte(s, StatusKind::PaperSensor, kStatusFixed | kPaperEnd);
    CHECK(s.paperEnd);
    CHECK_FALSE(s.canPrint());
    CHECK(s.text().contains(QStringLiteral("缺纸")));
    CHECK(s.text().contains(QStringLiteral("切刀故障")));
    CHECK(isStatusByte(0x12));
    CHECK_FALSE(isStatusByte(0x41));
}

TEST_CASE("paper running out mid-ticket is reported, not silent", "[printer]")
{
    SimulatedPrinter device;
    device.loadPaper(200); // 25 mm: less than one ticket
    auto printer = simulatedPrinter(device);
    waitUntilReady(*printer);
    QSignalSpy changed(printer.get(), &TicketPrinter::statusChanged);
    QSignalSpy finished(printer.get(), &TicketPrinter::jobFinished);
    printer->print(sampleTicket());
    REQUIRE(finished.wait(3000));
    CHECK_FALSE(finished.at(0).at(1).toBool());
    CHECK(finished.at(0).at(2).toString().contains(QStringLiteral("缺纸")));
    REQUIRE(changed.size() >= 1);
    CHECK(changed.last().at(0).value<PrinterStatus>().paperEnd);
    CHECK(printer->status().paperEnd);
    CHECK_FALSE(printer->isReady());
    CHECK(device.pages().isEmpty());
    CHECK(device.currentPage().height() == 200); // the torn-off part that did print

    // Known out of paper: the next job fails at once, without sending anything.
    finished.clear();
    printer->print(sampleTicket());
    REQUIRE(finished.wait(1000));
    CHECK_FALSE(finished.at(0).at(1).toBool());

    device.loadPaper(-1); // staff changed the roll
    printer->refreshStatus();
    REQUIRE(changed.wait(2000));
    CHECK(printer->isReady());
}

TEST_CASE("an open cover and a cutter jam show up in the status", "[printer]")
{
    SimulatedPrinter device;
    auto printer = simulatedPrinter(device);
    waitUntilReady(*printer);
    QSignalSpy changed(printer.get(), &TicketPrinter::statusChanged);
    device.setCoverOpen(true);
    printer->refreshStatus();
    REQUIRE(changed.wait(2000));
    CHECK(printer->status().coverOpen);
    CHECK_FALSE(printer->status().online);
    device.setCoverOpen(false);
    printer->refreshStatus();
    REQUIRE(changed.wait(2000));
    CHECK(printer->isReady());

    device.setCutterJammed(true);
    QSignalSpy finished(printer.get(), &TicketPrinter::jobFinished);
    printer->print(sampleTicket());
    REQUIRE(finished.wait(2000));
    CHECK_FALSE(finished.at(0).at(1).toBool());
    CHECK(finished.at(0).at(2).toString().contains(QStringLiteral("切刀故障")));
    CHECK(printer->status().cutterError);
}

TEST_CASE("a printer that stops answering fails the job and becomes unknown", "[printer]")
{
    LoopbackPrinterServer server;
    const quint16 port = server.listen();
    REQUIRE(port != 0);
    EscPosPrinter printer(std::make_unique<TcpPrinterLink>(QStringLiteral("127.0.0.1"), port),
                          PrinterProfile::named(QStringLiteral("58mm-gb18030")));
    waitUntilReady(printer);
    printer.setReplyTimeout(300);
    server.setSilent(true);
    QSignalSpy finished(&printer, &TicketPrinter::jobFinished);
    printer.print(sampleTicket());
    REQUIRE(finished.wait(3000));
    CHECK_FALSE(finished.at(0).at(1).toBool());
    CHECK(finished.at(0).at(2).toString() == QStringLiteral("打印机无响应"));
    CHECK_FALSE(printer.status().known);
}

TEST_CASE("printer configuration is checked", "[printer]")
{
    QString error;
    CHECK_FALSE(createTicketPrinter({{QStringLiteral("address"), QStringLiteral("lpt:1")}}, &error));
    CHECK(error.contains(QStringLiteral("scheme")));
    CHECK_FALSE(createTicketPrinter({{QStringLiteral("backend"), QStringLiteral("simulated")},
                                     {QStringLiteral("profile"), QStringLiteral("90mm-raster")}},
                                    &error));
    CHECK(error.contains(QStringLiteral("profile")));
    CHECK(PrinterLink::fromUrl(QStringLiteral("serial:/dev/ttyUSB0?baud=9600"))->describe() ==
          QStringLiteral("serial:/dev/ttyUSB0?baud=9600"));
    CHECK(PrinterLink::fromUrl(QStringLiteral("file:///dev/usb/lp0"))->describe() ==
          QStringLiteral("file:///dev/usb/lp0"));

    QTemporaryDir out;
    auto printer = createTicketPrinter({{QStringLiteral("backend"), QStringLiteral("simulated")},
                                        {QStringLiteral("profile"), QStringLiteral("80mm-gb18030")},
                                        {QStringLiteral("qr"), QStringLiteral("raster")},
                                        {QStringLiteral("outputDir"), out.path()}},
                                       &error);
    REQUIRE(printer);
    waitUntilReady(*printer);
    QSignalSpy finished(printer.get(), &TicketPrinter::jobFinished);
    printer->print(sampleTicket());
    REQUIRE(finished.wait(2000));
    CHECK(finished.at(0).at(1).toBool());
    CHECK(QFile::exists(out.filePath(QStringLiteral("ticket-0001.png"))));
}

TEST_CASE("a device-file printer that cannot be opened reports it", "[printer]")
{
    EscPosPrinter printer(std::make_unique<DeviceFilePrinterLink>(QStringLiteral("/nonexistent/lp0")),
                          PrinterProfile());
    QSignalSpy finished(&printer, &TicketPrinter::jobFinished);
    printer.start();
    printer.print(sampleTicket());
    REQUIRE(finished.wait(1000));
    CHECK_FALSE(finished.at(0).at(1).toBool());
    CHECK_FALSE(printer.status().known);
}

TEST_CASE("a network printer that restarts is noticed and reconnected", "[printer]")
{
    auto server = std::make_unique<LoopbackPrinterServer>();
    const quint16 port = server->listen();
    REQUIRE(port != 0);
    EscPosPrinter printer(std::make_unique<TcpPrinterLink>(QStringLiteral("127.0.0.1"), port),
                          PrinterProfile::named(QStringLiteral("58mm-gb18030")));
    waitUntilReady(printer);
    QSignalSpy changed(&printer, &TicketPrinter::statusChanged);

    server.reset(); // switched off: the connection drops
    REQUIRE(changed.wait(3000));
    CHECK_FALSE(printer.status().known);

    server = std::make_unique<LoopbackPrinterServer>();
    REQUIRE(server->listen(port) == port);
    printer.refreshStatus(); // the next poll reconnects
    REQUIRE(changed.wait(3000));
    CHECK(printer.isReady());
    QSignalSpy finished(&printer, &TicketPrinter::jobFinished);
    printer.print(sampleTicket());
    REQUIRE(finished.wait(3000));
    CHECK(finished.at(0).at(1).toBool());
    CHECK(server->printer().pages().size() == 1);
}

TEST_CASE("the on-screen ticket looks like the printed one", "[printer]")
{
    const PrintedTicket ticket = sampleTicket();
    const QImage screen = TicketPreview::render(ticket, 576);
    REQUIRE_FALSE(screen.isNull());
    CHECK(screen.width() == 576);
    CHECK(CodeScanner::decode(screen) == ticket.qrPayload);
    CHECK(test::ocr(screen).contains(ticket.number));

    SimulatedPrinter paper(576);
    paper.feed(EscPosEncoder(PrinterProfile::named(QStringLiteral("80mm-raster"))).ticket(ticket));
    REQUIRE(paper.pages().size() == 1);
    // Same picture; the paper only has the longer feed before the cut.
    CHECK(paper.pages().first().copy(screen.rect()) == screen);
}
