// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "silentclipplayer.h"

#include "wavfile.h"

#include <QTimer>

namespace hall {

SilentClipPlayer::SilentClipPlayer(QObject* parent) : ClipPlayer(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    // A coarse timer may fire 5% early: a 5 s call would end 250 ms before real audio would.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, [this] { emit finished(true, QString()); });
}

void SilentClipPlayer::play(const QStringList& files)
{
    int ms = 0;
    for (const QString& file : files) {
        const std::optional<WavFile> wav = WavFile::read(file);
        if (!wav) {
            QMetaObject::invokeMethod(
                this, [this, file] { emit finished(false, QStringLiteral("not a WAV file: ") + file); },
                Qt::QueuedConnection);
            return;
        }
        ms += wav->durationMs();
    }
    m_timer->start(ms);
}

} // namespace hall
