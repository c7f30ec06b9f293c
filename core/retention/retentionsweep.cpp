// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retentionsweep.h"

#include "booking/bookingengine.h"
#include "cases/caseengine.h"
#include "domain/queueengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace hall {

namespace {

/// hall_meta key: the last journal seq a pass has cleaned (every entry up to it is before a cut-off).
const QString kJournalMark = QStringLiteral("retention.journalSeq");

Error storageError(const QString& what, const QSqlError& e)
{
    return Error{ErrorCode::StorageFailed, QStringLiteral("保存期限清理 (%1): %2").arg(what, e.text())};
}

/// `v` without any `idRef` (the masked ID a ticket carries), at any depth.
QJsonValue withoutIdRefs(const QJsonValue& v, bool* removed)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        if (o.contains(QLatin1String("idRef"))) {
            o.remove(QLatin1String("idRef"));
            *removed = true;
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            it.value() = withoutIdRefs(it.value(), removed);
        }
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (auto it = a.begin(); it != a.end(); ++it) {
            *it = withoutIdRefs(*it, removed);
        }
        return a;
    }
    return v;
}

QString iso(QDate day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

int PurgeCounts::total() const
{
    int n = 0;
    for (const auto& [name, count] : items()) {
        n += count;
    }
    return n;
}

PurgeCounts& PurgeCounts::operator+=(const PurgeCounts& o)
{
    tickets += o.tickets;
    journalEntries += o.journalEntries;
    bookings += o.bookings;
    bookingEvents += o.bookingEvents;
    divorces += o.divorces;
    cases += o.cases;
    return *this;
}

QList<std::pair<QString, int>> PurgeCounts::items() const
{
    return {{QStringLiteral("tickets"), tickets},   {QStringLiteral("journalEntries"), journalEntries},
            {QStringLiteral("bookings"), bookings}, {QStringLiteral("bookingEvents"), bookingEvents},
            {QStringLiteral("divorces"), divorces}, {QStringLiteral("cases"), cases}};
}

QJsonObject PurgeCounts::toJson() const
{
    QJsonObject o;
    for (const auto& [name, count] : items()) {
        o.insert(name, count);
    }
    return o;
}

RetentionCutoffs RetentionCutoffs::of(const RetentionPolicy& p, QDate today, int penaltyLookbackDays)
{
    return {today.addDays(-p.ticketDays), today.addDays(-p.bookingDays),
            today.addDays(-std::max(p.bookingDays, penaltyLookbackDays)), today.addDays(-p.caseDays)};
}

RetentionSweep::RetentionSweep(QSqlDatabase db, GroupCommit& driver) : m_db(std::move(db)), m_driver(driver)
{
    m_driver.addParticipant(this);
}

RetentionSweep::~RetentionSweep()
{
    m_driver.removeParticipant(this);
}

Result<PurgeCounts> RetentionSweep::run(const RetentionCutoffs& cutoffs, QueueEngine& queue,
                                        BookingEngine* bookings, CaseEngine* cases, const Actor& actor)
{
    // What only storage holds is counted and read first: a read error changes nothing.
    Staged staged{iso(cutoffs.tickets), {}};
    PurgeCounts n;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE day < ?"
                             " AND (person_key IS NOT NULL OR id_ref IS NOT NULL)"));
    q.addBindValue(staged.ticketsBefore);
    if (!q.exec() || !q.next()) {
        return storageError(QStringLiteral("tickets"), q.lastError());
    }
    n.tickets = q.value(0).toInt();
    // The journal's copies of masked IDs, from where the last pass stopped: seq rises with time, so a
    // night reads one day of entries, not the whole journal (only the first pass reads it all).
    q.prepare(QStringLiteral("SELECT value FROM hall_meta WHERE key = ?"));
    q.addBindValue(kJournalMark);
    if (!q.exec()) {
        return storageError(QStringLiteral("journal"), q.lastError());
    }
    staged.journalMark = q.next() ? q.value(0).toLongLong() : 0;
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, at, data FROM journal WHERE seq > ? ORDER BY seq"));
    q.addBindValue(staged.journalMark);
    if (!q.exec()) {
        return storageError(QStringLiteral("journal"), q.lastError());
    }
    while (q.next() && q.value(1).toString().left(10) < staged.ticketsBefore) {
        staged.journalMark = q.value(0).toLongLong();
        const QString text = q.value(2).toString();
        if (!text.contains(QLatin1String("\"idRef\""))) {
            continue;
        }
        bool removed = false;
        const QJsonValue data = withoutIdRefs(QJsonDocument::fromJson(text.toUtf8()).object(), &removed);
        if (removed) {
            staged.journal.append(
                {staged.journalMark,
                 QString::fromUtf8(QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact))});
        }
    }
    q.finish();
    n.journalEntries = static_cast<int>(staged.journal.size());

    // The engines' records, emptied now; they commit with the turn.
    if (bookings != nullptr) {
        const BookingForgetting b = bookings->forgetPersons(cutoffs.bookings, cutoffs.bookingEvents);
        n.bookings = b.bookings;
        n.bookingEvents = b.events;
        n.divorces = b.divorces;
    }
    if (cases != nullptr) {
        n.cases = cases->forgetApplicants(cutoffs.cases);
    }
    // Journalled when it forgot something: a pass with nothing due changes no hall state (a restart
    // must not move seq); the log and /metrics show that it ran.
    if (n.total() > 0) {
        queue.recordHallChange(QStringLiteral("retention.purged"),
                               {{QStringLiteral("counts"), n.toJson()},
                                {QStringLiteral("before"),
                                 QJsonObject{{QStringLiteral("tickets"), iso(cutoffs.tickets)},
                                             {QStringLiteral("bookings"), iso(cutoffs.bookings)},
                                             {QStringLiteral("bookingEvents"), iso(cutoffs.bookingEvents)},
                                             {QStringLiteral("cases"), iso(cutoffs.cases)}}}},
                               actor);
    }
    m_pending = std::move(staged);
    return n;
}

bool RetentionSweep::stage()
{
    m_writing = std::exchange(m_pending, std::nullopt);
    return m_writing.has_value();
}

std::optional<Error> RetentionSweep::write()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE tickets SET person_key = NULL, id_ref = NULL WHERE day < ?"
                             " AND (person_key IS NOT NULL OR id_ref IS NOT NULL)"));
    q.addBindValue(m_writing->ticketsBefore);
    if (!q.exec()) {
        return storageError(QStringLiteral("tickets"), q.lastError());
    }
    q.prepare(QStringLiteral("UPDATE journal SET data = ? WHERE seq = ?"));
    for (const auto& [seq, data] : m_writing->journal) {
        q.bindValue(0, data);
        q.bindValue(1, seq);
        if (!q.exec()) {
            return storageError(QStringLiteral("journal"), q.lastError());
        }
    }
    q.prepare(QStringLiteral("INSERT INTO hall_meta (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(kJournalMark);
    q.addBindValue(QString::number(m_writing->journalMark));
    if (!q.exec()) {
        return storageError(QStringLiteral("journal"), q.lastError());
    }
    return std::nullopt;
}

} // namespace hall
