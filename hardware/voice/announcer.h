// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "callannouncement.h"
#include "callphrase.h"
#include "clipplayer.h"
#include "voicepack.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTime>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace hall {

/// Speaks calls in the hall: a chime, then the sentence from voice-pack clips, `repeat` times,
/// played as one utterance.
/// Calls are queued and each is finished before the next starts, never cut off. Volume and quiet
/// hours are configurable; in quiet hours calls play at the quiet volume, or are skipped when that
/// volume is zero. It also speaks guidance (a kiosk's elderly mode: "请刷身份证…"): one clip, no
/// chime, spoken once; a newer guidance replaces one still waiting, since the resident has moved on.
class Announcer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool speaking READ isSpeaking NOTIFY speakingChanged FINAL)
    Q_PROPERTY(int pending READ pendingCount NOTIFY pendingChanged FINAL)

public:
    Announcer(VoicePack pack, std::unique_ptr<ClipPlayer> player, QObject* parent = nullptr);

    /// Queues a call; returns at once.
    void announce(const CallAnnouncement& call);

    /// Queues the guidance clip `key` (e.g. guide_identify_zh); skipped when the pack lacks it.
    void guide(const QString& key);

    /// The clip keys a call is spoken as: chime, then the sentence `repeat` times.
    QStringList clipsFor(const CallAnnouncement& call) const;

    void setRepeat(int times) { m_repeat = std::max(1, times); }
    int repeat() const { return m_repeat; }
    void setVolume(double volume) { m_volume = std::clamp(volume, 0.0, 1.0); }
    double volume() const { return m_volume; }
    /// Quiet hours from `from` to `to` in hall time (may wrap past midnight); equal times: none.
    void setQuietHours(QTime from, QTime to, double quietVolume);
    /// Source of "now"; tests inject their own. Hall time zone defaults to Asia/Shanghai.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }

    /// Volume a call starting now would be played at.
    double effectiveVolume() const;
    bool isSpeaking() const { return m_current.has_value(); }
    int pendingCount() const { return int(m_queue.size()); }
    const VoicePack& voicePack() const { return m_pack; }

signals:
    void announcementStarted(const hall::CallAnnouncement& call);
    void announcementFinished(const hall::CallAnnouncement& call);
    void announcementSkipped(const hall::CallAnnouncement& call, const QString& reason);
    /// The audio device could not play (all of) the call; it still counts as finished.
    void playbackFailed(const hall::CallAnnouncement& call, const QString& error);
    void guidanceStarted(const QString& key);
    void guidanceFinished(const QString& key);
    void guidanceSkipped(const QString& key, const QString& reason);
    void speakingChanged();
    void pendingChanged();
    void idle();

private:
    /// A call, or guidance when `guide` is set.
    struct Utterance
    {
        CallAnnouncement call;
        QString guide;
    };
    void enqueue(Utterance u);
    void startNext();
    void skip(const Utterance& u, const QString& reason);
    void onPlayed(bool ok, const QString& error);

    VoicePack m_pack;
    std::unique_ptr<ClipPlayer> m_player;
    QList<Utterance> m_queue;
    std::optional<Utterance> m_current;
    int m_repeat = 2;
    double m_volume = 1.0;
    QTime m_quietFrom;
    QTime m_quietTo;
    double m_quietVolume = 0.0;
    std::function<QDateTime()> m_now;
    QTimeZone m_zone;
};

} // namespace hall
