#include "requestledger.h"

#include "domain/halltime.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>

namespace hall {

namespace {

Error ledgerError(const QString& what, const QSqlError& e)
{
    return Error{ErrorCode::StorageFailed, QStringLiteral("请求记录 (%1): %2").arg(what, e.text())};
}

} // namespace

RequestLedger::~RequestLedger()
{
    m_insert.reset();
    m_delete.reset();
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString RequestLedger::key(const QString& device, const QString& requestId)
{
    return device + QLatin1Char('\n') + requestId;
}

QString RequestLedger::fingerprint(const QString& op, const QJsonObject& args)
{
    // QJsonObject keeps keys sorted, so the compact form is canonical.
    const QByteArray text = op.toUtf8() + '\n' + QJsonDocument(args).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

std::optional<Error> RequestLedger::open(const QString& databasePath, qint64 durableSeq)
{
    m_connection = QStringLiteral("hall-request-ledger");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(databasePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return ledgerError(QStringLiteral("open"), db.lastError());
    }
    QSqlQuery q(db);
    // NORMAL: no fsync of its own; the queue's group commit (synchronous=FULL) makes the row durable.
    if (!q.exec(QStringLiteral("PRAGMA synchronous=NORMAL")) ||
        !q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"))) {
        return ledgerError(QStringLiteral("pragma"), q.lastError());
    }
    q.prepare(QStringLiteral("SELECT device, request_id, fingerprint, reply FROM request_log WHERE at >= ?"));
    q.addBindValue(halltime::toIso(QDateTime::currentDateTimeUtc().addDays(-2)));
    if (!q.exec()) {
        return ledgerError(QStringLiteral("load"), q.lastError());
    }
    QList<std::pair<QString, QString>> stale;
    while (q.next()) {
        const QJsonObject reply = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
        if (reply.value(QLatin1String("seq")).toInteger() > durableSeq) {
            stale.append({q.value(0).toString(), q.value(1).toString()});
            continue;
        }
        m_entries.insert(
            key(q.value(0).toString(), q.value(1).toString()),
            Entry{q.value(2).toString(), true, true, reply.value(QLatin1String("result")).toObject(), {}});
    }
    m_insert = std::make_unique<QSqlQuery>(db);
    m_delete = std::make_unique<QSqlQuery>(db);
    if (!m_insert->prepare(
            QStringLiteral("INSERT INTO request_log (device, request_id, op, fingerprint, reply, at)"
                           " VALUES (?, ?, ?, ?, ?, ?)")) ||
        !m_delete->prepare(QStringLiteral("DELETE FROM request_log WHERE device = ? AND request_id = ?"))) {
        return ledgerError(QStringLiteral("prepare"), m_insert->lastError());
    }
    for (const auto& [device, requestId] : stale) {
        m_delete->bindValue(0, device);
        m_delete->bindValue(1, requestId);
        m_delete->exec();
    }
    return std::nullopt;
}

RequestLedger::Lookup RequestLedger::lookup(const QString& device, const QString& requestId,
                                            const QString& fingerprint) const
{
    const auto it = m_entries.constFind(key(device, requestId));
    if (it == m_entries.cend()) {
        return {State::New, {}};
    }
    if (it->fingerprint != fingerprint) {
        return {State::Conflict, {}};
    }
    return it->done ? Lookup{State::Done, it->result} : Lookup{State::InFlight, {}};
}

void RequestLedger::begin(const QString& device, const QString& requestId, const QString& fingerprint)
{
    m_entries.insert(key(device, requestId), Entry{fingerprint, false, false, {}, {}});
}

void RequestLedger::whenDone(const QString& device, const QString& requestId,
                             std::function<void(const Answer&)> then)
{
    m_entries[key(device, requestId)].waiters.push_back(std::move(then));
}

bool RequestLedger::record(const QString& device, const QString& requestId, const QString& op,
                           const QJsonObject& result, qint64 seq)
{
    Entry& e = m_entries[key(device, requestId)];
    e.result = result;
    const QJsonObject reply{{QStringLiteral("seq"), seq}, {QStringLiteral("result"), result}};
    m_insert->bindValue(0, device);
    m_insert->bindValue(1, requestId);
    m_insert->bindValue(2, op);
    m_insert->bindValue(3, e.fingerprint);
    m_insert->bindValue(4, QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact)));
    m_insert->bindValue(5, halltime::toIso(QDateTime::currentDateTimeUtc()));
    e.written = m_insert->exec();
    if (!e.written) {
        qWarning("hall: request log write failed: %s", qPrintable(m_insert->lastError().text()));
    }
    return e.written;
}

void RequestLedger::complete(const QString& device, const QString& requestId)
{
    Entry& e = m_entries[key(device, requestId)];
    e.done = true;
    auto waiters = std::exchange(e.waiters, {});
    for (const auto& w : waiters) {
        w(Answer{true, e.result, {}, {}});
    }
}

void RequestLedger::fail(const QString& device, const QString& requestId, const QString& code,
                         const QString& message)
{
    const Entry e = m_entries.take(key(device, requestId));
    if (e.written) {
        m_delete->bindValue(0, device);
        m_delete->bindValue(1, requestId);
        m_delete->exec();
    }
    for (const auto& w : e.waiters) {
        w(Answer{false, {}, code, message});
    }
}

} // namespace hall
