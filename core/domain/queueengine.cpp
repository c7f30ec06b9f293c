#include "queueengine.h"

#include "halltime.h"

#include <QRegularExpression>

#include <algorithm>

namespace hall {

namespace {

constexpr int kMaxErrands = 6;

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

// A masked ID keeps at most the last four characters visible; anything longer in clear is a full
// number that must never reach storage.
bool looksUnmasked(const QString& idRef)
{
    static const QRegularExpression longDigits(QStringLiteral("[0-9]{5,}"));
    return longDigits.match(idRef).hasMatch();
}

} // namespace

void ChangeSet::append(ChangeSet&& other)
{
    events.append(std::move(other.events));
    tickets.append(std::move(other.tickets));
    counters.append(std::move(other.counters));
    if (other.day) {
        day = other.day;
    }
}

QueueEngine::QueueEngine(HallConfig config, const Clock& clock)
    : m_config(std::move(config)), m_policy(m_config.policy), m_clock(clock)
{
    for (const ServiceDef& s : m_config.catalogue.services()) {
        m_estimator.seed(s.id, s.avgServiceSeconds);
    }
    for (const CounterDef& c : m_config.catalogue.counters()) {
        m_counters[c.number] = CounterState{c.number, CounterStatus::Closed, 0, {}, 0};
    }
    m_day = halltime::businessDay(m_clock.now(), m_config.rollover);
}

void QueueEngine::restore(const RestoredState& state)
{
    m_tickets.clear();
    m_byNumber.clear();
    m_index.clear();
    m_lastNumber.clear();
    m_issuedFor.clear();
    m_estimator.clearSamples();
    m_changes = {};
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
        m_byNumber.insert(t.number, t.id);
        const QString& first = t.errands.first().serviceId;
        m_lastNumber[first] = std::max(m_lastNumber.value(first), t.number.mid(1).toInt());
        for (const Errand& e : t.errands) {
            m_issuedFor[e.serviceId] += 1;
            if (e.done() && e.startedAt.isValid()) {
                finished.append(&e);
            }
        }
        if (t.state == TicketState::Waiting) {
            m_index.insert(t);
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
            t->state = TicketState::Expired;
            t->counter = 0;
            m_changes.tickets.append(*t);
            ++expired;
        }
    }
    for (auto& [number, c] : m_counters) {
        if (c != CounterState{number, CounterStatus::Closed, 0, {}, 0}) {
            c = CounterState{number, CounterStatus::Closed, 0, {}, 0};
            m_changes.counters.append(c);
        }
    }
    const QDate previous = m_day;
    m_tickets.clear();
    m_byNumber.clear();
    m_index.clear();
    m_lastNumber.clear();
    m_issuedFor.clear();
    m_day = today;
    m_changes.day = today;
    record(QStringLiteral("day.rolledOver"), nullptr, nullptr, Actor{},
           {{QStringLiteral("from"), previous.toString(Qt::ISODate)},
            {QStringLiteral("to"), today.toString(Qt::ISODate)},
            {QStringLiteral("expired"), expired}});
}

