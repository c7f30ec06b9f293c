// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queueengine.h"

#include "waitfigures.h"

#include "halltime.h"
#include "jsonwriter.h"

#include <QJsonArray>

#include <algorithm>

namespace hall {

namespace {

QString stateNameZh(TicketState s)
{
    switch (s) {
    case TicketState::Waiting:
        return QStringLiteral("等候中");
    case TicketState::Called:
        return QStringLiteral("已叫号");
    case TicketState::Serving:
        return QStringLiteral("办理中");
    case TicketState::Finished:
        return QStringLiteral("已办结");
    case TicketState::SetAside:
        return QStringLiteral("已过号");
    case TicketState::Cancelled:
        return QStringLiteral("已取消");
    case TicketState::Expired:
        return QStringLiteral("已过期");
    }
    return {};
}

} // namespace

QueueEngine::QueueEngine(HallConfig config, const Clock& clock)
    : m_config(std::move(config)), m_policy(m_config.policy), m_clock(clock)
{
    if (!m_config.calendar) {
        m_config.calendar = HallCalendar::builtIn();
    }
    for (const ServiceDef& s : m_config.catalogue.services()) {
        m_estimator.seed(s.id, s.avgServiceSeconds);
    }
    for (const CounterDef& c : m_config.catalogue.counters()) {
        m_counters[c.number] = CounterState{c.number, CounterStatus::Closed, 0, {}, 0};
    }
    m_day = halltime::businessDay(m_clock.now(), m_config.rollover);
}

void QueueEngine::forgetDay()
{
    ++m_generation;
    m_ticketVersion.clear();
    m_tickets.clear();
    m_byNumber.clear();
    m_byPerson.clear();
    m_index.clear();
    m_lastNumber.clear();
    m_issuedFor.clear();
}

void QueueEngine::restore(const RestoredState& state)
{
    forgetDay();
    m_estimator.clearSamples();
    m_changes = {};
    m_lastFigures.clear(); // what the last committed queue.changed carried is not known here
    m_day = state.day.isValid() ? state.day : halltime::businessDay(m_clock.now(), m_config.rollover);
    m_seq = state.lastSeq;
    m_lastTicketId = state.lastTicketId;
    for (auto& [number, c] : m_counters) {
        c = CounterState{number, CounterStatus::Closed, 0, {}, 0};
    }
    for (const CounterState& c : state.counters) {
        if (m_counters.count(c.number) != 0) {
            m_counters[c.number] = c;
        }
    }
    QList<const Errand*> finished;
    for (const Ticket& stored : state.tickets) {
        Ticket& t = m_tickets.emplace(stored.id, stored).first->second;
        if (!t.queuedAt.isValid()) {
            t.queuedAt = t.issuedAt; // stored before the reports' migration
        }
        m_byNumber.insert(t.number, t.id);
        if (!t.personKey.isEmpty()) {
            m_byPerson.insert(t.personKey, t.id);
        }
        // Numbered by the service it was taken for, which its first errand no longer names once that
        // errand was transferred: the prefix letter does.
        const ServiceDef* numbered = m_config.catalogue.serviceByPrefix(t.number.at(0));
        const QString first = numbered != nullptr ? numbered->id : t.errands.first().serviceId;
        m_lastNumber[first] = std::max(m_lastNumber.value(first), t.number.mid(1).toInt());
        for (const Errand& e : t.errands) {
            // As cancel() counts: a cancelled ticket's errands that never started gave their place back.
            if (t.state != TicketState::Cancelled || e.startedAt.isValid()) {
                m_issuedFor[e.serviceId] += 1;
            }
            if (e.done() && e.startedAt.isValid()) {
                finished.append(&e);
            }
        }
        if (t.state == TicketState::Waiting) {
            m_index.insert(t);
        }
    }
    // A counter may only hold a ticket that storage shows as called or serving there; anything else
    // (a hand-edited or half-restored database) would leave the window stuck, so it is freed.
    for (auto& [number, c] : m_counters) {
        const auto it = m_tickets.find(c.currentTicket);
        const bool held =
            it != m_tickets.end() && it->second.counter == number &&
            (it->second.state == TicketState::Called || it->second.state == TicketState::Serving);
        if (c.currentTicket != 0 && !held) {
            qWarning("hall: counter %d held ticket id %lld that is not active there; freeing the counter",
                     number, static_cast<long long>(c.currentTicket));
            c.currentTicket = 0;
        }
    }
    std::sort(finished.begin(), finished.end(),
              [](const Errand* a, const Errand* b) { return a->finishedAt < b->finishedAt; });
    for (const Errand* e : finished) {
        m_estimator.addSample(e->serviceId, e->startedAt.secsTo(e->finishedAt));
    }
    rollOverIfDue();
}

void QueueEngine::rollOverIfDue()
{
    const QDate today = halltime::businessDay(m_clock.now(), m_config.rollover);
    if (today == m_day) {
        return;
    }
    int expired = 0;
    for (Ticket* t : ticketsInIdOrder()) {
        if (t->isOpen()) {
            if (t->counter != 0 && m_counters.count(t->counter) != 0) {
                // Left at a window overnight: its stay ends at the last moment known, not at the rollover.
                const QDateTime& started = t->errands.at(t->currentErrand).startedAt;
                endVisit(*t, m_counters.at(t->counter), VisitOutcome::Expired,
                         started.isValid() ? started : t->calledAt);
            }
            t->state = TicketState::Expired;
            t->counter = 0;
            m_changes.tickets.append(*t);
            ++expired;
        }
    }
    for (auto& [number, c] : m_counters) {
        if (c != CounterState{number, CounterStatus::Closed, 0, {}, 0}) {
            // A window left open ends at its last action, not overnight.
            endSpan(c, c.lastActive.isValid() ? c.lastActive : c.since);
            c = CounterState{number, CounterStatus::Closed, 0, {}, 0};
            m_changes.counters.append(c);
        }
    }
    const QDate previous = m_day;
    forgetDay();
    m_day = today;
    m_changes.day = today;
    record(QStringLiteral("day.rolledOver"), nullptr, nullptr, Actor{},
           {{QStringLiteral("from"), previous.toString(Qt::ISODate)},
            {QStringLiteral("to"), today.toString(Qt::ISODate)},
            {QStringLiteral("expired"), expired}});
}

const Ticket* QueueEngine::ticket(const QString& number) const
{
    const auto it = m_byNumber.constFind(number);
    return it == m_byNumber.cend() ? nullptr : &m_tickets.at(*it);
}

const Ticket* QueueEngine::ticketById(qint64 id) const
{
    const auto it = m_tickets.find(id);
    return it == m_tickets.end() ? nullptr : &it->second;
}

const CounterState* QueueEngine::counter(int number) const
{
    const auto it = m_counters.find(number);
    return it == m_counters.end() ? nullptr : &it->second;
}

int QueueEngine::openCountersFor(const QString& serviceId) const
{
    int n = 0;
    for (const CounterDef& def : m_config.catalogue.counters()) {
        n += (m_counters.at(def.number).status == CounterStatus::Open && def.weightOf(serviceId)) ? 1 : 0;
    }
    return n;
}

std::optional<TicketEstimate> QueueEngine::estimate(const QString& number) const
{
    const Ticket* t = ticket(number);
    if (t == nullptr || t->state != TicketState::Waiting) {
        return std::nullopt;
    }
    const int ahead = m_index.ahead(*t, m_policy, m_clock.now());
    const int servers = t->assignedCounter != 0 ? 1 : openCountersFor(t->currentService());
    return TicketEstimate{ahead, m_estimator.estimateWaitMinutes(t->currentService(), ahead, servers)};
}

int QueueEngine::estimateNewTicketMinutes(const QString& serviceId) const
{
    return m_estimator.estimateWaitMinutes(serviceId, waitingCount(serviceId), openCountersFor(serviceId));
}

void QueueEngine::recordQueueFigures()
{
    // Device reports change no queue figures; only queue changes earn a queue.changed.
    const bool queueTouched =
        std::any_of(m_changes.events.cbegin(), m_changes.events.cend(),
                    [](const JournalEvent& e) { return e.kind != QLatin1String("device.status"); });
    if (!queueTouched) {
        return;
    }
    // Only what moved: a call changes one service's figures, and every display gets this event.
    QJsonArray queue;
    for (const ServiceDef& s : m_config.catalogue.services()) {
        const waitfigures::Figures figures = waitfigures::figuresOf(*this, s.id);
        const auto last = m_lastFigures.constFind(s.id);
        if (last == m_lastFigures.cend() || *last != figures) {
            m_lastFigures.insert(s.id, figures);
            queue.append(waitfigures::toJson(figures, s.id));
        }
    }
    if (queue.isEmpty()) {
        return;
    }
    record(QStringLiteral("queue.changed"), nullptr, nullptr, Actor{}, {{QStringLiteral("queue"), queue}});
}

QList<Ticket*> QueueEngine::ticketsInIdOrder()
{
    QList<Ticket*> out;
    out.reserve(static_cast<qsizetype>(m_tickets.size()));
    for (auto& [id, t] : m_tickets) {
        out.append(&t);
    }
    std::sort(out.begin(), out.end(), [](const Ticket* a, const Ticket* b) { return a->id < b->id; });
    return out;
}

QList<const Ticket*> QueueEngine::openTickets() const
{
    QList<const Ticket*> out;
    for (const auto& [id, t] : m_tickets) {
        if (t.isOpen()) {
            out.append(&t);
        }
    }
    std::sort(out.begin(), out.end(), [](const Ticket* a, const Ticket* b) { return a->id < b->id; });
    return out;
}

QueueSnapshot QueueEngine::snapshot() const
{
    QueueSnapshot s{m_day, m_seq, {}, {}};
    for (const auto& [id, t] : m_tickets) {
        s.tickets.append(t);
    }
    std::sort(s.tickets.begin(), s.tickets.end(),
              [](const Ticket& a, const Ticket& b) { return a.id < b.id; });
    for (const auto& [number, c] : m_counters) {
        s.counters.append(c);
    }
    return s;
}

ChangeSet QueueEngine::takeChanges()
{
    return std::exchange(m_changes, ChangeSet{});
}

Result<QueueEngine::CounterRef> QueueEngine::counterRef(int number)
{
    const CounterDef* def = m_config.catalogue.counter(number);
    if (def == nullptr) {
        return Error{ErrorCode::UnknownCounter, QStringLiteral("没有 %1 号窗口").arg(number)};
    }
    return CounterRef{def, &m_counters.at(number)};
}

Result<QueueEngine::CounterRef> QueueEngine::callableCounter(int number)
{
    auto c = counterRef(number);
    if (!c) {
        return c;
    }
    switch (c->state->status) {
    case CounterStatus::Closed:
        return Error{ErrorCode::CounterClosed, QStringLiteral("%1未开启").arg(c->def->name)};
    case CounterStatus::Paused:
        return Error{ErrorCode::CounterPaused, QStringLiteral("%1已暂停").arg(c->def->name)};
    case CounterStatus::Open:
        break;
    }
    if (c->state->currentTicket != 0) {
        return Error{ErrorCode::CounterBusy,
                     QStringLiteral("%1正在办理 %2，请先办结或过号")
                         .arg(c->def->name, m_tickets.at(c->state->currentTicket).number)};
    }
    return c;
}

Result<Ticket*> QueueEngine::activeTicket(const CounterRef& c, TicketState required, const QString& action)
{
    if (c.state->currentTicket == 0) {
        return Error{ErrorCode::CounterIdle,
                     QStringLiteral("%1当前没有叫号，不能%2").arg(c.def->name, action)};
    }
    Ticket& t = m_tickets.at(c.state->currentTicket);
    if (t.state != required) {
        return invalidTransition(t, action);
    }
    return &t;
}

const Ticket* QueueEngine::openTicketOfPerson(const QString& personKey, const QStringList& services) const
{
    if (personKey.isEmpty()) {
        return nullptr;
    }
    for (auto it = m_byPerson.constFind(personKey); it != m_byPerson.cend() && it.key() == personKey; ++it) {
        const Ticket& t = m_tickets.at(it.value());
        if (!t.isOpen()) {
            continue;
        }
        for (qsizetype i = t.currentErrand; i < t.errands.size(); ++i) {
            if (services.contains(t.errands[i].serviceId)) {
                return &t;
            }
        }
    }
    return nullptr;
}

Ticket* QueueEngine::findTicket(const QString& number)
{
    const auto it = m_byNumber.constFind(number.trimmed().toUpper());
    return it == m_byNumber.cend() ? nullptr : &m_tickets.at(*it);
}

Ticket& QueueEngine::callTicket(Ticket& t, CounterRef c, const Actor& actor)
{
    m_index.remove(t);
    t.state = TicketState::Called;
    t.counter = c.def->number;
    t.assignedCounter = 0;
    t.calledAt = m_clock.now();
    t.recalls = 0;
    c.state->currentTicket = t.id;
    attend(c, actor);
    record(QStringLiteral("ticket.called"), &t, c.state, actor,
           {{QStringLiteral("recall"), false}, {QStringLiteral("counterName"), c.def->name}});
    return t;
}

void QueueEngine::attend(CounterRef c, const Actor& actor, std::optional<CounterStatus> status)
{
    CounterState& s = *c.state;
    const QDateTime now = m_clock.now();
    const CounterStatus next = status.value_or(s.status);
    const QString staff = next == CounterStatus::Closed ? QString()
                          : actor.staff.isEmpty()       ? s.staff
                                                        : actor.staff;
    if (next != s.status || staff != s.staff) {
        endSpan(s, now);
        s.since = next == CounterStatus::Closed ? QDateTime() : now;
    }
    s.status = next;
    s.staff = staff;
    s.lastActive = next == CounterStatus::Closed ? QDateTime() : now;
}

void QueueEngine::endSpan(const CounterState& c, const QDateTime& end)
{
    if (c.status != CounterStatus::Closed && c.since.isValid()) {
        m_changes.spans.append(
            CounterSpan{m_day, c.number, c.staff, c.status, c.since, std::max(c.since, end)});
    }
}

void QueueEngine::endVisit(Ticket& t, const CounterState& c, VisitOutcome outcome, const QDateTime& endedAt)
{
    const Errand& e = t.errands.at(t.currentErrand);
    t.visits += 1;
    m_changes.visits.append(Visit{t.id, t.visits, t.day, e.serviceId, t.currentErrand, c.number, c.staff,
                                  t.queuedAt.isValid() ? t.queuedAt : t.issuedAt, t.calledAt, e.startedAt,
                                  endedAt, outcome, t.recalls});
}

void QueueEngine::releaseFromCounter(Ticket& t, CounterRef c)
{
    t.counter = 0;
    t.recalls = 0;
    t.assignedCounter = 0;
    c.state->currentTicket = 0;
}

void QueueEngine::record(const QString& kind, const Ticket* t, const CounterState* c, const Actor& actor,
                         QJsonObject extra)
{
    m_changes.day = m_day;
    JournalEvent e;
    e.seq = ++m_seq;
    e.at = m_clock.now();
    e.kind = kind;
    e.actor = actor;
    if (t != nullptr) {
        m_ticketVersion.insert(t->id, e.seq);
        e.ticket = t->number;
        m_changes.tickets.append(*t);
    }
    if (c != nullptr) {
        e.counter = c->number;
        m_changes.counters.append(*c);
    }
    if (t != nullptr || c != nullptr) {
        // The data written once as JSON (the ticket straight from its fields): the journal row, the
        // fan-out and the reply use the bytes, and whoever reads `data` has them parsed then.
        e.json = eventDataJson(extra, t, c);
        if (JsonWriter::parsesBack(e.json)) {
            e.data = EventData::parsedWhenRead(e.json);
        } else {
            if (t != nullptr) {
                extra.insert(QStringLiteral("ticket"), toJsonKeyByKey(*t));
            }
            if (c != nullptr) {
                extra.insert(QStringLiteral("counterState"), toJson(*c));
            }
            e.data = std::move(extra);
        }
    } else {
        e.data = std::move(extra);
    }
    m_changes.events.append(std::move(e));
}

void QueueEngine::writeTicketJson(JsonWriter& w, const Ticket& t) const
{
    if (!m_lastWritten.json.isEmpty() && m_lastWritten.ticket == t) {
        w.raw(m_lastWritten.json);
    } else {
        writeJson(w, t);
    }
}

QByteArray QueueEngine::eventDataJson(const QJsonObject& extra, const Ticket* t, const CounterState* c)
{
    using L = QLatin1StringView;
    JsonWriter w(1024);
    w.beginObject();
    // "counterState" and "ticket" among the extra keys in QJsonObject's (sorted) order, replacing an
    // extra key of the same name as QJsonObject::insert did.
    bool counterDone = c == nullptr;
    bool ticketDone = t == nullptr;
    const auto writeOwnBefore = [&](const QString* key) {
        if (!counterDone && (key == nullptr || key->compare(u"counterState") >= 0)) {
            w.key(L("counterState")).object(toJson(*c));
            counterDone = true;
        }
        if (!ticketDone && (key == nullptr || key->compare(u"ticket") >= 0)) {
            w.key(L("ticket"));
            const qsizetype from = w.bytes().size();
            writeJson(w, *t);
            m_lastWritten = {*t, w.bytes().sliced(from)};
            ticketDone = true;
        }
    };
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        const QString key = it.key();
        writeOwnBefore(&key);
        if ((c != nullptr && key == u"counterState") || (t != nullptr && key == u"ticket")) {
            continue;
        }
        w.key(key).value(it.value());
    }
    writeOwnBefore(nullptr);
    return w.endObject().take();
}

Error QueueEngine::invalidTransition(const Ticket& t, const QString& action) const
{
    return Error{ErrorCode::InvalidTransition,
                 QStringLiteral("%1 号当前%2，不能%3").arg(t.number, stateNameZh(t.state), action)};
}

QString QueueEngine::counterName(int number) const
{
    const CounterDef* def = m_config.catalogue.counter(number);
    return def ? def->name : QString::number(number);
}

} // namespace hall
