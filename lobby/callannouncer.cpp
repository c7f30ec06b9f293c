// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "callannouncer.h"

#include "voice/announcer.h"

#include <QJsonArray>

#include <algorithm>

namespace hall {

CallAnnouncer::CallAnnouncer(Announcer* announcer, QObject* parent) : QObject(parent), m_announcer(announcer)
{}

void CallAnnouncer::onResync(const QJsonObject& snapshot)
{
    const qint64 seq = snapshot.value(QLatin1String("seq")).toInteger();
    if (m_highest < 0 || seq < m_highest) {
        // First sight of the hall, or a service whose history restarted (a new database): what is
        // in the snapshot already happened before this display could say it.
        m_highest = seq;
        return;
    }
    std::vector<std::pair<qint64, CallAnnouncement>> missed;
    for (const QJsonValue& v : snapshot.value(QLatin1String("recentCalls")).toArray()) {
        const QJsonObject c = v.toObject();
        const qint64 callSeq = c.value(QLatin1String("seq")).toInteger();
        if (callSeq > m_highest) {
            missed.emplace_back(callSeq, CallAnnouncement{c.value(QLatin1String("ticket")).toString(),
                                                          c.value(QLatin1String("counter")).toInt(),
                                                          c.value(QLatin1String("recall")).toBool()});
        }
    }
    std::sort(missed.begin(), missed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [callSeq, call] : missed) {
        announce(call, callSeq);
    }
    m_highest = std::max(m_highest, seq);
}

void CallAnnouncer::onEvent(const QString& kind, qint64 seq, const QJsonObject& data)
{
    if (m_highest < 0 || seq <= m_highest) {
        return; // before the first snapshot (it will hold the call), or said already
    }
    if (kind == QLatin1String("ticket.called")) {
        announce(CallAnnouncement{data.value(QLatin1String("number")).toString(),
                                  data.value(QLatin1String("counter")).toInt(),
                                  data.value(QLatin1String("recall")).toBool()},
                 seq);
    }
    m_highest = seq;
}

void CallAnnouncer::announce(const CallAnnouncement& call, qint64 seq)
{
    if (call.ticketNumber.isEmpty() || call.counter <= 0) {
        return;
    }
    m_history.append(Entry{call, seq});
    if (m_history.size() > kHistory) {
        m_history.removeFirst();
    }
    if (m_announcer != nullptr) {
        m_announcer->announce(call);
    }
    emit queued(call, seq);
}

} // namespace hall
