// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcerfactory.h"

#include "mediaclipplayer.h"
#include "silentclipplayer.h"

namespace hall {

std::unique_ptr<Announcer> createAnnouncer(const QVariantMap& config, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error) {
            *error = why;
        }
        return std::unique_ptr<Announcer>();
    };
    QString problem;
    const VoicePack pack = VoicePack::load(
        config.value(QStringLiteral("voiceDir"), VoicePack::defaultDirectory()).toString(), &problem);
    if (pack.isEmpty()) {
        return fail(problem);
    }
    const QString audio = config.value(QStringLiteral("audio"), QStringLiteral("media")).toString();
    std::unique_ptr<ClipPlayer> player;
    if (audio == QLatin1String("media")) {
        player = std::make_unique<MediaClipPlayer>();
    } else if (audio == QLatin1String("silent")) {
        player = std::make_unique<SilentClipPlayer>();
    } else {
        return fail(QStringLiteral("unknown audio backend: ") + audio);
    }
    auto announcer = std::make_unique<Announcer>(pack, std::move(player));
    announcer->setRepeat(config.value(QStringLiteral("repeat"), 2).toInt());
    announcer->setVolume(config.value(QStringLiteral("volume"), 1.0).toDouble());
    if (config.contains(QStringLiteral("quietFrom")) || config.contains(QStringLiteral("quietTo"))) {
        const QTime from =
            QTime::fromString(config.value(QStringLiteral("quietFrom")).toString(), QStringLiteral("HH:mm"));
        const QTime to =
            QTime::fromString(config.value(QStringLiteral("quietTo")).toString(), QStringLiteral("HH:mm"));
        if (!from.isValid() || !to.isValid()) {
            return fail(QStringLiteral("quietFrom and quietTo must be HH:mm"));
        }
        announcer->setQuietHours(from, to, config.value(QStringLiteral("quietVolume"), 0.0).toDouble());
    }
    return announcer;
}

} // namespace hall