Result<Ticket> QueueEngine::issue(const IssueRequest& request)
{
    rollOverIfDue();
    if (request.services.isEmpty() || request.services.size() > kMaxErrands) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("一张号最多办理 %1 项业务，至少 1 项").arg(kMaxErrands)};
    }
    if (QSet<QString>(request.services.begin(), request.services.end()).size() != request.services.size()) {
        return Error{ErrorCode::InvalidArgument, QStringLiteral("同一项业务只需选择一次")};
    }
    if (looksUnmasked(request.idRef)) {
        return Error{ErrorCode::InvalidArgument, QStringLiteral("身份证号必须脱敏后才能记录在号票上")};
    }
    if (request.appointment && !(request.appointment->slotStart.isValid() &&
                                 request.appointment->slotStart < request.appointment->slotEnd)) {
        return Error{ErrorCode::InvalidArgument, QStringLiteral("预约时段无效")};
    }
    const QTime nowTime = halltime::local(m_clock.now()).time();
    for (const QString& id : request.services) {
        const ServiceDef* s = m_config.catalogue.service(id);
        if (s == nullptr) {
            return Error{ErrorCode::UnknownService, QStringLiteral("没有这项业务: %1").arg(id)};
        }
        if (nowTime < s->issueFrom || nowTime >= s->issueUntil) {
            return Error{ErrorCode::OutsideHours,
                         QStringLiteral("%1的取号时间为 %2–%3")
                             .arg(s->nameZh, s->issueFrom.toString(QStringLiteral("HH:mm")),
                                  s->issueUntil.toString(QStringLiteral("HH:mm")))};
        }
        if (m_issuedFor.value(id) >= s->dailyQuota) {
            return Error{ErrorCode::QuotaReached, QStringLiteral("%1今日号已取完").arg(s->nameZh)};
        }
    }
    const ServiceDef* first = m_config.catalogue.service(request.services.first());
    const int seq = m_lastNumber.value(first->id) + 1;
    if (seq > 999) {
        return Error{ErrorCode::QuotaReached, QStringLiteral("%1今日号已取完").arg(first->nameZh)};
    }

    Ticket t;
    t.id = ++m_lastTicketId;
    t.day = m_day;
    t.number = QStringLiteral("%1%2").arg(first->prefix).arg(seq, 3, 10, QLatin1Char('0'));
    t.issuedAt = m_clock.now();
    for (const QString& id : request.services) {
        t.errands.append(Errand{id, 0, {}, {}, Rating::None});
        m_issuedFor[id] += 1;
    }
    t.priority = request.priority;
    t.idRef = request.idRef;
    t.appointment = request.appointment;
    t.device = request.actor.device;
    m_lastNumber[first->id] = seq;
    Ticket& stored = m_tickets.emplace(t.id, std::move(t)).first->second;
    m_byNumber.insert(stored.number, stored.id);
    m_index.insert(stored);
    record(QStringLiteral("ticket.issued"), &stored, nullptr, request.actor);
    return stored;
}

Result<Ticket> QueueEngine::callNext(int counter, const Actor& actor)
{
    rollOverIfDue();
    auto c = callableCounter(counter);
    if (!c) {
        return c.error();
    }
    const PolicyChoice choice = m_policy.choose(m_index.candidates(*c->def, m_config.catalogue),
                                                c->state->normalStreak, m_clock.now());
    if (choice.ticket == nullptr) {
        return Error{ErrorCode::QueueEmpty, QStringLiteral("%1没有等候的号").arg(c->def->name)};
    }
    c->state->normalStreak = choice.normalStreak;
    return callTicket(m_tickets.at(choice.ticket->id), *c, actor);
}

Result<Ticket> QueueEngine::call(int counter, const QString& number, const Actor& actor)
{
    rollOverIfDue();
    auto c = callableCounter(counter);
    if (!c) {
        return c.error();
    }
    Ticket* t = findTicket(number);
    if (t == nullptr) {
        return Error{ErrorCode::UnknownTicket, QStringLiteral("今天没有 %1 号").arg(number)};
    }
    if (t->state != TicketState::Waiting) {
        return invalidTransition(*t, QStringLiteral("叫号"));
    }
    if (t->assignedCounter != 0 && t->assignedCounter != counter) {
        return Error{ErrorCode::NotServedHere,
                     QStringLiteral("%1 号已转给%2").arg(t->number, counterName(t->assignedCounter))};
    }
    if (t->assignedCounter == 0 && !c->def->weightOf(t->currentService())) {
        return Error{ErrorCode::NotServedHere,
                     QStringLiteral("%1不办理%2")
                         .arg(c->def->name, m_config.catalogue.service(t->currentService())->nameZh)};
    }
    return callTicket(*t, *c, actor);
}

