// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupcommit.h"
#include "sqlcommon.h"
#include "walsync.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QSqlError>

namespace hall {

GroupCommit::GroupCommit(QSqlDatabase db, RequestWriter writeRequests, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_writeRequests(std::move(writeRequests))
{}

void GroupCommit::addParticipant(CommitParticipant* participant)
{
    if (!m_participants.contains(participant)) {
        m_participants.append(participant);
    }
}

void GroupCommit::removeParticipant(CommitParticipant* participant)
{
    m_participants.removeAll(participant);
    for (Unwritten& u : m_unwritten) {
        u.staged.removeAll(participant);
    }
}

void GroupCommit::whenCommitted(Reply reply)
{
    // Refusals wait too: they may rest on changes of this turn that are not yet durable (SLOT_FULL
    // because of a booking that might still be lost).
    m_waiting.push_back({std::move(reply), false});
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QMetaObject::invokeMethod(this, &GroupCommit::flush, Qt::QueuedConnection);
    }
}

void GroupCommit::atCommit(Reply read)
{
    m_waiting.push_back({std::move(read), true});
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QMetaObject::invokeMethod(this, &GroupCommit::flush, Qt::QueuedConnection);
    }
}

void GroupCommit::whenWritten(std::function<void()> send)
{
    if (m_syncBroken) {
        return; // after a failed sync nothing more is shown: the process stops
    }
    if (m_sync == nullptr || m_written >= m_commits) {
        send(); // without a pipeline every commit was synced by COMMIT itself
        return;
    }
    // Behind the replies of the last commit: what was read there may rest on it.
    if (m_unwritten.empty() || m_unwritten.back().seq != m_commits) {
        m_unwritten.push_back({m_commits, {}, {}});
    }
    m_unwritten.back().replies.push_back(std::move(send));
}

void GroupCommit::setSync(WalSync* sync)
{
    if (m_sync != nullptr) {
        disconnect(m_sync, nullptr, this, nullptr);
    }
    m_sync = sync;
    m_written = m_commits; // the commits before were synced by the connection itself
    if (m_sync != nullptr) {
        connect(m_sync, &WalSync::synced, this, &GroupCommit::written);
        connect(m_sync, &WalSync::failed, this, &GroupCommit::syncBroke);
    }
}

void GroupCommit::written(qint64 upTo)
{
    if (m_syncBroken) {
        return;
    }
    m_written = std::max(m_written, upTo);
    while (!m_unwritten.empty() && m_unwritten.front().seq <= m_written) {
        Unwritten done = std::move(m_unwritten.front());
        m_unwritten.pop_front();
        // Published before the replies: a client that acts on its reply can have the events it rests on.
        for (CommitParticipant* p : done.staged) {
            p->afterWritten();
        }
        for (auto& send : done.replies) {
            send();
        }
    }
}

void GroupCommit::syncBroke(const QString& message)
{
    if (m_syncBroken) {
        return;
    }
    m_syncBroken = message;
    // Never answered: their commits may be lost. The owner stops; a client's retry after the restart
    // finds its request done (the ledger row was in the commit) or runs it again.
    const auto lost = m_unwritten.size();
    m_unwritten.clear();
    qCritical("hall: 存储同步失败，停止服务，%zu 个提交不作答复 / the storage sync failed, stopping without "
              "acknowledging %zu commits: %s",
              lost, lost, qPrintable(message));
    emit syncFailed(message);
}

bool GroupCommit::settle()
{
    bool ok = flush();
    if (m_sync != nullptr && !m_syncBroken && m_written < m_commits) {
        QString failure;
        if (m_sync->waitSynced(m_commits, &failure)) {
            written(m_commits);
        } else {
            syncBroke(failure);
        }
    }
    return ok && !m_syncBroken;
}

int GroupCommit::pendingReplies() const
{
    std::size_t n = m_waiting.size();
    for (const Unwritten& u : m_unwritten) {
        n += u.replies.size();
    }
    return static_cast<int>(n);
}

