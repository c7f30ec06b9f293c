// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hallstate.h"

#include "bookingconfig.h"
#include "desks/bookingdesk.h"
#include "desks/casedesk.h"
#include "desks/reportdesk.h"
#include "desks/retentiondesk.h"
#include "domain/halltime.h"
#include "ops/calendarviews.h"
#include "protocol/recentcalls.h"
#include "system/journallog.h"

#include <cstdio>

namespace hall {

namespace {

constexpr int kRecentCalls = 10;
constexpr int kRolloverCheckMs = 30'000;

QJsonObject callEntry(const JournalEvent& e)
{
    return {{QStringLiteral("ticket"), e.ticket},
            {QStringLiteral("counter"), e.counter},
            {QStringLiteral("counterName"), e.data.value(QLatin1String("counterName"))},
            {QStringLiteral("recall"), e.data.value(QLatin1String("recall")).toBool()},
            {QStringLiteral("at"), halltime::toIso(e.at)},
            {QStringLiteral("seq"), e.seq}};
}

} // namespace

HallState::HallState(HallConfig config, std::unique_ptr<Clock> clock, std::unique_ptr<SqlStore> store,
                     std::unique_ptr<SqlStore> city, QObject* parent)
    : QObject(parent), m_clock(std::move(clock)), m_store(std::move(store)), m_city(std::move(city)),
      m_engine(std::move(config), *m_clock),
      m_commit(m_store->database(),
               [store = m_store.get()](const QList<RequestRecord>& r) { return store->writeRequests(r); }),
      m_durable(m_engine, *m_store, m_commit),
      m_link(m_city ? *m_city : *m_store, m_commit, StoreLink::Settings{.apart = m_city != nullptr})
{
    connect(&m_durable, &DurableQueue::staged, this, &HallState::remember);
    connect(&m_durable, &DurableQueue::restored, this, &HallState::loadRecentCalls);
    connect(&m_rollover, &QTimer::timeout, this, [this] {
        m_commit.keepApart(false); // the new day's queue never waits on, or fails with, the city
        m_durable.tick();
    });
    const ReportConfig& reports = m_engine.config().reports;
    m_reports = std::make_unique<ReportDesk>(
        *this, ReportDesk::Settings{reports.targetWaitMinutes, reports.publicMonthly});
    m_retention = std::make_unique<RetentionDesk>(*this);
}

std::optional<Error> HallState::start()
{
    if (auto failed = m_durable.restore()) {
        return failed;
    }
    if (m_city) {
        auto outbox = CityOutbox::open(m_store->database(), m_city->database());
        if (!outbox) {
            return outbox.error();
        }
        m_outbox = std::move(outbox).value();
        m_outbox->setGate([this] { return m_link.writable(); });
        m_outbox->boundBatches([this] { return m_commit.companionWait(); });
        connect(&m_commit, &GroupCommit::flushed, m_outbox.get(), [this](qint64, int, bool ok) {
            if (ok) {
                m_outbox->kick();
            }
        });
        connect(&m_link, &StoreLink::reconnected, m_outbox.get(), &CityOutbox::kick);
        // A batch that failed may be the first to meet a lost city: the link finds out and reconnects.
        connect(m_outbox.get(), &CityOutbox::failed, &m_link, &StoreLink::check);
        m_outbox->kick();
        if (!m_city->database().isOpen()) {
            // Started while the city did not answer (SqlStore::openLater): the queue serves, what needs
            // the city is refused in words, and the link joins it when it answers.
            m_link.startDown(QStringLiteral("the city database did not answer at start"));
        }
    }
    m_rollover.start(kRolloverCheckMs);
    m_reports->start();
    logCalendarAlerts();
    return std::nullopt;
}

void HallState::loadRecentCalls()
{
    // Recent calls survive a restart (and a rolled-back commit): read them back from the day's journal.
    m_recentCalls.clear();
    const qint64 from = qMax<qint64>(0, m_engine.lastSeq() - 2000);
    if (auto events = m_store->journal(from, 2000)) {
        QList<JournalEvent> today;
        for (const JournalEvent& e : events.value()) {
            if (e.kind == QLatin1String("day.rolledOver")) {
                today.clear();
            } else {
                today.append(e);
            }
        }
        remember(today);
    }
}

void HallState::logCalendarAlerts() const
{
    for (const CalendarAlert& a : calendar()->alerts(m_engine.day())) {
        // A warning: someone must enter the year (journalctl -p warning shows it).
        std::fprintf(stderr, "%shall-service: 日历提醒 (%s): %s\n", journallog::prefix(4).constData(),
                     qPrintable(m_engine.day().toString(Qt::ISODate)), qPrintable(a.messageZh));
    }
    std::fflush(stderr);
}

HallState::~HallState() = default;

SqlStore* HallState::cityDatabase()
{
    if (m_city) {
        return m_city.get();
    }
    return m_store->options().isPostgres() ? m_store.get() : nullptr;
}

std::optional<Error> HallState::enableBooking(BookingConfig config, const QByteArray& personSecret,
                                              double deviceRate, int deviceBurst, double idRate, int idBurst)
{
    config.calendar = calendar(); // one calendar: the queue's
    auto desk = BookingDesk::open(std::move(config), *m_clock, m_store->database(), m_commit, personSecret,
                                  BookingLimits::Settings{deviceRate, deviceBurst, idRate, idBurst},
                                  m_city ? m_city->database() : QSqlDatabase());
    if (!desk) {
        return desk.error();
    }
    m_booking = std::move(desk).value();
    // Its statements belong to the session: a reconnect prepares them again on the new one.
    SqlStore& linked = m_city ? *m_city : *m_store;
    linked.addReopenHandler([this, &linked] { return m_booking->reattach(linked.database()); });
    if (m_city) {
        m_booking->pauseSweepWhile([this] { return !m_link.writable(); });
    }
    return std::nullopt;
}

std::optional<Error> HallState::enableCases(CasesConfig config, const QByteArray& personSecret)
{
    config.calendar = calendar(); // one calendar: the queue's
    auto desk = CaseDesk::open(std::move(config), *m_clock, m_store->database(), m_commit, personSecret);
    if (!desk) {
        return desk.error();
    }
    m_cases = std::move(desk).value();
    m_store->addReopenHandler([this] { return m_cases->store().prepareStatements(); });
    return std::nullopt;
}

Result<bool> HallState::reloadCalendar(std::shared_ptr<const HallCalendar> next,
                                       const SpecialDateRules* special, const Actor& actor)
{
    const bool calendarChanged = next->config() != calendar()->config();
    bool specialChanged = false;
    if (m_booking) {
        BookingConfig booking = m_booking->config();
        specialChanged = special != nullptr && *special != booking.special;
        if (!calendarChanged && !specialChanged) {
            return false;
        }
        booking.calendar = next;
        if (special != nullptr) {
            booking.special = *special;
        }
        // The one check that can refuse comes first, so a refusal leaves every part as it was.
        if (auto refused = m_booking->reconfigure(std::move(booking))) {
            return *refused;
        }
    } else if (!calendarChanged) {
        return false;
    }
    m_engine.setCalendar(next);
    if (m_cases) {
        m_cases->engine().setCalendar(next);
    }
    m_engine.recordHallChange(QStringLiteral("calendar.changed"),
                              {{QStringLiteral("day"), m_engine.day().toString(Qt::ISODate)},
                               {QStringLiteral("calendar"), calendarChanged},
                               {QStringLiteral("specialDates"), specialChanged}},
                              actor);
    return true;
}

bool HallState::setNotices(QList<Notice> list, const Actor& actor)
{
    if (list == m_notices) {
        return false;
    }
    m_engine.recordHallChange(QStringLiteral("notices.changed"),
                              {{QStringLiteral("notices"), notices::toJson(list)}}, actor);
    m_notices = std::move(list);
    return true;
}

void HallState::remember(const QList<JournalEvent>& events)
{
    for (const JournalEvent& e : events) {
        if (e.kind == QLatin1String("day.rolledOver")) {
            m_recentCalls.clear();
            logCalendarAlerts();
        } else if (e.kind == QLatin1String("ticket.called")) {
            m_recentCalls.push_front(callEntry(e));
            if (m_recentCalls.size() > kRecentCalls) {
                m_recentCalls.pop_back();
            }
        } else if (const QString outcome = protocol::callOutcome(e.kind); !outcome.isEmpty()) {
            for (QJsonObject& call : m_recentCalls) {
                protocol::markCallOutcome(call, e.ticket, outcome);
            }
        }
    }
}

} // namespace hall