Result<Ticket> QueueEngine::recall(int counter, const Actor& actor)
{
    rollOverIfDue();
    auto c = counterRef(counter);
    if (!c) {
        return c.error();
    }
    auto t = activeTicket(*c, TicketState::Called, QStringLiteral("重呼"));
    if (!t) {
        return t.error();
    }
    Ticket& ticket = **t;
    if (ticket.recalls >= m_config.policy.maxRecalls) {
        ticket.state = TicketState::SetAside;
        releaseFromCounter(ticket, *c);
        record(QStringLiteral("ticket.setAside"), &ticket, c->state, actor,
               {{QStringLiteral("reason"), QStringLiteral("recallLimit")}});
        return ticket;
    }
    ticket.recalls += 1;
    record(QStringLiteral("ticket.called"), &ticket, c->state, actor,
           {{QStringLiteral("recall"), true}, {QStringLiteral("counterName"), c->def->name}});
    return ticket;
}

Result<Ticket> QueueEngine::start(int counter, const Actor& actor)
{
    rollOverIfDue();
    auto c = counterRef(counter);
    if (!c) {
        return c.error();
    }
    auto t = activeTicket(*c, TicketState::Called, QStringLiteral("开始办理"));
    if (!t) {
        return t.error();
    }
    Ticket& ticket = **t;
    ticket.state = TicketState::Serving;
    ticket.errands[ticket.currentErrand].startedAt = m_clock.now();
    record(QStringLiteral("ticket.started"), &ticket, c->state, actor);
    return ticket;
}

Result<Ticket> QueueEngine::finish(int counter, Rating rating, const Actor& actor)
{
    rollOverIfDue();
    auto c = counterRef(counter);
    if (!c) {
        return c.error();
    }
    auto t = activeTicket(*c, TicketState::Serving, QStringLiteral("办结"));
    if (!t) {
        return t.error();
    }
    Ticket& ticket = **t;
    Errand& errand = ticket.errands[ticket.currentErrand];
    errand.finishedAt = m_clock.now();
    errand.servedBy = counter;
    errand.rating = rating;
    m_estimator.addSample(errand.serviceId, errand.startedAt.secsTo(errand.finishedAt));
    const QString finishedService = errand.serviceId;
    const bool more = ticket.currentErrand + 1 < ticket.errands.size();
    QJsonObject extra{{QStringLiteral("service"), finishedService},
                      {QStringLiteral("rating"), toString(rating)}};
    c->state->currentTicket = 0;
    ticket.counter = 0;
    if (more) {
        // One-stop: the resident keeps their place by original issue time in the next queue.
        ticket.currentErrand += 1;
        ticket.state = TicketState::Waiting;
        ticket.assignedCounter = 0;
        ticket.recalls = 0;
        m_index.insert(ticket);
        extra.insert(QStringLiteral("next"), ticket.currentService());
    } else {
        ticket.state = TicketState::Finished;
    }
    record(QStringLiteral("ticket.finished"), &ticket, c->state, actor, extra);
    return ticket;
}

Result<Ticket> QueueEngine::setAside(int counter, const Actor& actor)
{
    rollOverIfDue();
    auto c = counterRef(counter);
    if (!c) {
        return c.error();
    }
    auto t = activeTicket(*c, TicketState::Called, QStringLiteral("过号"));
    if (!t) {
        return t.error();
    }
    Ticket& ticket = **t;
    ticket.state = TicketState::SetAside;
    releaseFromCounter(ticket, *c);
    record(QStringLiteral("ticket.setAside"), &ticket, c->state, actor,
           {{QStringLiteral("reason"), QStringLiteral("staff")}});
    return ticket;
}

