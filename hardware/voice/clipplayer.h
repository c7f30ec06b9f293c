#pragma once

#include <QObject>
#include <QStringList>
#include <QTemporaryDir>

class QAudioOutput;
class QMediaPlayer;
class QTimer;

namespace hall {

/// Plays one utterance (a sequence of clips) at a time; every play() is answered by exactly one
/// finished().
class ClipPlayer : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void play(const QStringList& files) = 0;
    /// 0.0 (silent) to 1.0, applied from the next utterance on.
    virtual void setVolume(float volume) = 0;

signals:
    void finished(bool ok, const QString& error);
};

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

/// The simulated audio device: plays nothing, but takes as long as the WAV clips last, so the
/// announcer's queueing and timing behave as with real audio. For kiosks and test rigs without a
/// sound card.
class SilentClipPlayer : public ClipPlayer
{
    Q_OBJECT

public:
    explicit SilentClipPlayer(QObject* parent = nullptr);
    void play(const QStringList& files) override;
    void setVolume(float) override {}

private:
    QTimer* m_timer;
};

} // namespace hall
