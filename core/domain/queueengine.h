// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "counterstate.h"
#include "daycounts.h"
#include "devicestatus.h"
#include "hallconfig.h"
#include "journalevent.h"
#include "queueindex.h"
#include "queuepolicy.h"
#include "result.h"
#include "servicetimeestimator.h"
#include "ticket.h"
#include "visit.h"
#include "waitfigures.h"

#include <QDate>
#include <QList>

#include <map>
#include <optional>
#include <unordered_map>

namespace hall {

class JsonWriter;

/// What a kiosk asks for when a resident takes a ticket.
struct IssueRequest
{
    QStringList services; ///< one or more errands, served in this order (one-stop)
    PriorityClass priority = PriorityClass::Normal;
    QString idRef; ///< masked ID number; a full number is refused
    std::optional<Appointment> appointment;
    Actor actor;
    /// IdNumber::personKey of the resident, if they identified themselves. Last, so that requests
    /// without one can leave it out.
    QString personKey;
};

/// Everything one or more successful operations changed, for storage to make durable.
struct ChangeSet
{
    QList<JournalEvent> events;
    QList<Ticket> tickets; ///< state after the change
    QList<CounterState> counters;
    QList<Visit> visits;      ///< stays at a window that ended (report facts, written once)
    QList<CounterSpan> spans; ///< open or paused stretches of a window that ended (report facts)
    std::optional<QDate> day; ///< the business day the changes belong to

    /// Nothing to write.
    bool isEmpty() const
    {
        return events.isEmpty() && tickets.isEmpty() && counters.isEmpty() && visits.isEmpty() &&
               spans.isEmpty() && !day;
    }
};

/// Hall state as storage holds it, to rebuild the engine after a restart.
struct RestoredState
{
    QDate day;
    QList<Ticket> tickets; ///< tickets of `day`
    QList<CounterState> counters;
    qint64 lastSeq = 0;
    qint64 lastTicketId = 0;
};

/// The complete state of the current business day, comparable for restart tests.
struct QueueSnapshot
{
    QDate day;
    qint64 seq = 0;
    QList<Ticket> tickets;        ///< ordered by id
    QList<CounterState> counters; ///< ordered by number
    bool operator==(const QueueSnapshot&) const = default;
};

/// Where a waiting ticket stands.
struct TicketEstimate
{
    int ahead = 0;
    int waitMinutes = 0;
};

/// The hall queue: tickets, counters and the rules that move them. In memory and single-threaded;
/// every successful operation records journal events and the rows it changed (takeChanges()), every
/// refused one returns an Error and changes nothing. Durability is DurableQueue's job.
class QueueEngine
{
public:
    QueueEngine(HallConfig config, const Clock& clock);

    /// Replaces all state with what storage held. Rolls over first if that day is over.
    void restore(const RestoredState& state);

    Result<Ticket> issue(const IssueRequest& request);
    Result<Ticket> callNext(int counter, const Actor& actor);
    Result<Ticket> call(int counter, const QString& number, const Actor& actor);
    /// Calls the counter's ticket again; past maxRecalls the ticket is set aside instead.
    Result<Ticket> recall(int counter, const Actor& actor);
    Result<Ticket> start(int counter, const Actor& actor);
    /// Finishes the current errand; a ticket with errands left re-enters the next service's queue.
    Result<Ticket> finish(int counter, Rating rating, const Actor& actor);
    Result<Ticket> setAside(int counter, const Actor& actor);
    Result<Ticket> requeue(const QString& number, const Actor& actor);
    Result<Ticket> transferToService(int counter, const QString& serviceId, const Actor& actor);
    Result<Ticket> transferToCounter(int counter, int targetCounter, const Actor& actor);
    Result<Ticket> cancel(const QString& number, const Actor& actor);
    /// The resident's rating of the errand `counter` finished last, within kRatingWindowSecs of the
    /// finish and only once (queueengine_ratings.cpp); journalled as `ticket.rated`.
    Result<Ticket> rate(int counter, const QString& number, Rating rating, const Actor& actor);
    static constexpr int kRatingWindowSecs = 300;
    /// Moves the waiting tickets transferred to `counter` to `targetCounter`, or back to their
    /// services' queues when it is 0 (queueengine_supervision.cpp).
    Result<QList<Ticket>> reassignWaiting(int counter, int targetCounter, const Actor& actor);
    /// Today's counts per service and counter, and the ratings (queueengine_supervision.cpp).
    DayCounts dayCounts() const;

    /// Opens a closed window for the acting staff member; on a window already open or paused, a
    /// different staff member takes it over as it is (journalled `counter.changed`, `takeOver`).
    Result<CounterState> openCounter(int counter, const Actor& actor);
    Result<CounterState> pauseCounter(int counter, const Actor& actor);
    Result<CounterState> resumeCounter(int counter, const Actor& actor);
    Result<CounterState> closeCounter(int counter, const Actor& actor);

    /// Records what a device reports about one of its peripherals; journals `device.status` only
    /// when the report differs from that device's last one (devices re-report on every reconnect).
    /// Returns the stored report. queueengine_devices.cpp.
    Result<DeviceStatus> reportDevice(DeviceStatus report, const Actor& actor);
    /// The latest report per device and peripheral, ordered by device, then kind. Not stored: after
    /// a restart devices report again when they reconnect.
    QList<DeviceStatus> devices() const;
    /// The latest report of `device` on `kind`, if any.
    std::optional<DeviceStatus> deviceReport(const QString& device, const QString& kind) const;

    /// Expires yesterday's open tickets and closes all counters when the business day has changed.
    void rollOverIfDue();

