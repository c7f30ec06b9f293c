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
    m_queue.append(call);
    emit pendingChanged();
    if (!m_current) {
        startNext();
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
        const CallAnnouncement call = m_queue.takeFirst();
        emit pendingChanged();
        const double volume = effectiveVolume();
        if (m_pack.isEmpty()) {
            emit announcementSkipped(call, QStringLiteral("no voice pack"));
            continue;
        }
        if (volume <= 0.0) {
            emit announcementSkipped(call, QStringLiteral("quiet hours"));
            continue;
        }
        QStringList files;
        for (const QString& key : clipsFor(call)) {
            files << m_pack.file(key);
        }
        m_player->setVolume(float(volume));
        m_current = call;
        emit speakingChanged();
        emit announcementStarted(call);
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
    const CallAnnouncement done = *std::exchange(m_current, std::nullopt);
    if (!ok) {
        qWarning("announcer: playback failed: %s", qPrintable(error));
        emit playbackFailed(done, error);
    }
    emit announcementFinished(done);
    emit speakingChanged();
    startNext();
}

} // namespace hall
