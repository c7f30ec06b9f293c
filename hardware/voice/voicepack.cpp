// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "voicepack.h"

#include "callphrase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace hall {

VoicePack VoicePack::load(const QString& directory, QString* error)
{
    static const QStringList kExtensions{QStringLiteral("wav"), QStringLiteral("ogg"), QStringLiteral("mp3")};
    VoicePack pack;
    const QDir dir(directory);
    QStringList missing;
    for (const QString& key : callphrase::requiredKeys()) {
        QString found;
        for (const QString& ext : kExtensions) {
            const QFileInfo info(dir.filePath(key + QLatin1Char('.') + ext));
            if (info.isFile() && info.size() > 0) {
                found = info.absoluteFilePath();
                break;
            }
        }
        if (found.isEmpty()) {
            missing << key;
        } else {
            pack.m_files.insert(key, found);
        }
    }
    if (!missing.isEmpty()) {
        if (error) {
            *error = QStringLiteral("voice pack %1 lacks clips: %2")
                         .arg(directory, missing.join(QLatin1Char(' ')));
        }
        return {};
    }
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("guide_*")}, QDir::Files, QDir::Name)) {
        if (kExtensions.contains(info.suffix()) && info.size() > 0 &&
            !pack.m_files.contains(info.baseName())) {
            pack.m_files.insert(info.baseName(), info.absoluteFilePath());
        }
    }
    pack.m_directory = dir.absolutePath();
    return pack;
}

QString VoicePack::defaultDirectory()
{
    const QString configured = qEnvironmentVariable("HALL_VOICE_DIR");
    if (!configured.isEmpty()) {
        return configured;
    }
    // Installed (package servicehall-voice): beside the program, in ../share; else the build tree's.
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/servicehall/voice/default");
    return QFileInfo::exists(installed + QStringLiteral("/chime.wav"))
               ? QDir(installed).absolutePath()
               : QStringLiteral(HALL_DEFAULT_VOICE_DIR);
}

} // namespace hall
