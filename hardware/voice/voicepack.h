// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace hall {

/// A directory of short clips, one file per key (see callphrase::requiredKeys()): `qing.wav` (请),
/// `d0.wav`…`d9.wav` (零…九), `A.wav`…`Z.wav`, `chime.wav`, … . WAV must be 16-bit PCM; a recorded
/// pack may also use .ogg or .mp3. Replacing the directory changes the voice without code changes.
/// Guidance clips (`guide_*`, whole sentences for a kiosk's elderly mode) are optional: every such
/// file in the directory is loaded.
class VoicePack
{
public:
    /// Loads `directory`; on failure returns an empty pack and names the missing clips in `error`.
    static VoicePack load(const QString& directory, QString* error = nullptr);
    /// $HALL_VOICE_DIR if set, else the pack generated at build time (espeak-ng).
    static QString defaultDirectory();

    bool isEmpty() const { return m_files.isEmpty(); }
    QString directory() const { return m_directory; }
    /// Absolute file of a clip, empty if the pack lacks it.
    QString file(const QString& key) const { return m_files.value(key); }

private:
    QString m_directory;
    QHash<QString, QString> m_files;
};

} // namespace hall
