#include "requestledger.h"

#include "domain/halltime.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace hall {

namespace {

Error ledgerError(const QString& what, const QSqlError& e)
{
    return Error{ErrorCode::StorageFailed, QStringLiteral("请求记录 (%1): %2").arg(what, e.text())};
}

} // namespace

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

std::optional<Error> RequestLedger::load(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT device, request_id, fingerprint, reply FROM request_log WHERE at >= ?"));
    q.addBindValue(halltime::toIso(QDateTime::currentDateTimeUtc().addDays(-2)));
    if (!q.exec()) {
        return ledgerError(QStringLiteral("load"), q.lastError());
    }
    while (q.next()) {
        m_entries.insert(
            key(q.value(0).toString(), q.value(1).toString()),
            Entry{
                q.value(2).toString(), true, QJsonDocument::fromJson(q.value(3).toByteArray()).object(), {}});
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

RequestRecord RequestLedger::record(const QString& device, const QString& requestId, const QString& op,
                                    const QJsonObject& result, const QDateTime& at)
{
    Entry& e = m_entries[key(device, requestId)];
    e.result = result;
    return RequestRecord{device, requestId, op, e.fingerprint, result, at};
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
    for (const auto& w : e.waiters) {
        w(Answer{false, {}, code, message});
    }
}

} // namespace hall
