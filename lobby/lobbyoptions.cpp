// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lobbyoptions.h"

#include "client/frontendoptions.h"

#include <QTime>

namespace hall {

namespace {

void declare(FrontEndOptionParser& p, LobbyOptions& o)
{
    p.addCommon(
        {o.url, o.device, o.token, o.windowSize, o.fullScreen, o.selfTest, o.caFile},
        {.program = QStringLiteral("hall-lobby: the lobby display (calls, windows, waiting figures, "
                                   "notices) and the voice that announces calls."),
         .device = QStringLiteral("This display's device name (default lobby-1)."),
         .token = QStringLiteral("Device token from `hall-admin device add --role display`."),
         .size = QStringLiteral("Window size WxH (default 1920x1080)."),
         .fullScreen = QStringLiteral("Full screen (the display's normal mode)."),
         .selfTest = QStringLiteral("Show the hall offscreen from the service, then exit 0 (ok) or 1.")});
    p.addRefusedRetry(o.refusedRetryMs, o.refusedRetryMaxMs);
    p.addText("notices", "JSON file of the public notices (default: the built-in ones).", o.noticesFile);
    // The voice's options are the keys of createAnnouncer, under the same names.
    p.addChoice("audio", "Voice: media (default, the sound card), silent (simulated) or none.",
                {QStringLiteral("media"), QStringLiteral("silent"), QStringLiteral("none")},
                [&o](const QString& v) { o.voice.insert(QStringLiteral("audio"), v); });
    p.addValue("voice-dir", "Directory of the voice clips (default: the built-in voice).",
               [&o](const QString& v) {
                   o.voice.insert(QStringLiteral("voiceDir"), v);
                   return true;
               });
    p.addInteger("repeat", "Times each call is spoken (default 2).", 1, 5,
                 [&o](int n) { o.voice.insert(QStringLiteral("repeat"), n); });
    p.addNumber("volume", "Volume 0.0-1.0 (default 1.0).", 0.0, 1.0,
                [&o](double v) { o.voice.insert(QStringLiteral("volume"), v); });
    // createAnnouncer reads these as HH:mm too; refusing them here names the flag.
    const auto quietTime = [&o](const char* key) {
        return [&o, key](const QString& v) {
            if (!QTime::fromString(v, QStringLiteral("HH:mm")).isValid()) {
                return false;
            }
            o.voice.insert(QString::fromLatin1(key), v);
            return true;
        };
    };
    p.addValue("quiet-from", "Quiet hours start, HH:mm hall time.", quietTime("quietFrom"));
    p.addValue("quiet-to", "Quiet hours end, HH:mm hall time.", quietTime("quietTo"));
    p.addNumber("quiet-volume", "Volume in quiet hours (0: calls are not spoken).", 0.0, 1.0,
                [&o](double v) { o.voice.insert(QStringLiteral("quietVolume"), v); });
    // The service keeps the last 10 calls.
    p.addInteger("calls", "Number of recent calls listed (default 6, 1-10).", 1, 10,
                 [&o](int n) { o.callsShown = n; });
    p.addChoice("language", "zh (default) or en.", {QStringLiteral("zh"), QStringLiteral("en")},
                [&o](const QString& v) { o.english = v == QLatin1String("en"); });
}

} // namespace

std::optional<QString> LobbyOptions::parse(const QStringList& arguments, LobbyOptions& out)
{
    return parseInto(arguments, out, &declare);
}

QString LobbyOptions::helpText()
{
    return helpTextOf(&declare);
}

} // namespace hall
