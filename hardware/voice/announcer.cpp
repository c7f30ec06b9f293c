// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcer.h"

namespace hall {

Announcer::Announcer(VoicePack pack, std::unique_ptr<ClipPlayer> player, QObject* parent)
    : QObject(parent), m_pack(std::move(pack)), m_player(std::move(player)),
      m_now([] { return QDateTime::currentDateTimeUtc(); }), m_zone(QByteArrayLiteral("Asia/Shanghai"))
{
    connect(m_player.get(), &ClipPlayer::finished, this, &Announcer::onPlayed);
}

void Announcer::announce(const CallAnnouncement& call)
{
    enqueue(Utterance{call, {}});
}

void Announcer::guide(const QString& key)
{
    if (m_pack.file(key).isEmpty()) {
        emit guidanceSkipped(key, QStringLiteral("no clip"));
        return;
    }
    // Guidance for a page the resident has already left is noise: only the newest waits.
    m_queue.removeIf([](const Utterance& u) { return !u.guide.isEmpty(); });
    enqueue(Utterance{{}, key});
}

void Announcer::enqueue(Utterance u)
{
    m_queue.append(std::move(u));
    emit pendingChanged();
    if (!m_current) {
        startNext();
    }
}

void Announcer::skip(const Utterance& u, const QString& reason)
{
    if (u.guide.isEmpty()) {
        emit announcementSkipped(u.call, reason);
    } else {
        emit guidanceSkipped(u.guide, reason);
    }
}

QStringList Announcer::clipsFor(const CallAnnouncement& call) const
{
    QStringList clips{QStringLiteral("chime")};
    const QStringList sentence = callphrase::sentence(call);
    for (int i = 0; i < m_repeat; ++i) {
        clips << sentence;
    }
    return clips;
}

void Announcer::setQuietHours(QTime from, QTime to, double quietVolume)
{
    m_quietFrom = from;
    m_quietTo = to;
    m_quietVolume = std::clamp(quietVolume, 0.0, 1.0);
}

double Announcer::effectiveVolume() const
{
    if (!m_quietFrom.isValid() || !m_quietTo.isValid() || m_quietFrom == m_quietTo) {
        return m_volume;
    }
    const QTime t = m_now().toTimeZone(m_zone).time();
    const bool quiet = m_quietFrom < m_quietTo ? (t >= m_quietFrom && t < m_quietTo)
                                               : (t >= m_quietFrom || t < m_quietTo); // wraps midnight
    return quiet ? std::min(m_volume, m_quietVolume) : m_volume;
}

void Announcer::startNext()
{
    while (!m_queue.isEmpty()) {
        const Utterance next = m_queue.takeFirst();
        emit pendingChanged();
        const double volume = effectiveVolume();
        if (m_pack.isEmpty()) {
            skip(next, QStringLiteral("no voice pack"));
            continue;
        }
        if (volume <= 0.0) {
            skip(next, QStringLiteral("quiet hours"));
            continue;
        }
        QStringList files;
        for (const QString& key : next.guide.isEmpty() ? clipsFor(next.call) : QStringList{next.guide}) {
            files << m_pack.file(key);
        }
        m_player->setVolume(float(volume));
        m_current = next;
        emit speakingChanged();
        if (next.guide.isEmpty()) {
            emit announcementStarted(next.call);
        } else {
            emit guidanceStarted(next.guide);
        }
        m_player->play(files);
        return;
    }
    emit idle();
}

void Announcer::onPlayed(bool ok, const QString& error)
{
    if (!m_current) {
        return;
    }
    const Utterance done = *std::exchange(m_current, std::nullopt);
    if (!ok) {
        qWarning("announcer: playback failed: %s", qPrintable(error));
    }
    if (done.guide.isEmpty()) {
        if (!ok) {
            emit playbackFailed(done.call, error);
        }
        emit announcementFinished(done.call);
    } else {
        emit guidanceFinished(done.guide);
    }
    emit speakingChanged();
    startNext();
}

} // namespace hall
