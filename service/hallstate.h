// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"
#include "domain/notices.h"
#include "domain/queueengine.h"
#include "domain/residentlinks.h"
#include "protocol/views.h"
#include "snapshotwriter.h"
#include "storage/cityoutbox.h"
#include "storage/durablequeue.h"
#include "storage/groupcommit.h"
#include "storage/sqlstore.h"
#include "storage/storelink.h"

#include <QJsonArray>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>

namespace hall {

class BookingDesk;
struct BookingConfig;
class CaseDesk;
class ConfigReloader;
struct CasesConfig;
struct SpecialDateRules;
class ReportDesk;
class RetentionDesk;

/// The hall's single writer: engine, store and group commit on the service's event loop, plus what
/// the protocol reads from them (snapshots, recent calls, waiting counts for events).
class HallState : public QObject
{
    Q_OBJECT
public:
    /// `city`, when given, is the city's PostgreSQL beside a hall whose own `store` is SQLite: the
    /// queue and everything else stay in `store`; the city holds the booking pool and receives the
    /// hall's report facts (CityOutbox); the link watches the city, so a lost city stops booking only.
    HallState(HallConfig config, std::unique_ptr<Clock> clock, std::unique_ptr<SqlStore> store,
              std::unique_ptr<SqlStore> city = nullptr, QObject* parent = nullptr);
    ~HallState() override;

    /// Restores the engine from storage and starts the rollover timer.
    std::optional<Error> start();

    QueueEngine& engine() { return m_engine; }
    DurableQueue& durable() { return m_durable; }
    SqlStore& store() { return *m_store; }
    /// The city's database beside the hall's own store, or nullptr (a single hall, or a hall whose
    /// store is the city's PostgreSQL itself).
    SqlStore* cityStore() { return m_city.get(); }
    /// The database the city pool and the city's figures are on: the city store, else the hall's
    /// own when it is PostgreSQL; nullptr for a hall on its own.
    SqlStore* cityDatabase();
    /// Whether changes of the hall's own state need the link to be up (all of them when the hall's
    /// store is the city's PostgreSQL; none when the city is apart: only bookings need it then).
    bool queueNeedsLink() const { return !m_city; }
    /// With the city apart: the report facts on their way to it (nullptr otherwise, or before start()).
    CityOutbox* cityOutbox() { return m_outbox.get(); }
    /// The one group commit of the service: the queue, bookings and cases in one transaction per turn.
    /// Requests reach it through the one runner (service/ops/changerunner.h).
    GroupCommit& groupCommit() { return m_commit; }
    /// The link to the database (to the city's, when it is apart): refuses changes while it is down
    /// (only the ones that need the city, when it is apart) and reconnects by itself.
    StoreLink& storeLink() { return m_link; }
    /// Adds marriage-registry booking on the same connection and group commit; restores it.
    std::optional<Error> enableBooking(BookingConfig config, const QByteArray& personSecret,
                                       double deviceRate, int deviceBurst, double idRate, int idBurst);
    /// nullptr until enableBooking().
    BookingDesk* booking() { return m_booking.get(); }
    /// Adds case tracking on the same connection and group commit; restores the cases.
    std::optional<Error> enableCases(CasesConfig config, const QByteArray& personSecret);
    /// nullptr until enableCases().
    CaseDesk* cases() { return m_cases.get(); }
    /// Reports: rollups of closed days through the group commit, reads on a worker.
    ReportDesk& reports() { return *m_reports; }
    /// Retention: the nightly pass over queue, bookings and cases (started by main once bookings
    /// and cases are enabled), and the admin op's.
    RetentionDesk& retention() { return *m_retention; }
    const Clock& clock() const { return *m_clock; }
    /// The hall's one calendar (from the hall configuration and the years entered with hall-admin),
    /// shared by the queue, bookings and cases.
    const std::shared_ptr<const HallCalendar>& calendar() const { return m_engine.config().calendar; }
    /// A reloaded calendar, and booking's special dates (nullptr: keep them), for the queue, bookings
    /// and cases at once. Refused, changing nothing, when a confirmed booking from today on would lose
    /// its slot. When anything changed it journals `calendar.changed` (clients fetch the snapshot
    /// again), which commits with the turn; returns whether anything changed.
    Result<bool> reloadCalendar(std::shared_ptr<const HallCalendar> next, const SpecialDateRules* special,
                                const Actor& actor);
    /// Who reloads the configuration on `config.reload` (set by main; nullptr: not offered).
    void setConfigReloader(ConfigReloader* reloader) { m_reloader = reloader; }
    ConfigReloader* configReloader() const { return m_reloader; }
    /// The residents' page addresses (set by main when the hall has a base URL for them): tickets
    /// and bookings then carry `followUrl` / `pageUrl` for their QR codes.
    void setResidentLinks(std::optional<ResidentLinks> links) { m_residentLinks = std::move(links); }
    const ResidentLinks* residentLinks() const { return m_residentLinks ? &*m_residentLinks : nullptr; }

    /// The lobby's public notices, as every display shows them.
    const QList<Notice>& notices() const { return m_notices; }
    /// Replaces the notices (a reload) and journals `notices.changed`, which commits with the turn
    /// (callers wait with groupCommit().whenCommitted or the one runner). Unchanged notices journal
    /// nothing; returns whether they changed.
    bool setNotices(QList<Notice> list, const Actor& actor);

    /// hall.snapshot as `audience` may see it, in compact JSON (cached per view and state version).
    QByteArray snapshotJson(protocol::Audience audience) { return m_snapshots.json(audience); }
    SnapshotWriter& snapshots() { return m_snapshots; }

private:
    void remember(const QList<JournalEvent>& events);
    void loadRecentCalls();
    /// Names each year staff must still enter on the service's log (stderr), once per business day.
    void logCalendarAlerts() const;

    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<SqlStore> m_store;
    std::unique_ptr<SqlStore> m_city;
    QueueEngine m_engine;
    GroupCommit m_commit;
    DurableQueue m_durable;
    StoreLink m_link;
    std::unique_ptr<CityOutbox> m_outbox;
    std::unique_ptr<BookingDesk> m_booking;
    std::unique_ptr<CaseDesk> m_cases;
    std::unique_ptr<ReportDesk> m_reports;
    std::unique_ptr<RetentionDesk> m_retention;
    QTimer m_rollover;
    ConfigReloader* m_reloader = nullptr;
    std::optional<ResidentLinks> m_residentLinks;
    QList<Notice> m_notices = notices::defaults();
    /// Newest first; follows the changes as they are written (so a snapshot taken at the commit
    /// shows the calls of its own seq) and is read back from the journal after a rollback.
    std::deque<QJsonObject> m_recentCalls;
    SnapshotWriter m_snapshots{m_engine, m_recentCalls, m_notices};
};

} // namespace hall
