#pragma once

#include "domain/result.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <vector>

namespace hall {

/// Remembers the result of every successful request that carried a `requestId`, per device, so a
/// retry (after a lost reply, a reconnect or a service restart) gets the first result and changes
/// nothing. Refusals are not remembered: they changed nothing, so running the request again is safe.
///
/// Durability without a second fsync: the row is written on its own connection with
/// synchronous=NORMAL right after the operation ran, before the turn's group commit. In WAL mode
/// that commit's fsync covers every frame before it, so the row becomes durable together with the
/// change. Each row records the journal seq its change reached; rows beyond the stored journal
/// (their group commit never completed) are discarded on load.
class RequestLedger
{
public:
    RequestLedger() = default;
    ~RequestLedger();

    /// Opens the ledger's connection to the SQLite file and loads the results of the last two days
    /// whose changes are durable (seq <= `durableSeq`).
    std::optional<Error> open(const QString& databasePath, qint64 durableSeq);

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

    /// The operation succeeded in the engine (not yet committed): writes its row. False if it could not.
    bool record(const QString& device, const QString& requestId, const QString& op, const QJsonObject& result,
                qint64 seq);
    /// The change is committed: answers duplicates that waited.
    void complete(const QString& device, const QString& requestId);
    /// The request was refused, or its commit failed: forgets it (and its row), so a retry runs again.
    void fail(const QString& device, const QString& requestId, const QString& code, const QString& message);

    static QString fingerprint(const QString& op, const QJsonObject& args);

private:
    struct Entry
    {
        QString fingerprint;
        bool done = false;
        bool written = false;
        QJsonObject result;
        std::vector<std::function<void(const Answer&)>> waiters;
    };
    static QString key(const QString& device, const QString& requestId);

    QString m_connection;
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<QSqlQuery> m_delete;
    QHash<QString, Entry> m_entries;
};

} // namespace hall
