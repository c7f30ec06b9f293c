// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "storage/requestrecord.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>

#include <deque>
#include <functional>
#include <vector>

namespace hall {

/// Remembers the result of every successful request that carried a `requestId`, per device, so a
/// retry (after a lost reply, a reconnect or a service restart) gets the first result and changes
/// nothing. Refusals are not remembered: they changed nothing, so running the request again is safe.
///
/// Durability: record() returns the row, and the caller hands it to DurableQueue::recordRequest, so
/// it commits in the same transaction as the change it answers (on SQLite and PostgreSQL alike).
/// After a crash or a failed commit there is either both or neither, never a change without its reply.
///
/// Bounded (docs/protocol.md, "Limits"): an answer is kept for `retentionSecs` (24 h) and, per
/// owner (Session::ledgerOwner: the device, or device/staff member on a counter), for its last `perOwner`
/// (5,000) requests, whichever ends first; so one device that floods evicts only its own oldest answers. Both
/// cover every retry a client makes: ServiceClient repeats a request within its 10 s timeout, and a counter
/// keeps an unanswered requestId until the next key press. The rows on disk follow the same cap: trim()
/// deletes an owner's rows beyond its last `perOwner` once it has overflowed (run every few seconds, and at
/// load), so neither the database nor the next start-up grows with one device's flood.
class RequestLedger
{
public:
    struct Limits
    {
        qint64 retentionSecs = 24 * 3600;
        int perOwner = 5000;
    };
    RequestLedger() = default;
    explicit RequestLedger(Limits limits) : m_limits(limits) {}

    /// Deletes stored answers older than the retention, then loads the rest (within the limits).
    std::optional<Error> load(QSqlDatabase db);
    /// Forgets what memory holds and loads again: after the database connection was opened anew
    /// (StoreLink::reconnected), since a turn whose answer was lost with the old primary may be
    /// committed on the new one, and its retry must get that answer, not run twice.
    std::optional<Error> reload(QSqlDatabase db);
    /// Deletes stored answers older than the retention and forgets them in memory (run hourly).
    std::optional<Error> prune(QSqlDatabase db);
    /// Deletes the stored answers of each owner that overflowed its cap since the last trim, beyond its
    /// newest `perOwner`; nothing to do (and no query) while no owner overflowed.
    std::optional<Error> trim(QSqlDatabase db);

    /// Answers held in memory.
    qsizetype size() const { return m_entries.size(); }

    enum class State
    {
        New,
        Done,
        InFlight,
        Conflict
    };
    struct Lookup
    {
        State state;
        QByteArray result; ///< for Done: the result as compact JSON
    };
    /// The fingerprint of a request, computed when first asked for: it is needed only when the
    /// requestId is already known (to compare) or when the request succeeded (its row). Most attempts
    /// of a booking release are refused and never need it, and it cost a sixth of such an attempt (a
    /// keyed hash of the personal fields and a SHA-256 of the arguments). Compute it at most once.
    using LazyFingerprint = std::function<QString()>;

    /// What is known about (device, requestId); `fingerprint` identifies op + args, so reusing an id
    /// for a different request is refused instead of answered with an unrelated result.
    Lookup lookup(const QString& device, const QString& requestId, const QString& fingerprint) const;
    /// The same, asking for the fingerprint only when an entry exists.
    Lookup lookup(const QString& device, const QString& requestId, const LazyFingerprint& fingerprint) const;

    /// Whether (device, requestId) is answered or running: a retry, which spends no budget.
    bool knows(const QString& device, const QString& requestId) const
    {
        return m_entries.contains(key(device, requestId));
    }

    /// Marks the request as running; later duplicates wait for it with whenDone().
    void begin(const QString& device, const QString& requestId, const QString& fingerprint);
    /// The same with the fingerprint asked for only when a duplicate arrives or the answer is recorded.
    void begin(const QString& device, const QString& requestId, LazyFingerprint fingerprint);

    /// How a request that was running ended, for duplicates that waited for it.
    struct Answer
    {
        bool ok = false;
        QByteArray result; ///< compact JSON
        QString code;
        QString message;
    };
    void whenDone(const QString& device, const QString& requestId, std::function<void(const Answer&)> then);

    /// The operation succeeded in the engine (not yet committed): remembers its result (compact JSON,
    /// the bytes of the reply, shared and not copied) and returns the row that must be committed with
    /// the change.
    RequestRecord record(const QString& device, const QString& requestId, const QString& op,
                         const QByteArray& resultJson, const QDateTime& at);
    /// The change is committed: answers duplicates that waited.
    void complete(const QString& device, const QString& requestId);
    /// The request was refused, or its commit failed (its row went with it): forgets it, so a retry runs
    /// again.
    void fail(const QString& device, const QString& requestId, const QString& code, const QString& message);

    static QString fingerprint(const QString& op, const QJsonObject& args);

private:
    struct Entry
    {
        /// Mutable: resolving a pending fingerprint changes no answer, only when it is computed.
        mutable QString fingerprint;
        /// Set while the fingerprint was not yet needed (begin() with a LazyFingerprint).
        mutable LazyFingerprint fingerprintLater;
        bool done = false;
        QByteArray result; ///< compact JSON: a third of a QJsonObject's memory
        qint64 atMs = 0;   ///< when recorded; tells a stale queue position from a newer entry
        std::vector<std::function<void(const Answer&)>> waiters;
    };
    static QString key(const QString& device, const QString& requestId);
    static const QString& fingerprintOf(const Entry& e);
    void remember(const QString& device, const QString& key, qint64 atMs);
    void evict(const std::pair<qint64, QString>& position);
    void forgetBefore(qint64 cutoffMs);

    Limits m_limits;
    QHash<QString, Entry> m_entries;
    /// Answered requests in the order they were recorded: by time, and per owner for the cap.
    std::deque<std::pair<qint64, QString>> m_byAge;
    QHash<QString, std::deque<std::pair<qint64, QString>>> m_byOwner;
    QSet<QString> m_overflowed; ///< owners with rows on disk beyond their cap, for trim()
};

} // namespace hall
