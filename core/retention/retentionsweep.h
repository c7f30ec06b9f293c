// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/journalevent.h"
#include "domain/result.h"
#include "domain/retentionpolicy.h"
#include "storage/groupcommit.h"

#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>

#include <utility>

namespace hall {

class BookingEngine;
class CaseEngine;
class QueueEngine;

/// What one retention pass emptied (personal fields of a kept record) or deleted (ledger rows).
struct PurgeCounts
{
    int tickets = 0;        ///< tickets whose person key and masked ID were emptied
    int journalEntries = 0; ///< journal entries whose copy of a masked ID was removed
    int bookings = 0;       ///< bookings whose parties, names and phone were emptied
    int bookingEvents = 0;  ///< no-show and cancellation events no longer tied to a person
    int divorces = 0;       ///< divorce applications whose parties were emptied
    int cases = 0;          ///< closed cases whose applicant and notes were emptied

    int total() const;
    PurgeCounts& operator+=(const PurgeCounts& o);
    QJsonObject toJson() const;
    /// (name, count) in the order toJson() and /metrics list them.
    QList<std::pair<QString, int>> items() const;
    bool operator==(const PurgeCounts&) const = default;
};

/// The days before which each kind of record loses its personal data, for a pass run on `today`.
struct RetentionCutoffs
{
    QDate tickets;
    QDate bookings;
    QDate bookingEvents;
    QDate cases;

    /// `penaltyLookbackDays`: how far back the booking penalties look (BookingEngine::
    /// penaltyLookbackDays); the person events are kept that long at least.
    static RetentionCutoffs of(const RetentionPolicy& policy, QDate today, int penaltyLookbackDays);
};

/// One retention pass over the whole hall, taking the one road every change takes. The bookings' and
/// cases' engines empty their records at once (what they changed commits with the turn, through
/// their own participants); what only storage holds — past days' tickets and the journal's copies of
/// their masked IDs — is read now and written by this participant in the same transaction; a
/// `retention.purged` journal event carries the counts of a pass that forgot anything. If that commit fails
/// every engine is rebuilt from storage and this participant drops what it staged: nothing is half forgotten.
class RetentionSweep : private CommitParticipant
{
public:
    /// As a participant of `driver`, whose connection is `db` (must outlive this).
    RetentionSweep(QSqlDatabase db, GroupCommit& driver);
    ~RetentionSweep() override;
    RetentionSweep(const RetentionSweep&) = delete;
    RetentionSweep& operator=(const RetentionSweep&) = delete;

    /// Runs a pass now; the changes commit with the turn (callers answer after it). `bookings` and
    /// `cases` may be null where the hall has none. A storage error while reading changes nothing.
    Result<PurgeCounts> run(const RetentionCutoffs& cutoffs, QueueEngine& queue, BookingEngine* bookings,
                            CaseEngine* cases, const Actor& actor);

private:
    struct Staged
    {
        QString ticketsBefore;                     ///< day (ISO)
        QList<std::pair<qint64, QString>> journal; ///< seq → data without the masked IDs
        qint64 journalMark = 0;                    ///< the last seq before the tickets' cut-off
    };

    bool stage() override;
    std::optional<Error> write() override;
    void afterCommit() override { m_writing.reset(); }
    void rebuild() override { m_writing.reset(); }

    QSqlDatabase m_db;
    GroupCommit& m_driver;
    std::optional<Staged> m_pending;
    std::optional<Staged> m_writing;
};

} // namespace hall
