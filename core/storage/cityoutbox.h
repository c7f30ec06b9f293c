// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <functional>
#include <memory>

namespace hall {

/// A hall's report facts on their way to the city, for a hall that keeps its state in its own SQLite
/// store beside a city PostgreSQL (`--city-database`). Every change of a shipped row (tickets, visits,
/// counter spans, report rollups, the journal, the business day) leaves an entry in the local table
/// `city_outbox` in the same transaction as the change (temporary triggers of the service's own
/// connection), numbered by an ever-rising `seq`. When the city answers, the entries are sent in seq
/// order, a batch per city transaction: each entry names a row by its key and the city's copy of that
/// row becomes the local row as it is now (or goes, when the local row went: retention's erasures
/// reach the city too). The same transaction records the last seq the city has (`hall_meta`
/// `city_outbox_seq` of the hall's schema); the shipped entries are then deleted locally. An entry
/// sent twice (the city committed, the local delete was lost with the process) changes nothing the
/// second time, so the city holds every fact exactly once whatever fails when. The city's figures
/// (`report.queue` scope city) read these copies.
class CityOutbox : public QObject
{
    Q_OBJECT
public:
    /// Makes the outbox table and this connection's triggers on `local` (the hall's committing
    /// SQLite connection); `city` is the connection to the hall's schema in the city database. A
    /// city that has nothing of this hall yet gets every existing row queued once. With a `city` not
    /// open yet (the hall started while the city did not answer) that question waits for the first
    /// batch; the triggers record every change from now on meanwhile.
    static Result<std::unique_ptr<CityOutbox>> open(QSqlDatabase local, QSqlDatabase city);
    ~CityOutbox() override;

    /// Shipping waits while `canShip` says no (the city link is down).
    void setGate(std::function<bool()> canShip) { m_canShip = std::move(canShip); }
    /// A batch (its city statements and commit) takes at most `ms()` ms, or the city connection is cut
    /// and the batch fails (ConnectionBound): a city that hangs holds the hall's event loop no longer.
    void boundBatches(std::function<int()> ms) { m_boundMs = std::move(ms); }
    /// Ships soon (after a commit, after a reconnect); a quiet hall is looked at every few seconds.
    void kick();
    /// Sends up to `limit` entries in one city transaction now; how many it sent.
    Result<int> shipBatch(int limit = 500);

    /// Entries not yet in the city (a local count).
    qint64 pending() const;
    /// Entries shipped since start.
    qint64 shipped() const { return m_shipped; }

signals:
    /// A batch failed (the city's words): the caller asks the link whether the city is gone.
    void failed(const QString& why);

private:
    CityOutbox(QSqlDatabase local, QSqlDatabase city);
    void shipDue();
    /// `evenIfQueued`: asked late (the city was away at open), when the outbox may already hold this
    /// run's entries; queueing a row twice copies it twice, which changes nothing.
    std::optional<Error> queueEverything(bool evenIfQueued = false);

    QSqlDatabase m_local;
    QSqlDatabase m_city;
    std::function<bool()> m_canShip;
    std::function<int()> m_boundMs;
    QTimer m_soon;
    QTimer m_quiet;
    qint64 m_shipped = 0;
    bool m_joinPending = false; ///< queueEverything waits for the city to answer
};

} // namespace hall