Result<Ticket> QueueEngine::requeue(const QString& number, const Actor& actor)
{
    rollOverIfDue();
    Ticket* t = findTicket(number);
    if (t == nullptr) {
        return Error{ErrorCode::UnknownTicket, QStringLiteral("今天没有 %1 号").arg(number)};
    }
    if (t->state != TicketState::SetAside) {
        return invalidTransition(*t, QStringLiteral("重新排队"));
    }
    if (t->requeues >= m_config.policy.maxRequeues) {
        return Error{ErrorCode::RequeueLimit,
                     QStringLiteral("%1 号已重新排队过 %2 次，请重新取号").arg(t->number).arg(t->requeues)};
    }
    t->requeues += 1;
    t->recalls = 0;
    t->state = TicketState::Waiting;
    m_index.insert(*t);
    record(QStringLiteral("ticket.requeued"), t, nullptr, actor);
    return *t;
}

Result<Ticket> QueueEngine::transferToService(int counter, const QString& serviceId, const Actor& actor)
{
    rollOverIfDue();
    auto c = counterRef(counter);
    if (!c) {
        return c.error();
    }
    const ServiceDef* target = m_config.catalogue.service(serviceId);
    if (target == nullptr) {
        return Error{ErrorCode::UnknownService, QStringLiteral("没有这项业务: %1").arg(serviceId)};
    }
    auto t = activeTicket(*c, TicketState::Called, QStringLiteral("转办"));
    if (!t && t.error().code == ErrorCode::InvalidTransition) {
        t = activeTicket(*c, TicketState::Serving, QStringLiteral("转办"));
    }
    if (!t) {
        return t.error();
    }
    Ticket& ticket = **t;
    const QString from = ticket.currentService();
    if (from == serviceId) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("%1 号已在%2队列").arg(ticket.number, target->nameZh)};
    }
    ticket.errands[ticket.currentErrand] = Errand{serviceId, 0, {}, {}, Rating::None};
    ticket.state = TicketState::Waiting;
    releaseFromCounter(ticket, *c);
    m_index.insert(ticket);
    record(QStringLiteral("ticket.transferred"), &ticket, c->state, actor,
           {{QStringLiteral("fromService"), from}, {QStringLiteral("toService"), serviceId}});
    return ticket;
}

Result<Ticket> QueueEngine::transferToCounter(int counter, int targetCounter, const Actor& actor)
{
    rollOverIfDue();
    auto c = counterRef(counter);
    if (!c) {
        return c.error();
    }
    auto target = counterRef(targetCounter);
    if (!target) {
        return target.error();
    }
    if (targetCounter == counter) {
        return Error{ErrorCode::InvalidArgument, QStringLiteral("不能转给本窗口")};
    }
    if (target->state->status == CounterStatus::Closed) {
        return Error{ErrorCode::CounterClosed, QStringLiteral("%1未开启，不能转入").arg(target->def->name)};
    }
    auto t = activeTicket(*c, TicketState::Called, QStringLiteral("转窗口"));
    if (!t && t.error().code == ErrorCode::InvalidTransition) {
        t = activeTicket(*c, TicketState::Serving, QStringLiteral("转窗口"));
    }
    if (!t) {
        return t.error();
    }
    Ticket& ticket = **t;
    ticket.errands[ticket.currentErrand].startedAt = {};
    ticket.state = TicketState::Waiting;
    releaseFromCounter(ticket, *c);
    ticket.assignedCounter = targetCounter;
    m_index.insert(ticket);
    record(QStringLiteral("ticket.transferred"), &ticket, c->state, actor,
           {{QStringLiteral("toCounter"), targetCounter}});
    return ticket;
}

Result<Ticket> QueueEngine::cancel(const QString& number, const Actor& actor)
{
    rollOverIfDue();
    Ticket* t = findTicket(number);
    if (t == nullptr) {
        return Error{ErrorCode::UnknownTicket, QStringLiteral("今天没有 %1 号").arg(number)};
    }
    if (t->state != TicketState::Waiting && t->state != TicketState::SetAside) {
        return invalidTransition(*t, QStringLiteral("取消"));
    }
    if (t->state == TicketState::Waiting) {
        m_index.remove(*t);
    }
    t->state = TicketState::Cancelled;
    record(QStringLiteral("ticket.cancelled"), t, nullptr, actor);
    return *t;
}

