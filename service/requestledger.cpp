// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestledger.h"

#include "domain/halltime.h"
#include "domain/jsonwriter.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

#include <array>

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
    // QJsonObject keeps keys sorted, so the compact form is canonical (JsonWriter writes the bytes
    // QJsonDocument wrote, which the fingerprints stored before it were made of).
    const QByteArray text = op.toUtf8() + '\n' + JsonWriter::compact(args);
    // libsodium's SHA-256, the same digest as QCryptographicHash's at about a third of its cost.
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest;
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(text.constData()),
                       static_cast<unsigned long long>(text.size()));
    // Lower-case hex as QByteArray::toHex writes it, straight into the QString.
    QString hex(qsizetype(digest.size()) * 2, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(hex.data());
    for (const unsigned char b : digest) {
        *out++ = u"0123456789abcdef"[b >> 4];
        *out++ = u"0123456789abcdef"[b & 0xf];
    }
    return hex;
}

std::optional<Error> RequestLedger::prune(QSqlDatabase db)
{
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-m_limits.retentionSecs);
    forgetBefore(cutoff.toMSecsSinceEpoch());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM request_log WHERE at < ?"));
    q.addBindValue(halltime::toIso(cutoff));
    if (!q.exec()) {
        return ledgerError(QStringLiteral("prune"), q.lastError());
    }
    return trim(db);
}

std::optional<Error> RequestLedger::trim(QSqlDatabase db)
{
    if (m_overflowed.isEmpty()) {
        return std::nullopt;
    }
    QSqlQuery q(db);
    // By the owner's key prefix, so each trim reads only that owner's rows.
    q.prepare(
        QStringLiteral("DELETE FROM request_log WHERE device = ? AND request_id NOT IN"
                       " (SELECT request_id FROM request_log WHERE device = ? ORDER BY at DESC LIMIT ?)"));
    for (auto it = m_overflowed.begin(); it != m_overflowed.end();) {
        q.addBindValue(*it);
        q.addBindValue(*it);
        q.addBindValue(m_limits.perOwner);
        if (!q.exec()) {
            return ledgerError(QStringLiteral("trim"), q.lastError());
        }
        it = m_overflowed.erase(it);
    }
    return std::nullopt;
}

std::optional<Error> RequestLedger::reload(QSqlDatabase db)
{
    m_entries.clear();
    m_byAge.clear();
    m_byOwner.clear();
    m_overflowed.clear();
    return load(db);
}

std::optional<Error> RequestLedger::load(QSqlDatabase db)
{
    if (auto failed = prune(db)) {
        return failed;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT device, request_id, fingerprint, reply, at FROM request_log ORDER BY at"));
    if (!q.exec()) {
        return ledgerError(QStringLiteral("load"), q.lastError());
    }
    while (q.next()) {
        const QString device = q.value(0).toString();
        const QString k = key(device, q.value(1).toString());
        const qint64 at = halltime::fromIso(q.value(4).toString()).toMSecsSinceEpoch();
        m_entries.insert(k, Entry{q.value(2).toString(), {}, true, q.value(3).toByteArray(), at, {}});
        remember(device, k, at);
    }
    q.finish();
    return trim(db);
}

void RequestLedger::remember(const QString& device, const QString& k, qint64 atMs)
{
    m_byAge.emplace_back(atMs, k);
    auto& mine = m_byOwner[device];
    mine.emplace_back(atMs, k);
    while (static_cast<qsizetype>(mine.size()) > m_limits.perOwner) {
        evict(mine.front());
        mine.pop_front();
        m_overflowed.insert(device);
    }
    while (!m_byAge.empty() && m_byAge.front().first < atMs - m_limits.retentionSecs * 1000) {
        evict(m_byAge.front());
        m_byAge.pop_front();
    }
}

void RequestLedger::evict(const std::pair<qint64, QString>& position)
{
    const auto it = m_entries.find(position.second);
    // A request that failed and was run again under the same id has a newer entry: keep that one.
    if (it != m_entries.end() && it->atMs == position.first && it->waiters.empty()) {
        m_entries.erase(it);
    }
}

void RequestLedger::forgetBefore(qint64 cutoffMs)
{
    while (!m_byAge.empty() && m_byAge.front().first < cutoffMs) {
        evict(m_byAge.front());
        m_byAge.pop_front();
    }
    // The per-owner queues hold the same positions; drop the expired heads so they stay bounded too.
    for (auto it = m_byOwner.begin(); it != m_byOwner.end();) {
        auto& q = it.value();
        while (!q.empty() && q.front().first < cutoffMs) {
            q.pop_front();
        }
        it = q.empty() ? m_byOwner.erase(it) : std::next(it);
    }
}

const QString& RequestLedger::fingerprintOf(const Entry& e)
{
    if (e.fingerprintLater) {
        e.fingerprint = std::exchange(e.fingerprintLater, {})();
    }
    return e.fingerprint;
}

RequestLedger::Lookup RequestLedger::lookup(const QString& device, const QString& requestId,
                                            const QString& fingerprint) const
{
    return lookup(device, requestId, LazyFingerprint([&fingerprint] { return fingerprint; }));
}

RequestLedger::Lookup RequestLedger::lookup(const QString& device, const QString& requestId,
                                            const LazyFingerprint& fingerprint) const
{
    const auto it = m_entries.constFind(key(device, requestId));
    if (it == m_entries.cend()) {
        return {State::New, {}};
    }
    if (fingerprintOf(it.value()) != fingerprint()) {
        return {State::Conflict, {}};
    }
    return it->done ? Lookup{State::Done, it->result} : Lookup{State::InFlight, {}};
}

void RequestLedger::begin(const QString& device, const QString& requestId, const QString& fingerprint)
{
    m_entries.insert(key(device, requestId), Entry{fingerprint, {}, false, {}, 0, {}});
}

void RequestLedger::begin(const QString& device, const QString& requestId, LazyFingerprint fingerprint)
{
    m_entries.insert(key(device, requestId), Entry{{}, std::move(fingerprint), false, {}, 0, {}});
}

void RequestLedger::whenDone(const QString& device, const QString& requestId,
                             std::function<void(const Answer&)> then)
{
    const auto it = m_entries.find(key(device, requestId));
    if (it != m_entries.end()) {
        it->waiters.push_back(std::move(then));
    }
}

RequestRecord RequestLedger::record(const QString& device, const QString& requestId, const QString& op,
                                    const QByteArray& resultJson, const QDateTime& at)
{
    const QString k = key(device, requestId);
    Entry& e = m_entries[k];
    e.result = resultJson;
    e.atMs = at.toMSecsSinceEpoch();
    RequestRecord row{device, requestId, op, fingerprintOf(e), resultJson, at};
    remember(device, k, e.atMs);
    return row;
}

void RequestLedger::complete(const QString& device, const QString& requestId)
{
    const auto it = m_entries.find(key(device, requestId));
    if (it == m_entries.end()) {
        return;
    }
    it->done = true;
    const auto waiters = std::exchange(it->waiters, {});
    for (const auto& w : waiters) {
        w(Answer{true, it->result, {}, {}});
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
