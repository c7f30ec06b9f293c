// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clipplayer.h"

#include <QTemporaryDir>

class QAudioOutput;
class QMediaPlayer;

namespace hall {

/// Real audio through Qt Multimedia's QMediaPlayer on the GStreamer backend (PulseAudio or ALSA
/// output). QSoundEffect is not used: it never finishes without a PulseAudio server. Clips of one
/// PCM format are joined into a single WAV and played as one source: starting a GStreamer pipeline
/// costs more than a second here, which between words would be an audible gap. Other packs (.ogg,
/// mixed formats) are played clip by clip.
class MediaClipPlayer : public ClipPlayer
{
    Q_OBJECT

public:
    explicit MediaClipPlayer(QObject* parent = nullptr);
    void play(const QStringList& files) override;
    void setVolume(float volume) override;

    /// Call before the first Qt Multimedia object exists: pins the GStreamer backend (Qt 6.4's
    /// ffmpeg backend crashed on this platform) unless QT_MEDIA_BACKEND says otherwise.
    static void preferGStreamer();

private:
    void playNext();
    void onClipEnded(bool ok, const QString& error);

    QMediaPlayer* m_player;
    QAudioOutput* m_output;
    QTemporaryDir m_scratch;
    QStringList m_queue;
    int m_utterance = 0;
    bool m_playing = false;
    bool m_failed = false;
    QString m_error;
};

} // namespace hall
