// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voice/clipplayer.h"

#include <QTimer>

namespace hall::test {

/// A ClipPlayer for tests: records every utterance (its clip files) and finishes it after
/// `durationMs` (0: on the next event-loop turn), so the announcer's queue really queues.
class RecordingPlayer : public ClipPlayer
{
public:
    explicit RecordingPlayer(int durationMs = 0) : m_durationMs(durationMs) {}

    void play(const QStringList& files) override
    {
        played.append(files);
        QTimer::singleShot(m_durationMs, this, [this] { emit finished(true, QString()); });
    }
    void setVolume(float) override {}

    QList<QStringList> played;

private:
    int m_durationMs;
};

} // namespace hall::test
