// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storageprobe.h"

#include "domain/halltime.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hall {

StorageProbe::StorageProbe(QSqlDatabase db, GroupCommit& commit, const Clock& clock)
    : m_db(std::move(db)), m_commit(commit), m_clock(clock)
{
    m_commit.addParticipant(this);
}

StorageProbe::~StorageProbe()
{
    m_commit.removeParticipant(this);
}

void StorageProbe::probe(Done done)
{
    m_pending = true;
    // The hall's own store is what it asks about: never in a turn of the city's (a city apart that
    // fails would answer for it).
    m_commit.keepApart(false);
    m_commit.whenCommitted([done = std::move(done)](const std::optional<Error>& failure) {
        done(failure ? std::optional(failure->message) : std::nullopt);
    });
}

std::optional<Error> StorageProbe::write()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO hall_meta (key, value) VALUES ('health', ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(halltime::toIso(m_clock.now()));
    if (!q.exec()) {
        return Error{ErrorCode::StorageFailed,
                     QStringLiteral("存储探测写入失败: %1").arg(q.lastError().text())};
    }
    return std::nullopt;
}

} // namespace hall
