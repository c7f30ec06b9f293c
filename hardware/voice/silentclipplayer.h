// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clipplayer.h"

class QTimer;

namespace hall {

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
