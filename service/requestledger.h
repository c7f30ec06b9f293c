#pragma once

#include "domain/result.h"
#include "storage/requestrecord.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>

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
class RequestLedger
{
public:
    /// Loads the results of the last two days from the store's request_log.
    std::optional<Error> load(QSqlDatabase db);

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
        QJsonObject result; ///< for Done
    };
    /// What is known about (device, requestId); `fingerprint` identifies op + args, so reusing an id
    /// for a different request is refused instead of answered with an unrelated result.
    Lookup lookup(const QString& device, const QString& requestId, const QString& fingerprint) const;

    /// Marks the request as running; later duplicates wait for it with whenDone().
    void begin(const QString& device, const QString& requestId, const QString& fingerprint);

    /// How a request that was running ended, for duplicates that waited for it.
    struct Answer
    {
        bool ok = false;
        QJsonObject result;
        QString code;
        QString message;
    };
    void whenDone(const QString& device, const QString& requestId, std::function<void(const Answer&)> then);

    /// The operation succeeded in the engine (not yet committed): remembers its result and returns the
    /// row that must be committed with the change.
    RequestRecord record(const QString& device, const QString& requestId, const QString& op,
                         const QJsonObject& result, const QDateTime& at);
    /// The change is committed: answers duplicates that waited.
    void complete(const QString& device, const QString& requestId);
    /// The request was refused, or its commit failed (its row went with it): forgets it, so a retry runs
    /// again.
    void fail(const QString& device, const QString& requestId, const QString& code, const QString& message);

    static QString fingerprint(const QString& op, const QJsonObject& args);

private:
    struct Entry
    {
        QString fingerprint;
        bool done = false;
        QJsonObject result;
        std::vector<std::function<void(const Answer&)>> waiters;
    };
    static QString key(const QString& device, const QString& requestId);

    QHash<QString, Entry> m_entries;
};

} // namespace hall
