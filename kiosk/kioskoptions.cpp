// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskoptions.h"

#include "client/frontendoptions.h"

#include <climits>

namespace hall {

namespace {

void declare(FrontEndOptionParser& p, KioskOptions& o)
{
    p.addCommon({o.url, o.device, o.token, o.windowSize, o.fullScreen, o.selfTest, o.caFile},
                {.program = QStringLiteral("hall-kiosk: the resident kiosk (take a ticket)."),
                 .device = QStringLiteral("This kiosk's device name (default kiosk-1)."),
                 .token = QStringLiteral("Device token from `hall-admin device add --role kiosk`."),
                 .size = QStringLiteral("Window size WxH (default 1080x1920, portrait)."),
                 .fullScreen = QStringLiteral("Full screen (the kiosk's normal mode)."),
                 .selfTest = QStringLiteral(
                     "Take one ticket offscreen against the service, then exit 0 (ok) or 1.")});
    p.addRefusedRetry(o.refusedRetryMs, o.refusedRetryMaxMs);
    // The printer's and the voice's options are keys of createTicketPrinter / createAnnouncer.
    const auto printerKey = [&o](const char* key) {
        return [&o, key](const QString& v) {
            o.printer.insert(QString::fromLatin1(key), v);
            return true;
        };
    };
    p.addChoice("printer", "Printer backend: simulated (default), escpos or none.",
                {QStringLiteral("simulated"), QStringLiteral("escpos"), QStringLiteral("none")},
                [&o](const QString& v) { o.printer.insert(QStringLiteral("backend"), v); });
    p.addValue("printer-address", "escpos: tcp://host:9100, file:///dev/usb/lp0, serial:/dev/ttyUSB0.",
               printerKey("address"));
    p.addValue("printer-profile", "58mm-raster (default), 58mm-gb18030, 80mm-raster, 80mm-gb18030.",
               printerKey("profile"));
    p.addValue("printer-output", "simulated: directory for the printed tickets as PNG.",
               printerKey("outputDir"));
    p.addInteger("paper-dots", "simulated: length of the paper roll in dots (default unlimited).", 0, INT_MAX,
                 [&o](int dots) { o.printer.insert(QStringLiteral("paperDots"), dots); });
    p.addValue("idcard-file", "Simulated ID-card reader serving the identities of this JSON file.",
               [&o](const QString& v) {
                   o.idCard = {{QStringLiteral("backend"), QStringLiteral("simulated")},
                               {QStringLiteral("file"), v}};
                   return true;
               });
    p.addValue("camera",
               "Check-in QR camera: none (default), default, a camera id, or simulated:IMAGE (a still image "
               "as video).",
               [&o](const QString& v) {
                   const QString camera = v.trimmed();
                   if (camera.isEmpty() || camera == QLatin1String("simulated:")) {
                       return false;
                   }
                   o.camera = camera;
                   return true;
               });
    p.addChoice("voice", "Voice guidance in elderly mode: media (default), silent (simulated) or none.",
                {QStringLiteral("media"), QStringLiteral("silent"), QStringLiteral("none")},
                [&o](const QString& v) {
                    if (v == QLatin1String("none")) {
                        o.voice.clear();
                    } else {
                        o.voice.insert(QStringLiteral("audio"), v);
                    }
                });
    p.addValue("voice-dir", "Directory of voice clips (default: the pack built with the kiosk).",
               [&o](const QString& v) {
                   o.voice.insert(QStringLiteral("voiceDir"), v);
                   return true;
               });
    p.addInteger("idle-seconds",
                 "Return home after this long without a touch (default 60; doubled for elderly mode).", 1,
                 INT_MAX / 1000, [&o](int seconds) { o.journey.idleTimeoutMs = seconds * 1000; });
    p.addText("follow-url", "QR payload on tickets; {day} and {number} are replaced.", o.journey.followUrl);
}

} // namespace

std::optional<QString> KioskOptions::parse(const QStringList& arguments, KioskOptions& out)
{
    return parseInto(arguments, out, &declare);
}

QString KioskOptions::helpText()
{
    return helpTextOf(&declare);
}

} // namespace hall
