#include "requestledger.h"

#include "domain/halltime.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace hall {

RequestLedger::RequestLedger(QSqlDatabase db, QObject* parent) : QObject(parent), m_db(std::move(db)) {}

QString RequestLedger::key(const QString& device, const QString& requestId)
{
    return device + QLatin1Char('\n') + requestId;
}

QString RequestLedger::fingerprint(const QString& op, const QJsonObject& args)
{
    // QJsonObject keeps keys sorted, so the compact form is canonical.
    QByteArray text = op.toUtf8() + '\n' + QJsonDocument(args).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

std::optional<Error> RequestLedger::load()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT device, request_id, fingerprint, reply FROM request_log WHERE at >= ?"));
    q.addBindValue(halltime::toIso(QDateTime::currentDateTimeUtc().addDays(-2)));
    if (!q.exec()) {
        return Error{ErrorCode::StorageFailed,
                     QStringLiteral("读取请求记录失败: %1").arg(q.lastError().text())};
    }
    while (q.next()) {
        Entry e;
        e.fingerprint = q.value(2).toString();
        e.done = true;
        e.result = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
        m_entries.insert(key(q.value(0).toString(), q.value(1).toString()), std::move(e));
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
    m_entries.insert(key(device, requestId), Entry{fingerprint, false, {}, {}});
}

void RequestLedger::whenDone(const QString& device, const QString& requestId,
                             std::function<void(const Answer&)> then)
{
    m_entries[key(device, requestId)].waiters.push_back(std::move(then));
}

void RequestLedger::fail(const QString& device, const QString& requestId, const QString& code,
                         const QString& message)
{
    const Entry e = m_entries.take(key(device, requestId));
    for (const auto& w : e.waiters) {
        w(Answer{false, {}, code, message});
    }
}

void RequestLedger::succeed(const QString& device, const QString& requestId, const QString& op,
                            const QJsonObject& result, std::function<void(bool)> then)
{
    const QString fp = m_entries.value(key(device, requestId)).fingerprint;
    m_pending.push_back(Pending{device, requestId, op, fp, result, std::move(then)});
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QMetaObject::invokeMethod(this, &RequestLedger::flush, Qt::QueuedConnection);
    }
}

void RequestLedger::flush()
{
    m_flushScheduled = false;
    auto pending = std::exchange(m_pending, {});
    bool ok = m_db.transaction();
    if (ok) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO request_log (device, request_id, op, fingerprint, reply, at)"
                                 " VALUES (?, ?, ?, ?, ?, ?)"));
        const QString at = halltime::toIso(QDateTime::currentDateTimeUtc());
        for (const Pending& p : pending) {
            q.bindValue(0, p.device);
            q.bindValue(1, p.requestId);
            q.bindValue(2, p.op);
            q.bindValue(3, p.fingerprint);
            q.bindValue(4, QString::fromUtf8(QJsonDocument(p.result).toJson(QJsonDocument::Compact)));
            q.bindValue(5, at);
            if (!q.exec()) {
                qWarning("hall: request log write failed: %s", qPrintable(q.lastError().text()));
                ok = false;
                break;
            }
        }
        ok = ok && m_db.commit();
        if (!ok) {
            m_db.rollback();
        }
    }
    for (Pending& p : pending) {
        Entry& e = m_entries[key(p.device, p.requestId)];
        // The change itself is committed either way; keeping the result in memory still protects
        // against retries until a restart, which is the best that can be done without the row.
        e.done = true;
        e.result = p.result;
        auto waiters = std::exchange(e.waiters, {});
        for (const auto& w : waiters) {
            w(Answer{true, p.result, {}, {}});
        }
        p.then(ok);
    }
}

} // namespace hall
