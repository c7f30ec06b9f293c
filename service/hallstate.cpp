#include "hallstate.h"

#include "desks/bookingdesk.h"
#include "desks/casedesk.h"
#include "desks/reportdesk.h"
#include "domain/halltime.h"
#include "domain/waitfigures.h"
#include "protocol/recentcalls.h"
#include "ops/calendarviews.h"

#include <QSet>

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
                     QObject* parent)
    : QObject(parent), m_clock(std::move(clock)), m_store(std::move(store)),
      m_engine(std::move(config), *m_clock),
      m_commit(m_store->database(),
               [store = m_store.get()](const QList<RequestRecord>& r) { return store->writeRequests(r); }),
      m_durable(m_engine, *m_store, m_commit)
{
    connect(&m_durable, &DurableQueue::committed, this, &HallState::remember);
    connect(&m_rollover, &QTimer::timeout, &m_durable, &DurableQueue::tick);
    const ReportConfig& reports = m_engine.config().reports;
    m_reports = std::make_unique<ReportDesk>(
        *this, ReportDesk::Settings{reports.targetWaitMinutes, reports.publicMonthly});
}

std::optional<Error> HallState::start()
{
    if (auto failed = m_durable.restore()) {
        return failed;
    }
    // Recent calls survive a restart: read them back from the journal of the day.
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
    m_rollover.start(kRolloverCheckMs);
    m_reports->start();
    logCalendarAlerts();
    return std::nullopt;
}

void HallState::logCalendarAlerts() const
{
    for (const CalendarAlert& a : calendar()->alerts(m_engine.day())) {
        std::fprintf(stderr, "hall-service: 日历提醒 (%s): %s\n",
                     qPrintable(m_engine.day().toString(Qt::ISODate)), qPrintable(a.messageZh));
    }
    std::fflush(stderr);
}

HallState::~HallState() = default;

std::optional<Error> HallState::enableBooking(BookingConfig config, const QByteArray& personSecret,
                                              double deviceRate, int deviceBurst, double idRate, int idBurst)
{
    config.calendar = calendar(); // one calendar: the queue's
    auto desk = BookingDesk::open(std::move(config), *m_clock, m_store->database(), m_commit, personSecret,
                                  BookingLimits::Settings{deviceRate, deviceBurst, idRate, idBurst});
    if (!desk) {
        return desk.error();
    }
    m_booking = std::move(desk).value();
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
    return std::nullopt;
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

QJsonObject HallState::serviceFigures(const QString& serviceId) const
{
    return waitfigures::forService(m_engine, serviceId);
}

QJsonArray HallState::queueFigures(const JournalEvent& e) const
{
    QSet<QString> services;
    const QJsonObject ticket = e.data.value(QLatin1String("ticket")).toObject();
    const QJsonArray errands = ticket.value(QLatin1String("errands")).toArray();
    const int current = ticket.value(QLatin1String("currentErrand")).toInt();
    if (current >= 0 && current < errands.size()) {
        services.insert(errands.at(current).toObject().value(QLatin1String("service")).toString());
    }
    if (e.data.contains(QLatin1String("service"))) {
        services.insert(e.data.value(QLatin1String("service")).toString());
    }
    if (e.counter != 0 && e.kind == QLatin1String("counter.changed")) {
        if (const CounterDef* def = m_engine.config().catalogue.counter(e.counter)) {
            for (const ServiceDef& s : m_engine.config().catalogue.services()) {
                if (def->weightOf(s.id)) {
                    services.insert(s.id);
                }
            }
        }
    }
    QJsonArray out;
    for (const ServiceDef& s : m_engine.config().catalogue.services()) {
        if (services.contains(s.id)) {
            out.append(serviceFigures(s.id));
        }
    }
    return out;
}

QJsonObject HallState::snapshot(protocol::Audience audience) const
{
    const Catalogue& cat = m_engine.config().catalogue;
    QJsonArray services;
    for (const ServiceDef& s : cat.services()) {
        QJsonObject o = serviceFigures(s.id);
        o.insert(QStringLiteral("id"), s.id);
        o.remove(QStringLiteral("service"));
        o.insert(QStringLiteral("prefix"), QString(s.prefix));
        o.insert(QStringLiteral("nameZh"), s.nameZh);
        o.insert(QStringLiteral("nameEn"), s.nameEn);
        services.append(o);
    }
    QJsonArray counters;
    for (const CounterDef& def : cat.counters()) {
        const CounterState* c = m_engine.counter(def.number);
        QJsonObject o{{QStringLiteral("number"), def.number},
                      {QStringLiteral("name"), def.name},
                      {QStringLiteral("status"), toString(c ? c->status : CounterStatus::Closed)}};
        if (audience == protocol::Audience::Staff && c && !c->staff.isEmpty()) {
            o.insert(QStringLiteral("staff"), c->staff);
        }
        const Ticket* t = c && c->currentTicket != 0 ? m_engine.ticketById(c->currentTicket) : nullptr;
        o.insert(QStringLiteral("ticket"), t ? QJsonValue(protocol::ticketView(*t, audience)) : QJsonValue());
        counters.append(o);
    }
    QJsonArray calls;
    for (const QJsonObject& c : m_recentCalls) {
        calls.append(c);
    }
    QJsonObject out{{QStringLiteral("seq"), m_engine.lastSeq()},
                    {QStringLiteral("day"), m_engine.day().toString(Qt::ISODate)},
                    {QStringLiteral("centre"), QJsonObject{{QStringLiteral("nameZh"), cat.centreNameZh()},
                                                           {QStringLiteral("nameEn"), cat.centreNameEn()}}},
                    {QStringLiteral("services"), services},
                    {QStringLiteral("counters"), counters},
                    {QStringLiteral("recentCalls"), calls}};
    QJsonObject today = calendarview::day(*calendar(), m_engine.day(), cat);
    if (audience == protocol::Audience::Staff) {
        today.insert(QStringLiteral("alerts"), calendarview::alerts(*calendar(), m_engine.day()));
    }
    out.insert(QStringLiteral("calendar"), today);
    if (audience == protocol::Audience::Staff) {
        // Counters need the open tickets to call a specific one or re-queue a set-aside one.
        QJsonArray open;
        for (const Ticket& t : m_engine.snapshot().tickets) {
            if (t.isOpen()) {
                open.append(protocol::ticketView(t, audience));
            }
        }
        out.insert(QStringLiteral("tickets"), open);
        // Staff see which kiosk needs paper; the public has no use for device health.
        QJsonArray devices;
        for (const DeviceStatus& d : m_engine.devices()) {
            devices.append(devicestatus::toJson(d));
        }
        out.insert(QStringLiteral("devices"), devices);
    }
    return out;
}

} // namespace hall
