// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlstore.h"
#include "sqlcommon.h"

#include "commitwatchdog.h"

#include "domain/halltime.h"
#include "domain/jsonwriter.h"
#include "factrows.h"
#include "hallbackup.h"
#include "migrations.h"
#include "walbuffer.h"

#include <QDir>

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

#include <libpq-fe.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>

namespace hall {

namespace {

QAtomicInt g_connections;

/// A copy of the database as it was, taken only when a migration is about to change it.
Result<bool> backUpBeforeMigration(QSqlDatabase& db, const SqlStore::Options& options)
{
    const auto version = Migrations::version(db);
    if (!version) {
        return version.error();
    }
    if (version.value() == 0 || version.value() >= Migrations::latestVersion()) {
        return false;
    }
    if (!QDir().mkpath(options.backupBeforeMigration)) {
        return Error{ErrorCode::StorageFailed,
                     QStringLiteral("无法创建迁移前备份目录 %1").arg(options.backupBeforeMigration)};
    }
    const QString target =
        QDir(options.backupBeforeMigration)
            .filePath(QStringLiteral("hall-before-schema-v%1-%2.sqlite")
                          .arg(Migrations::latestVersion())
                          .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    if (auto failed = hallbackup::copyDatabase(options.database, target)) {
        return Error{ErrorCode::StorageFailed,
                     QStringLiteral("数据库结构升级前的备份失败，未升级: %1").arg(failed->message)};
    }
    qInfo("hall: database backed up to %s before the schema migration from version %d to %d",
          qPrintable(target), version.value(), Migrations::latestVersion());
    return true;
}

} // namespace

SqlStore::SqlStore(QString connection) : m_connection(std::move(connection)) {}

void SqlStore::releaseStatements()
{
    m_upsertTicket.reset();
    m_updateTicket.reset();
    m_upsertCounter.reset();
    m_insertEvent.reset();
    m_insertVisit.reset();
    m_insertSpan.reset();
    m_upsertDay.reset();
    m_insertRequest.reset();
}

SqlStore::~SqlStore()
{
    releaseStatements();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

namespace {

/// A connection to the database `options` names, registered under `name` and not yet open.
QSqlDatabase configureConnection(const SqlStore::Options& options, const QString& name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(options.driver, name);
    if (!db.isValid()) {
        return db;
    }
    db.setDatabaseName(options.database);
    db.setHostName(options.host);
    if (options.port > 0) {
        db.setPort(options.port);
    }
    db.setUserName(options.user);
    db.setPassword(options.password);
    if (!options.isPostgres()) {
        // As the process's default VFS, before its first SQLite file opens, rather than a ?vfs= URI:
        // the checkpointer's, the backup's and the readers' connections get it too, and the database's
        // name stays the plain path the rest of the hall logs and derives the WAL's path from.
        walbuffer::install();
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    } else {
        QStringList connect;
        if (!options.connectOptions.isEmpty()) {
            connect << options.connectOptions;
        }
        // Every connection of the hall, the report readers' clones too, sees the hall's schema only.
        // The server's NOTICEs ("already exists, skipping") would reach stderr past the service's
        // log: only warnings and errors come back, as errors of the statement.
        // A session whose client is gone (a connection the hall cut at its bound: ConnectionBound) ends
        // within a second even while it waits on a lock, and frees the hall's advisory lock with it.
        QString serverOptions =
            QStringLiteral("-c client_min_messages=warning -c client_connection_check_interval=1000");
        if (!options.schema.isEmpty()) {
            serverOptions += QStringLiteral(" -c search_path=%1").arg(options.schema);
        }
        connect << QStringLiteral("options='%1'").arg(serverOptions);
        db.setConnectOptions(connect.join(QLatin1Char(';')));
    }
    return db;
}

Result<bool> schemaExists(QSqlDatabase& db, const QString& schema)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM information_schema.schemata WHERE schema_name = ?"));
    q.addBindValue(schema);
    if (!q.exec()) {
        return storageFailure(QStringLiteral("schema %1").arg(schema), q.lastError());
    }
    return q.next();
}

/// Qt's QPSQL frees a prepared statement on the connection it was prepared on. After the link was
/// lost, the old session and its statements are gone, and freeing each handle says so on stderr
/// ("Unable to free statement"), a dozen lines that look like faults at every reconnect: while a
/// reopen releases and prepares the statements, those lines (and only those) are dropped. Messages
/// from other threads in that moment pass through to the handler that was installed before.
class StaleStatementFilter
{
public:
    StaleStatementFilter() { s_previous = qInstallMessageHandler(&StaleStatementFilter::handle); }
    ~StaleStatementFilter() { qInstallMessageHandler(s_previous); }
    StaleStatementFilter(const StaleStatementFilter&) = delete;
    StaleStatementFilter& operator=(const StaleStatementFilter&) = delete;

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (type == QtWarningMsg && message.startsWith(QLatin1String("Unable to free statement"))) {
            return;
        }
        s_previous(type, context, message);
    }
    static inline QtMessageHandler s_previous = nullptr;
};

Error hallTakenError(const SqlStore::Options& options)
{
    return Error{
        ErrorCode::StorageFailed,
        QStringLiteral("大厅 %1 正由另一个进程使用（PostgreSQL 数据库 %2 中的大厅锁）："
                       "一个大厅只能有一个 hall-service 写入")
            .arg(options.schema.isEmpty() ? QStringLiteral("(默认)") : options.schema, options.database)};
}

/// The hall's schema made if need be, and the hall's advisory lock: held by this connection's
/// session for as long as it lives, released by the server when the process or the link dies.
/// False: another session holds the lock.
Result<bool> claimPostgresHall(QSqlDatabase& db, const SqlStore::Options& options)
{
    QSqlQuery q(db);
    const QString schema = options.schema.isEmpty() ? QStringLiteral("public") : options.schema;
    if (!options.schema.isEmpty() &&
        !q.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(options.schema))) {
        return storageFailure(QStringLiteral("CREATE SCHEMA %1").arg(options.schema), q.lastError());
    }
    if (!options.claimHall) {
        return true;
    }
    q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(hashtext('servicehall'), hashtext(?))"));
    q.addBindValue(schema);
    if (!q.exec() || !q.next()) {
        return storageFailure(QStringLiteral("pg_try_advisory_lock"), q.lastError());
    }
    return q.value(0).toBool();
}

} // namespace

