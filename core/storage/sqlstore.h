// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/journalevent.h"
#include "domain/queueengine.h"
#include "domain/result.h"
#include "requestrecord.h"
#include "rowstatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace hall {

/// Where hall state lives: the current tables (tickets, counters, the business day), the audit
/// journal and the report facts (visits, counter spans), through Qt SQL. SQLite (WAL, synchronous=FULL) by
/// default; the SQL is portable to PostgreSQL.
class SqlStore
{
public:
    struct Options
    {
        QString driver = QStringLiteral("QSQLITE");
        QString database; ///< file path for SQLite, database name otherwise
        QString host;
        int port = 0;
        QString user;
        QString password;
        int busyTimeoutMs = 5000;
        /// SQLite: before migrating an existing database to a newer schema, copy it into this
        /// directory (`hall-before-schema-vN-<time>.sqlite`); a failed copy refuses the migration.
        QString backupBeforeMigration;
        /// PostgreSQL: libpq conninfo pairs separated by ';' (hosts and ports as lists, the session
        /// attributes): `databaseurl::storeOptions` makes them from a `postgresql://` URL.
        QString connectOptions;
        /// PostgreSQL: the hall's own schema when many halls share one database (`hall_<id>`, made
        /// on first use and set as every connection's search_path); empty: the default schema.
        QString schema;
        /// PostgreSQL: take the hall's advisory lock on this connection, so no second process can
        /// write the hall (off only for readers beside the owner, e.g. `hall-admin report`).
        bool claimHall = true;
        /// Asked of the schema's version (0: no hall yet) on open()'s own connection, after the
        /// claim and before any migration; an error refuses the open. hall-admin checks that the
        /// hall exists this way instead of probeVersion()'s connection (~60 ms each on PostgreSQL).
        std::function<std::optional<Error>(int version)> checkVersion;
        /// Prepare the group commit's statements; hall-admin's commands use none of them.
        bool prepareStatements = true;

        bool isPostgres() const { return driver == QLatin1String("QPSQL"); }
    };

    static Result<std::unique_ptr<SqlStore>> open(const Options& options);
    /// PostgreSQL whose server does not answer yet (a city database at the hall's start): the store
    /// with its connection configured but closed; the first reopen() that reaches a primary does what
    /// open() would (the hall's schema and lock, the migrations), so the hall starts without it.
    static Result<std::unique_ptr<SqlStore>> openLater(const Options& options);
    /// A connection to the database `options` names, registered under `name` and not yet open, set up
    /// as the store's own (busy timeout; the hall's schema as search_path): for readers beside it.
    static QSqlDatabase connection(const Options& options, const QString& name);
    /// The schema version of the database `options` names, without migrating it (0: no hall yet).
    static Result<int> probeVersion(const Options& options);
    ~SqlStore();
    SqlStore(const SqlStore&) = delete;
    SqlStore& operator=(const SqlStore&) = delete;

    /// The stored business day with its tickets and counters, and the last journal seq and ticket id.
    Result<RestoredState> load();

    /// Makes `changes` and the replies of the requests that made them durable in one transaction:
    /// all of it or nothing.
    std::optional<Error> commit(const ChangeSet& changes, const QList<RequestRecord>& requests = {});

    /// Writes `changes` and `requests` inside a transaction someone else opened (GroupCommit);
    /// the caller commits or rolls back.
    std::optional<Error> write(const ChangeSet& changes, const QList<RequestRecord>& requests = {});
    /// Writes request-ledger rows inside a transaction someone else opened.
    std::optional<Error> writeRequests(const QList<RequestRecord>& requests);

    /// Journal entries with seq > `afterSeq`, oldest first.
    Result<QList<JournalEvent>> journal(qint64 afterSeq, int limit);

    int schemaVersion();
    QSqlDatabase database() const { return QSqlDatabase::database(m_connection, false); }
    const Options& options() const { return m_options; }

    /// Whether the server still answers on this connection (one round trip on PostgreSQL; SQLite is
    /// a file and always answers).
    bool connectionAlive();
    /// Whether a server that takes writes answers the options' hosts now, on a connection of its
    /// own that is closed again (any thread: StoreLink asks from a worker, so a dead host never
    /// holds up the event loop). The error says why not. With `commitWaitMs`, the server must also
    /// commit an empty transaction within that many ms (GroupCommit::setCommitWait): a synchronous
    /// standby answers again, or the operator took it out of `synchronous_standby_names`.
    static std::optional<Error> probeWritable(const Options& options, int commitWaitMs = 0);

    enum class Reopened
    {
        Done,      ///< open again, the hall's lock held, statements prepared, handlers run
        NoServer,  ///< no server that takes writes answered; the connection stays closed
        HallTaken, ///< a server answered but another process holds the hall's lock
    };
    /// Closes the connection and opens it again with the same options (PostgreSQL: libpq tries each
    /// host and, with target_session_attrs=read-write, takes the primary), takes the hall's advisory
    /// lock again, prepares the statements on the new session and runs the reopen handlers.
    /// Engines are not reloaded here: the caller (StoreLink) does that once this is Done.
    Reopened reopen(QString* why);
    /// Runs after every reopen that is Done, in the order added: whoever keeps prepared statements or
    /// session state on this connection (LISTEN, booking and case statements) sets it up again
    /// there. An error makes the reopen fail (NoServer) and is tried again with the next attempt.
    using ReopenHandler = std::function<std::optional<Error>()>;
    int addReopenHandler(ReopenHandler handler);
    void removeReopenHandler(int id);

private:
    explicit SqlStore(QString connection);
    Result<bool> prepare();
    bool writeTicket(const Ticket& t);
    bool writeCounter(const CounterState& c);
    bool writeEvent(const JournalEvent& e);
    bool writeVisit(const Visit& v);
    bool writeSpan(const CounterSpan& s);
    bool writeRequest(const RequestRecord& r);

    void releaseStatements();
    /// `day` as ISO text in UTF-8, kept for the next row of the same day.
    const QByteArray& isoDay(QDate day);

    QString m_connection;
    Options m_options;
    bool m_migrated = true; ///< false until the first reopen of a store made by openLater()
    std::vector<std::pair<int, ReopenHandler>> m_reopenHandlers;
    int m_nextHandler = 1;
    std::unique_ptr<RowStatement> m_upsertTicket;
    std::unique_ptr<RowStatement> m_updateTicket;
    std::unique_ptr<RowStatement> m_upsertCounter;
    std::unique_ptr<RowStatement> m_insertEvent;
    std::unique_ptr<RowStatement> m_insertVisit;
    std::unique_ptr<RowStatement> m_insertSpan;
    std::unique_ptr<RowStatement> m_upsertDay;
    std::unique_ptr<RowStatement> m_insertRequest;
    QString m_ticketError; ///< the driver's words when writeTicket() failed (update or upsert)
    QDate m_isoDayOf;
    QByteArray m_isoDay;
};

} // namespace hall
