// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupcommit.h"
#include "sqlcommon.h"

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
}

void GroupCommit::whenCommitted(Reply reply)
{
    // Refusals wait too: they may rest on changes of this turn that are not yet durable (SLOT_FULL
    // because of a booking that might still be lost).
    m_waiting.push_back(std::move(reply));
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QMetaObject::invokeMethod(this, &GroupCommit::flush, Qt::QueuedConnection);
    }
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

bool GroupCommit::flush()
{
    m_flushScheduled = false;
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
        failed = m_held ? m_held : writeAll(staged, requests, refusedByStorage);
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
        }
    }
    if (wrote) {
        emit flushed(took.nsecsElapsed(), static_cast<int>(m_waiting.size()), !failed);
    }
    auto waiting = std::exchange(m_waiting, {});
    // Published before the replies: a client that acts on its reply can have the events it rests on.
    if (!failed) {
        for (CommitParticipant* p : staged) {
            p->afterCommit();
        }
    }
    for (auto& reply : waiting) {
        reply(failed);
    }
    return !failed;
}

} // namespace hall
