#pragma once

#include "domain/result.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <vector>

namespace hall {

/// Remembers the result of every successful request that carried a `requestId`, per device, so a
/// retry (after a lost reply, a reconnect or a service restart) gets the first result and changes
/// nothing. Results are written in one transaction per event-loop turn, after the queue commit and
/// before the reply leaves. Refusals are not remembered: they changed nothing, so running the
/// request again is safe.
class RequestLedger : public QObject
{
    Q_OBJECT
public:
    explicit RequestLedger(QSqlDatabase db, QObject* parent = nullptr);

    /// Loads the results of the last two days.
    std::optional<Error> load();

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
    /// A duplicate that arrived while the first was still running: `then` gets the first one's answer.
    void whenDone(const QString& device, const QString& requestId, std::function<void(const Answer&)> then);
    /// The request succeeded: store `result` and run `then` once it is durable (false if storing failed).
    void succeed(const QString& device, const QString& requestId, const QString& op,
                 const QJsonObject& result, std::function<void(bool)> then);
    /// The request was refused: forget it, so a later retry runs again.
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
    struct Pending
    {
        QString device, requestId, op, fingerprint;
        QJsonObject result;
        std::function<void(bool)> then;
    };
    static QString key(const QString& device, const QString& requestId);
    void flush();

    QSqlDatabase m_db;
    QHash<QString, Entry> m_entries;
    std::vector<Pending> m_pending;
    bool m_flushScheduled = false;
};

} // namespace hall
