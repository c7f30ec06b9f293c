// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The device-file and serial transports against a pseudo-terminal: the kernel's tty pair stands in
// for /dev/usb/lp0 or /dev/ttyUSB0, with a SimulatedPrinter on the other end.
#include "printer/devicefileprinterlink.h"
#include "printer/escposprinter.h"
#include "printer/printerlink.h"
#include "printer/simulatedprinter.h"
#include "qr/codescanner.h"

#include <QSignalSpy>
#include <QSocketNotifier>

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

using namespace hall;

namespace {

/// A printer behind a pty: the test owns the master side, the link opens the slave device path.
class PtyPrinter
{
public:
    PtyPrinter()
    {
        m_master = ::posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
        if (m_master < 0 || ::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0) {
            return;
        }
        termios raw{};
        ::tcgetattr(m_master, &raw);
        ::cfmakeraw(&raw); // bytes pass unchanged: no echo, no CR/LF translation
        ::tcsetattr(m_master, TCSANOW, &raw);
        m_path = QString::fromLocal8Bit(::ptsname(m_master));
        m_notifier = std::make_unique<QSocketNotifier>(m_master, QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [this] {
            char buffer[4096];
            const ssize_t n = ::read(m_master, buffer, sizeof buffer);
            if (n > 0) {
                const QByteArray replies = device.feed(QByteArray(buffer, qsizetype(n)));
                if (!replies.isEmpty()) {
                    REQUIRE(::write(m_master, replies.constData(), size_t(replies.size())) == replies.size());
                }
            }
        });
    }
    ~PtyPrinter()
    {
        m_notifier.reset();
        if (m_master >= 0) {
            ::close(m_master);
        }
    }
    QString path() const { return m_path; }

    SimulatedPrinter device;

private:
    int m_master = -1;
    QString m_path;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

PrintedTicket ticket()
{
    PrintedTicket t;
    t.centreName = QStringLiteral("和平街道社区事务受理服务中心");
    t.number = QStringLiteral("D027");
    t.serviceName = QStringLiteral("社会救助");
    t.issuedAt = QDateTime(QDate(2026, 11, 24), QTime(10, 5));
    t.peopleAhead = 2;
    t.qrPayload = QStringLiteral("https://hall.example.cn/t/20261124/D027");
    return t;
}

void printThrough(std::unique_ptr<PrinterLink> link, PtyPrinter& pty)
{
    EscPosPrinter printer(std::move(link), PrinterProfile::named(QStringLiteral("58mm-raster")));
    QSignalSpy changed(&printer, &TicketPrinter::statusChanged);
    printer.start();
    REQUIRE((printer.isReady() || changed.wait(3000)));
    QSignalSpy finished(&printer, &TicketPrinter::jobFinished);
    printer.print(ticket());
    REQUIRE(finished.wait(5000));
    CHECK(finished.at(0).at(1).toBool());
    REQUIRE(pty.device.pages().size() == 1);
    CHECK(CodeScanner::decode(pty.device.pages().first()) == ticket().qrPayload);

    pty.device.loadPaper(0); // the roll runs out between tickets: the next poll tells
    printer.refreshStatus();
    REQUIRE(changed.wait(3000));
    CHECK(printer.status().paperEnd);
}

} // namespace

TEST_CASE("device-file printer link prints and reads status through a tty device", "[printer]")
{
    PtyPrinter pty;
    REQUIRE_FALSE(pty.path().isEmpty());
    printThrough(std::make_unique<DeviceFilePrinterLink>(pty.path()), pty);
}

TEST_CASE("serial printer link prints and reads status through a tty device", "[printer]")
{
    PtyPrinter pty;
    REQUIRE_FALSE(pty.path().isEmpty());
    auto link = PrinterLink::fromUrl(QStringLiteral("serial:%1?baud=115200").arg(pty.path()));
    REQUIRE(link);
    printThrough(std::move(link), pty);
}
