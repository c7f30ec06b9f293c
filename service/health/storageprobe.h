// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"
#include "storage/groupcommit.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace hall {

/// Proves storage takes writes: a probe writes one row (`hall_meta` key `health`) through the
/// service's group commit, the same road every change takes, and reports whether that commit held.
/// Probes asked for in one turn share one write; /healthz asks only when no commit has held for a
/// while, so a busy hall is never written to for its health.
class StorageProbe : public CommitParticipant
{
public:
    using Done = std::function<void(const std::optional<QString>& failure)>;

    StorageProbe(QSqlDatabase db, GroupCommit& commit, const Clock& clock);
    ~StorageProbe() override;

    void probe(Done done);

    bool stage() override { return m_pending; }
    std::optional<Error> write() override;
    void afterCommit() override { m_pending = false; }
    void rebuild() override { m_pending = false; }

private:
    QSqlDatabase m_db;
    GroupCommit& m_commit;
    const Clock& m_clock;
    bool m_pending = false;
};

} // namespace hall
