// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediaclipplayer.h"

#include "wavfile.h"

#include <QAudioOutput>
#include <QFile>
#include <QMediaPlayer>
#include <QUrl>

namespace hall {

void MediaClipPlayer::preferGStreamer()
{
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND")) {
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
    }
}

MediaClipPlayer::MediaClipPlayer(QObject* parent) : ClipPlayer(parent)
{
    preferGStreamer();
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::EndOfMedia) {
            onClipEnded(true, QString());
        } else if (status == QMediaPlayer::InvalidMedia) {
            onClipEnded(false, QStringLiteral("invalid media"));
        }
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString& message) { onClipEnded(false, message); });
}

void MediaClipPlayer::play(const QStringList& files)
{
    m_failed = false;
    m_error.clear();
    const std::optional<WavFile> joined = WavFile::join(files);
    if (joined && m_scratch.isValid()) {
        // Alternate names: the player may still hold the previous file while the new one is set.
        const QString path = m_scratch.filePath(QStringLiteral("utterance-%1.wav").arg(++m_utterance % 2));
        QFile out(path);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(joined->toBytes()) > 0) {
            out.close();
            m_queue = {path};
            m_player->setSource(QUrl()); // same path as two utterances ago: force a reload
            playNext();
            return;
        }
    }
    m_queue = files;
    playNext();
}

void MediaClipPlayer::playNext()
{
    if (m_queue.isEmpty()) {
        emit finished(!m_failed, m_error);
        return;
    }
    m_playing = true;
    m_player->setSource(QUrl::fromLocalFile(m_queue.takeFirst()));
    m_player->play();
}

void MediaClipPlayer::onClipEnded(bool ok, const QString& error)
{
    if (!m_playing) {
        return; // an error after the end, or a second status for the same clip
    }
    m_playing = false;
    if (!ok) {
        m_failed = true;
        m_error = error;
    }
    // Leave the status-change handler before touching the player again.
    QMetaObject::invokeMethod(this, &MediaClipPlayer::playNext, Qt::QueuedConnection);
}

void MediaClipPlayer::setVolume(float volume)
{
    m_output->setVolume(volume);
}

} // namespace hall