QSqlDatabase SqlStore::connection(const Options& options, const QString& name)
{
    return configureConnection(options, name);
}

Result<int> SqlStore::probeVersion(const Options& options)
{
    const QString name = QStringLiteral("hall-probe-%1").arg(g_connections.fetchAndAddRelaxed(1));
    Result<int> version = 0;
    {
        QSqlDatabase db = configureConnection(options, name);
        if (!db.isValid()) {
            version =
                Error{ErrorCode::StorageFailed, QStringLiteral("数据库驱动 %1 不可用").arg(options.driver)};
        } else if (!db.open()) {
            version = storageFailure(QStringLiteral("open %1").arg(options.database), db.lastError());
        } else {
            // A hall's schema that does not exist yet is no hall (and is not made by looking).
            const auto exists =
                options.schema.isEmpty() ? Result<bool>(true) : schemaExists(db, options.schema);
            if (!exists) {
                version = exists.error();
            } else if (exists.value()) {
                version = Migrations::version(db);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

Result<std::unique_ptr<SqlStore>> SqlStore::open(const Options& options)
{
    const QString name = QStringLiteral("hall-store-%1").arg(g_connections.fetchAndAddRelaxed(1));
    std::unique_ptr<SqlStore> store(new SqlStore(name));
    store->m_options = options;
    QSqlDatabase db = configureConnection(options, name);
    if (!db.isValid()) {
        return Error{ErrorCode::StorageFailed, QStringLiteral("数据库驱动 %1 不可用").arg(options.driver)};
    }
    const bool sqlite = !options.isPostgres();
    if (!db.open()) {
        return storageFailure(QStringLiteral("open %1").arg(options.database), db.lastError());
    }
    if (sqlite) {
        // WAL lets readers run beside the writer; synchronous=FULL makes every acknowledged commit
        // survive power loss, at about 0.1 ms per group commit measured on this machine.
        QSqlQuery q(db);
        for (const char* pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
            if (!q.exec(QLatin1String(pragma))) {
                return storageFailure(QLatin1String(pragma), q.lastError());
            }
        }
    }
    if (!sqlite) {
        const auto claimed = claimPostgresHall(db, options);
        if (!claimed) {
            return claimed.error();
        }
        if (!claimed.value()) {
            return hallTakenError(options);
        }
    }
    if (sqlite && !options.backupBeforeMigration.isEmpty()) {
        if (auto backedUp = backUpBeforeMigration(db, options); !backedUp) {
            return backedUp.error();
        }
    }
    if (options.checkVersion) {
        const auto version = Migrations::version(db);
        if (!version) {
            return version.error();
        }
        if (auto refused = options.checkVersion(version.value())) {
            return *refused;
        }
    }
    if (auto migrated = Migrations::apply(db); !migrated) {
        return migrated.error();
    }
    if (options.prepareStatements) {
        if (auto prepared = store->prepare(); !prepared) {
            return prepared.error();
        }
    }
    return store;
}

Result<std::unique_ptr<SqlStore>> SqlStore::openLater(const Options& options)
{
    const QString name = QStringLiteral("hall-store-%1").arg(g_connections.fetchAndAddRelaxed(1));
    std::unique_ptr<SqlStore> store(new SqlStore(name));
    store->m_options = options;
    store->m_migrated = false;
    if (!configureConnection(options, name).isValid()) {
        return Error{ErrorCode::StorageFailed, QStringLiteral("数据库驱动 %1 不可用").arg(options.driver)};
    }
    return store;
}

Result<bool> SqlStore::prepare()
{
    QSqlDatabase db = database();
    QString why;
    const auto make = [&](std::unique_ptr<RowStatement>& q, const QString& sql) {
        q = RowStatement::prepare(db, sql, &why);
        return q != nullptr;
    };
    const bool ok =
        make(m_upsertTicket,
             QStringLiteral(
                 "INSERT INTO tickets (id, day, number, state, priority, service, current_errand, errands,"
                 " issued_at, called_at, counter, assigned_counter, recalls, requeues, id_ref, "
                 "appointment_ref,"
                 " appointment_start, appointment_end, device, person_key, queued_at, visits)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                 " ON CONFLICT (id) DO UPDATE SET state = excluded.state, service = excluded.service,"
                 " current_errand = excluded.current_errand, errands = excluded.errands,"
                 " called_at = excluded.called_at, counter = excluded.counter,"
                 " assigned_counter = excluded.assigned_counter, recalls = excluded.recalls,"
                 " requeues = excluded.requeues, queued_at = excluded.queued_at,"
                 " visits = excluded.visits")) &&
        // The columns the upsert's DO UPDATE sets, and only those: a ticket already stored (three of a
        // ticket's four changes: call, start, finish) is updated without the insert's attempt first.
        make(m_updateTicket,
             QStringLiteral("UPDATE tickets SET state = ?, service = ?, current_errand = ?, errands = ?,"
                            " called_at = ?, counter = ?, assigned_counter = ?, recalls = ?, requeues = ?,"
                            " queued_at = ?, visits = ? WHERE id = ?")) &&
        make(m_upsertCounter,
             QStringLiteral(
                 "INSERT INTO counters (number, status, current_ticket, staff, normal_streak, since,"
                 " last_active) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (number) DO UPDATE SET"
                 " status = excluded.status, current_ticket = excluded.current_ticket,"
                 " staff = excluded.staff, normal_streak = excluded.normal_streak,"
                 " since = excluded.since, last_active = excluded.last_active")) &&
        make(m_insertVisit,
             QStringLiteral("INSERT INTO visits (ticket_id, seq, day, service, errand, counter, staff,"
                            " queued_at, called_at, started_at, ended_at, outcome, recalls)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) &&
        make(m_insertSpan,
             QStringLiteral("INSERT INTO counter_spans (day, counter, staff, status, started_at, ended_at)"
                            " VALUES (?, ?, ?, ?, ?, ?)")) &&
        make(m_insertEvent,
             QStringLiteral("INSERT INTO journal (seq, at, kind, ticket, counter, staff, device, data)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) &&
        make(m_upsertDay, QStringLiteral("INSERT INTO hall_meta (key, value) VALUES ('day', ?)"
                                         " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) &&
        make(m_insertRequest,
             // An id whose answer the bounded ledger (hall-service) has forgotten runs again; its new
             // answer replaces the old row, which waits on disk for the retention to delete it.
             QStringLiteral("INSERT INTO request_log (device, request_id, op, fingerprint, reply, at)"
                            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (device, request_id) DO UPDATE SET"
                            " op = excluded.op, fingerprint = excluded.fingerprint, reply = excluded.reply,"
                            " at = excluded.at"));
    if (!ok) {
        return storageFailure(QStringLiteral("prepare"), why);
    }
    return true;
}

Result<RestoredState> SqlStore::load()
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    RestoredState s;
    if (!q.exec(QStringLiteral("SELECT value FROM hall_meta WHERE key = 'day'"))) {
        return storageFailure(QStringLiteral("load day"), q.lastError());
    }
    if (q.next()) {
        s.day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    }
    q.prepare(QStringLiteral("SELECT %1 FROM tickets WHERE day = ? ORDER BY id").arg(rows::ticketColumns()));
    q.addBindValue(s.day.toString(Qt::ISODate));
    if (!q.exec()) {
        return storageFailure(QStringLiteral("load tickets"), q.lastError());
    }
    while (q.next()) {
        s.tickets.append(rows::ticketFromRow(q));
    }
    if (!q.exec(QStringLiteral("SELECT number, status, current_ticket, staff, normal_streak, since, "
                               "last_active FROM counters"))) {
        return storageFailure(QStringLiteral("load counters"), q.lastError());
    }
    while (q.next()) {
        s.counters.append(
            CounterState{q.value(0).toInt(),
                         counterStatusFromString(q.value(1).toString()).value_or(CounterStatus::Closed),
                         q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toInt(),
                         halltime::fromIso(q.value(5).toString()), halltime::fromIso(q.value(6).toString())});
    }
    if (!q.exec(QStringLiteral("SELECT (SELECT MAX(seq) FROM journal), (SELECT MAX(id) FROM tickets)")) ||
        !q.next()) {
        return storageFailure(QStringLiteral("load sequences"), q.lastError());
    }
    s.lastSeq = q.value(0).toLongLong();
    s.lastTicketId = q.value(1).toLongLong();
    return s;
}

const QByteArray& SqlStore::isoDay(QDate day)
{
    // Nearly every row of a turn is of the same business day; QDate::toString costs ~5k instructions.
    if (day != m_isoDayOf || m_isoDay.isNull()) {
        m_isoDayOf = day;
        m_isoDay = day.toString(Qt::ISODate).toUtf8();
    }
    return m_isoDay;
}

bool SqlStore::writeTicket(const Ticket& t)
{
    JsonWriter errands(64 * t.errands.size());
    writeErrands(errands, t.errands);
    {
        RowStatement& q = *m_updateTicket;
        q.bind(0, toString(t.state));
        q.bind(1, t.currentService());
        q.bind(2, t.currentErrand);
        q.bindUtf8(3, errands.bytes());
        q.bindOrNull(4, halltime::toIso(t.calledAt));
        q.bind(5, t.counter);
        q.bind(6, t.assignedCounter);
        q.bind(7, t.recalls);
        q.bind(8, t.requeues);
        q.bindOrNull(9, halltime::toIso(t.queuedAt));
        q.bind(10, t.visits);
        q.bind(11, t.id);
        if (!q.exec()) {
            m_ticketError = q.lastError();
            return false;
        }
        if (q.rowsChanged() > 0) {
            return true;
        }
    }
    RowStatement& q = *m_upsertTicket;
    q.bind(0, t.id);
    q.bindUtf8(1, isoDay(t.day));
    q.bind(2, t.number);
    q.bind(3, toString(t.state));
    q.bind(4, toString(t.priority));
    q.bind(5, t.currentService());
    q.bind(6, t.currentErrand);
    q.bindUtf8(7, errands.bytes());
    q.bind(8, halltime::toIso(t.issuedAt));
    q.bindOrNull(9, halltime::toIso(t.calledAt));
    q.bind(10, t.counter);
    q.bind(11, t.assignedCounter);
    q.bind(12, t.recalls);
    q.bind(13, t.requeues);
    q.bindOrNull(14, t.idRef);
    if (t.appointment) {
        q.bind(15, t.appointment->reference);
        q.bind(16, halltime::toIso(t.appointment->slotStart));
        q.bind(17, halltime::toIso(t.appointment->slotEnd));
    } else {
        q.bindNull(15);
        q.bindNull(16);
        q.bindNull(17);
    }
    q.bindOrNull(18, t.device);
    q.bindOrNull(19, t.personKey);
    q.bindOrNull(20, halltime::toIso(t.queuedAt));
    q.bind(21, t.visits);
    if (!q.exec()) {
        m_ticketError = q.lastError();
        return false;
    }
    return true;
}

bool SqlStore::writeCounter(const CounterState& c)
{
    RowStatement& q = *m_upsertCounter;
    q.bind(0, c.number);
    q.bind(1, toString(c.status));
    q.bind(2, c.currentTicket);
    q.bindOrNull(3, c.staff);
    q.bind(4, c.normalStreak);
    q.bindOrNull(5, halltime::toIso(c.since));
    q.bindOrNull(6, halltime::toIso(c.lastActive));
    return q.exec();
}

bool SqlStore::writeVisit(const Visit& v)
{
    RowStatement& q = *m_insertVisit;
    q.bind(0, v.ticketId);
    q.bind(1, v.seq);
    q.bindUtf8(2, isoDay(v.day));
    q.bind(3, v.service);
    q.bind(4, v.errand);
    q.bind(5, v.counter);
    q.bindOrNull(6, v.staff);
    q.bind(7, halltime::toIso(v.queuedAt));
    q.bind(8, halltime::toIso(v.calledAt));
    q.bindOrNull(9, halltime::toIso(v.startedAt));
    q.bind(10, halltime::toIso(v.endedAt));
    q.bind(11, toString(v.outcome));
    q.bind(12, v.recalls);
    return q.exec();
}

bool SqlStore::writeSpan(const CounterSpan& s)
{
    RowStatement& q = *m_insertSpan;
    q.bind(0, s.day.toString(Qt::ISODate));
    q.bind(1, s.counter);
    q.bindOrNull(2, s.staff);
    q.bind(3, toString(s.status));
    q.bind(4, halltime::toIso(s.from));
    q.bind(5, halltime::toIso(s.to));
    return q.exec();
}

bool SqlStore::writeEvent(const JournalEvent& e)
{
    RowStatement& q = *m_insertEvent;
    q.bind(0, e.seq);
    q.bind(1, halltime::toIso(e.at));
    q.bind(2, e.kind);
    q.bindOrNull(3, e.ticket);
    if (e.counter == 0) {
        q.bindNull(4);
    } else {
        q.bind(4, e.counter);
    }
    q.bindOrNull(5, e.actor.staff);
    q.bindOrNull(6, e.actor.device);
    // The engine's own bytes of `data` when it wrote them (the fan-out sends the same), else written here.
    q.bindUtf8(7, e.json.isEmpty() ? JsonWriter::compact(e.data) : e.json);
    return q.exec();
}

bool SqlStore::writeRequest(const RequestRecord& r)
{
    RowStatement& q = *m_insertRequest;
    q.bind(0, r.device);
    q.bind(1, r.requestId);
    q.bind(2, r.op);
    q.bind(3, r.fingerprint);
    q.bindUtf8(4, r.reply);
    q.bind(5, halltime::toIso(r.at));
    return q.exec();
}

std::optional<Error> SqlStore::writeRequests(const QList<RequestRecord>& requests)
{
    for (const RequestRecord& r : requests) {
        if (!writeRequest(r)) {
            return storageFailure(QStringLiteral("request log"), m_insertRequest->lastError());
        }
    }
    return std::nullopt;
}

std::optional<Error> SqlStore::write(const ChangeSet& changes, const QList<RequestRecord>& requests)
{
    if (!m_upsertTicket) {
        return Error{ErrorCode::StorageFailed, QStringLiteral("存储失败: 数据库连接已断开，正在重新连接")};
    }
    // A row changed several times in one batch is written once, in its last state.
    QHash<qint64, qsizetype> lastTicket;
    for (qsizetype i = 0; i < changes.tickets.size(); ++i) {
        lastTicket.insert(changes.tickets[i].id, i);
    }
    QHash<int, qsizetype> lastCounter;
    for (qsizetype i = 0; i < changes.counters.size(); ++i) {
        lastCounter.insert(changes.counters[i].number, i);
    }
    for (qsizetype i = 0; i < changes.tickets.size(); ++i) {
        if (lastTicket.value(changes.tickets[i].id) == i && !writeTicket(changes.tickets[i])) {
            return storageFailure(QStringLiteral("ticket"), m_ticketError);
        }
    }
    for (qsizetype i = 0; i < changes.counters.size(); ++i) {
        if (lastCounter.value(changes.counters[i].number) == i && !writeCounter(changes.counters[i])) {
            return storageFailure(QStringLiteral("counter"), m_upsertCounter->lastError());
        }
    }
    for (const JournalEvent& e : changes.events) {
        if (!writeEvent(e)) {
            return storageFailure(QStringLiteral("journal"), m_insertEvent->lastError());
        }
    }
    for (const Visit& v : changes.visits) {
        if (!writeVisit(v)) {
            return storageFailure(QStringLiteral("visit"), m_insertVisit->lastError());
        }
    }
    for (const CounterSpan& span : changes.spans) {
        if (!writeSpan(span)) {
            return storageFailure(QStringLiteral("counter span"), m_insertSpan->lastError());
        }
    }
    if (auto failed = writeRequests(requests)) {
        return failed;
    }
    if (changes.day) {
        m_upsertDay->bind(0, changes.day->toString(Qt::ISODate));
        if (!m_upsertDay->exec()) {
            return storageFailure(QStringLiteral("day"), m_upsertDay->lastError());
        }
    }
    return std::nullopt;
}

std::optional<Error> SqlStore::commit(const ChangeSet& changes, const QList<RequestRecord>& requests)
{
    if (changes.isEmpty() && changes.tickets.isEmpty() && changes.counters.isEmpty() && requests.isEmpty()) {
        return std::nullopt;
    }
    QSqlDatabase db = database();
    if (!db.transaction()) {
        return storageFailure(QStringLiteral("begin"), db.lastError());
    }
    std::optional<Error> failed = write(changes, requests);
    if (!failed && !db.commit()) {
        failed = storageFailure(QStringLiteral("commit"), db.lastError());
    }
    if (failed) {
        db.rollback();
    }
    return failed;
}

Result<QList<JournalEvent>> SqlStore::journal(qint64 afterSeq, int limit)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT seq, at, kind, ticket, counter, staff, device, data FROM journal"
                             " WHERE seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    if (!q.exec()) {
        return storageFailure(QStringLiteral("journal"), q.lastError());
    }
    QList<JournalEvent> out;
    while (q.next()) {
        JournalEvent e;
        e.seq = q.value(0).toLongLong();
        e.at = halltime::fromIso(q.value(1).toString());
        e.kind = q.value(2).toString();
        e.ticket = q.value(3).toString();
        e.counter = q.value(4).toInt();
        e.actor = Actor{q.value(5).toString(), q.value(6).toString()};
        e.data = QJsonDocument::fromJson(q.value(7).toByteArray()).object();
        out.append(std::move(e));
    }
    return out;
}

bool SqlStore::connectionAlive()
{
    if (!m_options.isPostgres()) {
        return true;
    }
    QSqlDatabase db = database();
    QSqlQuery q(db);
    return db.isOpen() && q.exec(QStringLiteral("SELECT 1"));
}

namespace {

PGconn* libpqConnection(QSqlDatabase& db)
{
    if (db.driver() == nullptr) {
        return nullptr;
    }
    // Qt's documented way to the libpq handle (QSqlDriver::handle); named after libpq's struct tag.
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() &&
        (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0)) {
        return *static_cast<PGconn* const*>(handle.constData());
    }
    return nullptr;
}

} // namespace

ConnectionBound::ConnectionBound(QSqlDatabase& db, int waitMs)
{
    PGconn* conn = waitMs > 0 ? libpqConnection(db) : nullptr;
    const int socket = conn != nullptr ? PQsocket(conn) : -1;
    if (socket < 0) {
        return;
    }
    m_ticket = CommitWatchdog::instance().arm(std::chrono::milliseconds(waitMs), [this, socket, waitMs] {
        // The descriptor stays open (libpq closes it): no other file can take its number meanwhile.
        ::shutdown(socket, SHUT_RDWR);
        m_cut = true;
        qWarning("hall: the city database did not answer within %d ms: its connection was cut "
                 "(the turn fails, the link reconnects)",
                 waitMs);
    });
}

ConnectionBound::~ConnectionBound()
{
    if (m_ticket != 0) {
        CommitWatchdog::instance().disarm(m_ticket);
    }
}

bool commitWithin(QSqlDatabase& db, int waitMs, bool* unconfirmed)
{
    *unconfirmed = false;
    PGconn* conn = waitMs > 0 ? libpqConnection(db) : nullptr;
    if (conn == nullptr) {
        if (waitMs > 0) {
            qWarning("hall: the commit wait is not bounded: no libpq handle (driver handle %s)",
                     db.driver() != nullptr ? db.driver()->handle().typeName() : "none");
        }
        return db.commit();
    }
    const std::unique_ptr<PGcancel, decltype(&PQfreeCancel)> cancel(PQgetCancel(conn), &PQfreeCancel);
    if (!cancel) {
        return db.commit();
    }
    // The process's one watchdog thread (not a thread per commit): it cancels the COMMIT if it is
    // still waiting at the bound; disarm waits for a cancel under way, so `cancel` outlives it.
    std::atomic<bool> cancelled = false;
    const CommitWatchdog::Ticket ticket =
        CommitWatchdog::instance().arm(std::chrono::milliseconds(waitMs), [&cancelled, &cancel, waitMs] {
            char why[256];
            cancelled = PQcancel(cancel.get(), why, sizeof why) == 1;
            qWarning("hall: a commit waited %d ms for the synchronous standby: %s", waitMs,
                     cancelled ? "cancelled on the server, which commits on the primary alone" : why);
        });
    const bool ok = db.commit();
    CommitWatchdog::instance().disarm(ticket);
    *unconfirmed = cancelled.load();
    return ok;
}

namespace {

/// A transaction that takes an id (so its COMMIT waits for a synchronous standby) must commit within
/// `waitMs`, bounded the way GroupCommit bounds a turn.
std::optional<Error> probeCommit(QSqlDatabase& db, int waitMs)
{
    QSqlQuery q(db);
    if (!db.transaction()) {
        return storageFailure(QStringLiteral("probe begin"), db.lastError());
    }
    if (!q.exec(QStringLiteral("SELECT pg_current_xact_id()"))) {
        const QSqlError error = q.lastError();
        db.rollback();
        return storageFailure(QStringLiteral("probe"), error);
    }
    q.finish();
    bool unconfirmed = false;
    if (!commitWithin(db, waitMs, &unconfirmed)) {
        return storageFailure(QStringLiteral("probe commit"), db.lastError());
    }
    if (unconfirmed) {
        return Error{ErrorCode::StorageFailed,
                     QStringLiteral("同步备用库仍未确认提交（%1 ms 内没有应答）").arg(waitMs)};
    }
    return std::nullopt;
}

} // namespace

std::optional<Error> SqlStore::probeWritable(const Options& options, int commitWaitMs)
{
    if (!options.isPostgres()) {
        return std::nullopt;
    }
    const QString name = QStringLiteral("hall-link-probe-%1").arg(g_connections.fetchAndAddRelaxed(1));
    std::optional<Error> out;
    {
        QSqlDatabase db = configureConnection(options, name);
        if (!db.open()) {
            out = storageFailure(QStringLiteral("open"), db.lastError());
        } else {
            QSqlQuery q(db);
            // target_session_attrs=read-write makes libpq pass over a standby; without it in the URL
            // a standby would answer here, and a hall cannot write there.
            if (!q.exec(QStringLiteral("SELECT pg_is_in_recovery()")) || !q.next()) {
                out = storageFailure(QStringLiteral("pg_is_in_recovery"), q.lastError());
            } else if (q.value(0).toBool()) {
                out =
                    Error{ErrorCode::StorageFailed, QStringLiteral("只有只读的备用库应答（尚未提升为主库）")};
            } else if (commitWaitMs > 0) {
                out = probeCommit(db, commitWaitMs);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

SqlStore::Reopened SqlStore::reopen(QString* why)
{
    const StaleStatementFilter quiet;
    // The old session's prepared statements died with it; these handles would name them.
    releaseStatements();
    QSqlDatabase db = database();
    db.close();
    const auto closeWith = [&](Reopened outcome, const QString& message) {
        *why = message;
        db.close();
        return outcome;
    };
    if (!db.open()) {
        return closeWith(Reopened::NoServer, db.lastError().text());
    }
    if (m_options.isPostgres()) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT pg_is_in_recovery()")) || !q.next()) {
            return closeWith(Reopened::NoServer, q.lastError().text());
        }
        if (q.value(0).toBool()) {
            return closeWith(Reopened::NoServer, QStringLiteral("只有只读的备用库应答（尚未提升为主库）"));
        }
        const auto claimed = claimPostgresHall(db, m_options);
        if (!claimed) {
            return closeWith(Reopened::NoServer, claimed.error().message);
        }
        if (!claimed.value()) {
            // Closed: this process must not write a hall another one owns.
            return closeWith(Reopened::HallTaken, hallTakenError(m_options).message);
        }
    }
    // First reached now (openLater): what open() would have done before preparing.
    if (!m_migrated) {
        if (auto migrated = Migrations::apply(db); !migrated) {
            return closeWith(Reopened::NoServer, migrated.error().message);
        }
        m_migrated = true;
    }
    if (auto prepared = prepare(); !prepared) {
        return closeWith(Reopened::NoServer, prepared.error().message);
    }
    for (const auto& [id, handler] : m_reopenHandlers) {
        if (auto failed = handler()) {
            return closeWith(Reopened::NoServer, failed->message);
        }
    }
    return Reopened::Done;
}

int SqlStore::addReopenHandler(ReopenHandler handler)
{
    const int id = m_nextHandler++;
    m_reopenHandlers.emplace_back(id, std::move(handler));
    return id;
}

void SqlStore::removeReopenHandler(int id)
{
    std::erase_if(m_reopenHandlers, [id](const auto& h) { return h.first == id; });
}

int SqlStore::schemaVersion()
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next() ? q.value(0).toInt()
                                                                                         : 0;
}

} // namespace hall