std::optional<Error> GroupCommit::writeAll(const QList<CommitParticipant*>& staged,
                                           const QList<RequestRecord>& allRequests,
                                           const std::vector<std::function<bool()>>& refusedByStorage)
{
    if (!m_db.transaction()) {
        return storageFailure(QStringLiteral("begin"), m_db.lastError());
    }
    std::optional<Error> failed;
    for (CommitParticipant* p : staged) {
        if ((failed = p->write())) {
            break;
        }
    }
    // Known only now that the participants wrote: the rows of changes their stores refused go.
    QList<RequestRecord> requests;
    for (qsizetype i = 0; !failed && i < allRequests.size(); ++i) {
        const auto& refused = refusedByStorage[static_cast<std::size_t>(i)];
        if (!refused || !refused()) {
            requests.append(allRequests[i]);
        }
    }
    if (!failed && !requests.isEmpty()) {
        failed =
            m_writeRequests
                ? m_writeRequests(requests)
                : std::optional(Error{ErrorCode::StorageFailed, QStringLiteral("存储失败: 没有请求记录表")});
    }
    // The city's part of the turn (the booking claims, with the hall's own store apart) commits
    // first: if it fails the hall's rows roll back with it; the hall's commit is the bounded one.
    if (!failed && m_companion.commit) {
        failed = m_companion.commit();
    }
    if (failed) {
        if (m_companion.rollback) {
            m_companion.rollback();
        }
        m_db.rollback();
        return failed;
    }
    bool unconfirmed = false;
    if (!commitWithin(m_db, m_commitWaitMs, &unconfirmed)) {
        m_db.rollback();
        return storageFailure(QStringLiteral("commit"), m_db.lastError());
    }
    // Cancelled at the bound: on the primary alone. Even if the standby answered at the last moment
    // it is not acknowledged: an unacknowledged change that stands is answered from the request ledger.
    if (unconfirmed) {
        m_unconfirmed = true;
        return Error{
            ErrorCode::StorageFailed,
            QStringLiteral("存储失败: 同步备用库 %1 ms 内没有确认提交（已在主库提交，未确认，不作答复）")
                .arg(m_commitWaitMs)};
    }
    return std::nullopt;
}

void GroupCommit::rebuildAll()
{
    for (CommitParticipant* p : m_participants) {
        p->rebuild();
    }
}

void GroupCommit::keepApart(bool needsCompanion)
{
    if (!m_companion.commit) {
        return;
    }
    if (m_turnNeedsCompanion && *m_turnNeedsCompanion != needsCompanion) {
        flush();
    }
    m_turnNeedsCompanion = needsCompanion;
}

bool GroupCommit::flush()
{
    m_flushScheduled = false;
    m_turnNeedsCompanion.reset();
    QList<CommitParticipant*> staged;
    for (CommitParticipant* p : m_participants) {
        if (p->stage()) {
            staged.append(p);
        }
    }
    const QList<RequestRecord> requests = std::exchange(m_requests, {});
    const auto refusedByStorage = std::exchange(m_refusedByStorage, {});
    std::optional<Error> failed;
    const bool wrote = !staged.isEmpty() || !requests.isEmpty();
    QElapsedTimer took;
    took.start();
    if (wrote) {
        m_unconfirmed = false;
        if (m_syncBroken) {
            failed = Error{
                ErrorCode::StorageFailed,
                QStringLiteral("存储失败: 同步已失败，服务正在停止 / the storage sync failed, stopping")};
        } else {
            failed = m_held ? m_held : writeAll(staged, requests, refusedByStorage);
        }
        if (failed) {
            qWarning("hall: group commit failed, rebuilding every engine from storage: %s",
                     qPrintable(failed->message));
            // Every participant, not only the staged ones: an engine may hold refusals computed
            // against another engine's now-lost changes.
            rebuildAll();
            emit storageFailed(failed->message);
            if (m_unconfirmed) {
                emit commitUnconfirmed(failed->message);
            }
        } else {
            ++m_commits;
            if (m_sync != nullptr) {
                m_sync->committed(m_commits);
            }
        }
    }
    if (wrote) {
        emit flushed(took.nsecsElapsed(), static_cast<int>(m_waiting.size()), !failed);
    }
    answer(std::exchange(m_waiting, {}), failed || !wrote ? QList<CommitParticipant*>{} : staged, failed);
    return !failed;
}

void GroupCommit::answer(std::vector<Waiting> waiting, const QList<CommitParticipant*>& staged,
                         const std::optional<Error>& failed)
{
    for (CommitParticipant* p : staged) {
        p->afterCommit();
    }
    if (failed || m_syncBroken || m_sync == nullptr) {
        // Published before the replies: a client that acts on its reply can have the events it rests on.
        for (CommitParticipant* p : staged) {
            p->afterWritten();
        }
        const std::optional<Error> failure =
            failed || !m_syncBroken
                ? failed
                : std::optional(Error{ErrorCode::StorageFailed,
                                      QStringLiteral("存储失败: 同步已失败 / the storage sync failed")});
        for (Waiting& w : waiting) {
            w.reply(failure);
        }
        return;
    }
    // Pipelined: this turn's commit (if it wrote) waits for its sync, and every reply with it; a turn
    // that wrote nothing waits for the last commit, which its reads and refusals may rest on.
    if ((!staged.isEmpty() || !waiting.empty()) && m_written < m_commits &&
        (m_unwritten.empty() || m_unwritten.back().seq != m_commits)) {
        m_unwritten.push_back({m_commits, staged, {}});
    }
    for (Waiting& w : waiting) {
        if (w.atCommit) {
            w.reply(std::nullopt); // computes now and answers through whenWritten()
        } else {
            whenWritten([reply = std::move(w.reply)] { reply(std::nullopt); });
        }
    }
}

} // namespace hall