Result<CounterState> QueueEngine::openCounter(int counter, const Actor& actor)
{
    rollOverIfDue();
    auto c = counterRef(counter);
    if (!c) {
        return c.error();
    }
    if (c->state->status != CounterStatus::Closed) {
        return Error{ErrorCode::InvalidTransition, QStringLiteral("%1已开启").arg(c->def->name)};
    }
    c->state->status = CounterStatus::Open;
    c->state->staff = actor.staff;
    record(QStringLiteral("counter.changed"), nullptr, c->state, actor,
           {{QStringLiteral("action"), QStringLiteral("open")}});
    return *c->state;
}

Result<CounterState> QueueEngine::pauseCounter(int counter, const Actor& actor)
{
    rollOverIfDue();
    auto c = counterRef(counter);
    if (!c) {
        return c.error();
    }
    if (c->state->status != CounterStatus::Open) {
        return Error{ErrorCode::InvalidTransition, QStringLiteral("%1未在办理，不能暂停").arg(c->def->name)};
    }
    // A paused counter calls nobody new, but the ticket in hand can still be finished.
    c->state->status = CounterStatus::Paused;
    record(QStringLiteral("counter.changed"), nullptr, c->state, actor,
           {{QStringLiteral("action"), QStringLiteral("pause")}});
    return *c->state;
}

Result<CounterState> QueueEngine::resumeCounter(int counter, const Actor& actor)
{
    rollOverIfDue();
    auto c = counterRef(counter);
    if (!c) {
        return c.error();
    }
    if (c->state->status != CounterStatus::Paused) {
        return Error{ErrorCode::InvalidTransition, QStringLiteral("%1未暂停").arg(c->def->name)};
    }
    c->state->status = CounterStatus::Open;
    record(QStringLiteral("counter.changed"), nullptr, c->state, actor,
           {{QStringLiteral("action"), QStringLiteral("resume")}});
    return *c->state;
}

Result<CounterState> QueueEngine::closeCounter(int counter, const Actor& actor)
{
    rollOverIfDue();
    auto c = counterRef(counter);
    if (!c) {
        return c.error();
    }
    if (c->state->status == CounterStatus::Closed) {
        return Error{ErrorCode::InvalidTransition, QStringLiteral("%1已关闭").arg(c->def->name)};
    }
    if (c->state->currentTicket != 0) {
        return Error{ErrorCode::CounterBusy,
                     QStringLiteral("%1正在办理 %2，请先办结或过号")
                         .arg(c->def->name, m_tickets.at(c->state->currentTicket).number)};
    }
    c->state->status = CounterStatus::Closed;
    c->state->staff.clear();
    c->state->normalStreak = 0;
    record(QStringLiteral("counter.changed"), nullptr, c->state, actor,
           {{QStringLiteral("action"), QStringLiteral("close")}});
    // Tickets sent to this window by name would wait for nobody: they go back to their service's queue.
    for (Ticket* t : ticketsInIdOrder()) {
        if (t->state == TicketState::Waiting && t->assignedCounter == counter) {
            m_index.remove(*t);
            t->assignedCounter = 0;
            m_index.insert(*t);
            record(QStringLiteral("ticket.transferred"), t, nullptr, actor,
                   {{QStringLiteral("toService"), t->currentService()},
                    {QStringLiteral("reason"), QStringLiteral("counterClosed")}});
        }
    }
    return *c->state;
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
    record(QStringLiteral("ticket.called"), &t, c.state, actor,
           {{QStringLiteral("recall"), false}, {QStringLiteral("counterName"), c.def->name}});
    return t;
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
        e.ticket = t->number;
        extra.insert(QStringLiteral("ticket"), toJson(*t));
        m_changes.tickets.append(*t);
    }
    if (c != nullptr) {
        e.counter = c->number;
        extra.insert(QStringLiteral("counterState"), toJson(*c));
        m_changes.counters.append(*c);
    }
    e.data = std::move(extra);
    m_changes.events.append(std::move(e));
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