    /// Records a `queue.changed` event with the waiting figures (waiting, waitMinutes, openCounters)
    /// of every service whose figures differ from the last queue.changed (all of them the first time
    /// after a restore), if anything changed since the last takeChanges(): DurableQueue calls it once
    /// per group commit, so displays and kiosks get the new figures with a seq, once per commit.
    void recordQueueFigures();

    /// Journals a change of hall state held outside the queue (the lobby notices after a reload), so
    /// every subscriber gets it in seq order like any other change.
    void recordHallChange(const QString& kind, const QJsonObject& data, const Actor& actor);

    const HallConfig& config() const { return m_config; }
    /// The hall calendar the queue follows: `issue` is refused (HALL_CLOSED) on a day it closes, and
    /// on a holiday-plan day only the plan's services are issued, within the plan's hours.
    const HallCalendar& calendar() const { return *m_config.calendar; }
    /// A reloaded calendar: from the next issue on. Tickets already issued keep their place.
    void setCalendar(std::shared_ptr<const HallCalendar> calendar);
    QDate day() const { return m_day; }
    qint64 lastSeq() const { return m_seq; }
    const Ticket* ticket(const QString& number) const;
    const Ticket* ticketById(qint64 id) const;
    /// writeJson(w, t), from the bytes the last event wrote for that very ticket state when there are
    /// some (a ticket.issue's reply repeats its event's ticket).
    void writeTicketJson(JsonWriter& w, const Ticket& t) const;
    const CounterState* counter(int number) const;
    int waitingCount(const QString& serviceId) const { return m_index.waitingCount(serviceId); }
    /// Counters open (not paused) that serve the service.
    int openCountersFor(const QString& serviceId) const;
    std::optional<TicketEstimate> estimate(const QString& number) const;
    /// Minutes a ticket taken now for the service would wait.
    int estimateNewTicketMinutes(const QString& serviceId) const;
    QueueSnapshot snapshot() const;
    /// Today's open tickets (waiting, called, serving, set aside), ordered by id.
    QList<const Ticket*> openTickets() const;
    /// The seq of the last journalled change of ticket `id` since the engine's state was last
    /// replaced (0: unchanged since). With generation(), what a cache of per-ticket output is keyed by.
    qint64 ticketVersion(qint64 id) const { return m_ticketVersion.value(id); }
    /// Rises whenever the state is replaced wholesale (restore, a new business day).
    quint64 generation() const { return m_generation; }

    /// The changes since the last call, in order.
    ChangeSet takeChanges();

private:
    QString closedMessage(const HallDay& today, const ServiceDef& service) const;

    struct CounterRef
    {
        const CounterDef* def;
        CounterState* state;
    };
    void forgetDay(); // drops the day's tickets and everything derived from them
    Result<CounterRef> counterRef(int number);
    Result<CounterRef> callableCounter(int number);
    Result<Ticket*> activeTicket(const CounterRef& c, TicketState required, const QString& action);
    Ticket* findTicket(const QString& number);
    const Ticket* openTicketOfPerson(const QString& personKey, const QStringList& services) const;
    QList<Ticket*> ticketsInIdOrder(); // unordered_map order must never leak into the journal
    Ticket& callTicket(Ticket& t, CounterRef c, const Actor& actor);
    void releaseFromCounter(Ticket& t, CounterRef c);
    /// Every action at a window: the staff member who works it is the one serving there (a colleague
    /// may take over an open window without closing it; an admin device's actor leaves it as it is),
    /// `status` its new status if it changes. A change of either ends the window's running span.
    void attend(CounterRef c, const Actor& actor, std::optional<CounterStatus> status = std::nullopt);
    void endSpan(const CounterState& c, const QDateTime& end);
    /// Records the end of `t`'s stay at window `c` (before the ticket is released from it).
    void endVisit(Ticket& t, const CounterState& c, VisitOutcome outcome, const QDateTime& endedAt);
    void record(const QString& kind, const Ticket* t, const CounterState* c, const Actor& actor,
                QJsonObject extra = {});
    /// An event's data as compact JSON: `extra` with the ticket's and the counter's state.
    QByteArray eventDataJson(const QJsonObject& extra, const Ticket* t, const CounterState* c);
    Error invalidTransition(const Ticket& t, const QString& action) const;
    QString counterName(int number) const;

    HallConfig m_config;
    QueuePolicy m_policy;
    const Clock& m_clock;
    QDate m_day;
    qint64 m_seq = 0;
    qint64 m_lastTicketId = 0;
    std::unordered_map<qint64, Ticket> m_tickets; // node-based: the index keeps pointers into it
    QHash<QString, qint64> m_byNumber;
    QMultiHash<QString, qint64> m_byPerson; // personKey → ticket ids of today
    std::map<int, CounterState> m_counters;
    QHash<QString, int> m_lastNumber; // per prefix service
    QHash<QString, int> m_issuedFor;  // per service, for quotas
    QueueIndex m_index;
    ServiceTimeEstimator m_estimator;
    ChangeSet m_changes;
    QHash<qint64, qint64> m_ticketVersion; // ticket id → seq of its last change
    /// The ticket of the last event and its JSON as the event's data holds it (writeTicketJson()).
    struct WrittenTicket
    {
        Ticket ticket;
        QByteArray json;
    };
    WrittenTicket m_lastWritten;
    quint64 m_generation = 0;
    QHash<QString, waitfigures::Figures> m_lastFigures; // per service, as the last queue.changed carried them
    std::map<std::pair<QString, QString>, DeviceStatus> m_devices; // (device, kind) → latest report
};

} // namespace hall
