// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Ticket render + ESC/POS encode time per printer profile (text and QR drawn, raster packed), and
// what the simulated printer takes to decode the stream back into a picture.
#include "printer/escposencoder.h"
#include "printer/simulatedprinter.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <cstdio>

using namespace hall;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    PrintedTicket t;
    t.centreName = QStringLiteral("和平街道社区事务受理服务中心");
    t.number = QStringLiteral("A012");
    t.serviceName = QStringLiteral("结婚登记");
    t.issuedAt = QDateTime(QDate(2026, 11, 24), QTime(9, 30));
    t.peopleAhead = 5;
    t.waitMinutes = 25;
    t.qrPayload = QStringLiteral("https://hall.example.cn/t/20261124/A012?k=7f3a");
    t.notice = QStringLiteral("过号请重新取号，请留意叫号");

    std::printf("bench-ticket-render: one ticket, render + ESC/POS encode (the kiosk's cost per ticket)\n");
    for (const char* name : {"58mm-raster", "58mm-gb18030", "80mm-raster", "80mm-gb18030"}) {
        const PrinterProfile profile = PrinterProfile::named(QString::fromLatin1(name));
        EscPosEncoder(profile).ticket(t); // font and glyph caches warm, as in a running kiosk
        QElapsedTimer timer;
        timer.start();
        int runs = 0;
        qsizetype bytes = 0;
        while (timer.elapsed() < 1500 || runs < 20) {
            bytes = EscPosEncoder(profile).ticket(t).size();
            ++runs;
        }
        const double encodeMs = double(timer.nsecsElapsed()) / 1e6 / runs;
        const QByteArray stream = EscPosEncoder(profile).ticket(t);
        timer.restart();
        int decodes = 0;
        while (timer.elapsed() < 1000 || decodes < 10) {
            SimulatedPrinter printer(profile.dotsPerLine);
            printer.feed(stream);
            ++decodes;
        }
        const double decodeMs = double(timer.nsecsElapsed()) / 1e6 / decodes;
        std::printf("%-13s render+encode %8.3f ms/ticket  %6lld bytes  simulated printer decode %7.3f ms\n",
                    name, encodeMs, static_cast<long long>(bytes), decodeMs);
    }
    return 0;
}
