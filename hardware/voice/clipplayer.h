// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

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

} // namespace hall
