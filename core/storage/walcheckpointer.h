// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QThread>

namespace hall {

/// Copies the SQLite write-ahead log into the database file on a thread of its own. With SQLite's
/// automatic checkpoints the copy (and its fsync of the database file) runs inside whichever commit
/// crosses the threshold, stalling every reply of that turn; here the committing connections turn
/// automatic checkpoints off and this thread does PASSIVE checkpoints, which never block them.
///
/// PASSIVE alone never shrinks the log under continuous commits: SQLite starts writing the WAL from
/// its beginning again only after a checkpoint has copied every frame, and with a commit every few
/// milliseconds there are always new ones (608 MB in 120 s was measured). So once the file passes
/// `truncateAboveBytes`, this thread runs a TRUNCATE checkpoint: it waits (busy handler) for the
/// committing connection to finish its transaction, copies the few frames PASSIVE has not, and
/// cuts the file to zero. Commits wait for it meanwhile, which is rare and short, since PASSIVE
/// has copied nearly everything already.
class WalCheckpointer : public QThread
{
public:
    WalCheckpointer(QString databasePath, int intervalMs, qint64 truncateAboveBytes = 64LL << 20)
        : m_path(std::move(databasePath)), m_intervalMs(intervalMs), m_truncateAbove(truncateAboveBytes)
    {}
    ~WalCheckpointer() override;

protected:
    void run() override;

private:
    QString m_path;
    int m_intervalMs;
    qint64 m_truncateAbove;
};

} // namespace hall
