// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// QueueEngine: the operations on tickets (issue, call, recall, serve, set aside, transfer, cancel).
#include "queueengine.h"

#include "halltime.h"

#include <QRegularExpression>

#include <QSet>
#include <algorithm>

namespace hall {

namespace {

constexpr int kMaxErrands = 6;

// A masked ID keeps at most the last four characters visible; anything longer in clear is a full
// number that must never reach storage.
bool looksUnmasked(const QString& idRef)
{
    static const QRegularExpression longDigits(QStringLiteral("[0-9]{5,}"));
    return longDigits.match(idRef).hasMatch();
}

QString dayZh(QDate d)
{
    static const QStringList weekdays{QStringLiteral("星期一"), QStringLiteral("星期二"),
                                      QStringLiteral("星期三"), QStringLiteral("星期四"),
                                      QStringLiteral("星期五"), QStringLiteral("星期六"),
                                      QStringLiteral("星期日")};
    return QStringLiteral("%1月%2日（%3）")
        .arg(d.month())
        .arg(d.day())
        .arg(weekdays.value(d.dayOfWeek() - 1));
}

} // namespace

QString QueueEngine::closedMessage(const HallDay& today, const ServiceDef& service) const
{
    const QDate next = calendar().nextOpenDay(today.date());
    const QString reopens = QStringLiteral("%1%2 起正常取号")
                                .arg(dayZh(next), service.issueFrom.toString(QStringLiteral("HH:mm")));
    if (today.status == HallDay::Status::Plan) {
        QStringList open;
        for (const ServiceHours& h : today.services) {
            const ServiceDef* s = m_config.catalogue.service(h.service);
            open << QStringLiteral("%1（%2–%3）")
                        .arg(s ? s->nameZh : h.service, h.from.toString(QStringLiteral("HH:mm")),
                             h.until.toString(QStringLiteral("HH:mm")));
        }
        return QStringLiteral("今天（%1）是节假日服务日，只办理%2；%3%4")
            .arg(today.reasonZh(), open.join(QStringLiteral("、")), service.nameZh, reopens);
    }
    return QStringLiteral("本中心今天（%1月%2日，%3）不办公，%4")
        .arg(today.date().month())
        .arg(today.date().day())
        .arg(today.reasonZh(), reopens);
}

Result<Ticket> QueueEngine::issue(const IssueRequest& request)
{
    rollOverIfDue();
    if (request.services.isEmpty() || request.services.size() > kMaxErrands) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("一张号最多办理 %1 项业务，至少 1 项").arg(kMaxErrands)};
    }
    // A few services at most: a look back per service, not a set built for every ticket.
    const QStringList& services = request.services;
    bool repeated = false;
    for (qsizetype i = 1; i < services.size() && !repeated; ++i) {
        repeated = services.indexOf(services.at(i)) < i;
    }
    if (repeated) {
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
    const HallDay today = calendar().hallDay(m_day);
    for (const QString& id : request.services) {
        const ServiceDef* s = m_config.catalogue.service(id);
        if (s == nullptr) {
            return Error{ErrorCode::UnknownService, QStringLiteral("没有这项业务: %1").arg(id)};
        }
        QTime from = s->issueFrom;
        QTime until = s->issueUntil;
        if (today.status != HallDay::Status::Open) {
            const auto hours = today.hoursOf(id);
            if (!hours) {
                return Error{ErrorCode::HallClosed, closedMessage(today, *s)};
            }
            // 节假日为民服务: the plan's hours, within the service's own.
            from = std::max(from, hours->from);
            until = std::min(until, hours->until);
        }
        if (nowTime < from || nowTime >= until) {
            return Error{ErrorCode::OutsideHours, QStringLiteral("%1的取号时间为 %2–%3")
                                                      .arg(s->nameZh, from.toString(QStringLiteral("HH:mm")),
                                                           until.toString(QStringLiteral("HH:mm")))};
        }
        if (m_issuedFor.value(id) >= s->dailyQuota) {
            return Error{ErrorCode::QuotaReached, QStringLiteral("%1今日号已取完").arg(s->nameZh)};
        }
    }
    if (const Ticket* held = openTicketOfPerson(request.personKey, request.services)) {
        return Error{ErrorCode::DuplicateTicket,
                     QStringLiteral("您已取过号 %1，请留意叫号；办完后可再取").arg(held->number)};
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
    t.queuedAt = t.issuedAt;
    for (const QString& id : request.services) {
        t.errands.append(Errand{id, 0, {}, {}, Rating::None, {}});
        m_issuedFor[id] += 1;
    }
    t.priority = request.priority;
    t.idRef = request.idRef;
    t.personKey = request.personKey;
    t.appointment = request.appointment;
    t.device = request.actor.device;
    m_lastNumber[first->id] = seq;
    Ticket& stored = m_tickets.emplace(t.id, std::move(t)).first->second;
    m_byNumber.insert(stored.number, stored.id);
    if (!stored.personKey.isEmpty()) {
        m_byPerson.insert(stored.personKey, stored.id);
    }
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
    attend(*c, actor);
    if (ticket.recalls >= m_config.policy.maxRecalls) {
        endVisit(ticket, *c->state, VisitOutcome::SetAside, m_clock.now());
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
    attend(*c, actor);
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
    attend(*c, actor);
    errand.staff = c->state->staff;
    endVisit(ticket, *c->state, VisitOutcome::Finished, errand.finishedAt);
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
        ticket.queuedAt = errand.finishedAt;
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
    attend(*c, actor);
    endVisit(ticket, *c->state, VisitOutcome::SetAside, m_clock.now());
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
    t->queuedAt = m_clock.now();
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
    attend(*c, actor);
    endVisit(ticket, *c->state, VisitOutcome::Transferred, m_clock.now());
    ticket.errands[ticket.currentErrand] = Errand{serviceId, 0, {}, {}, Rating::None, {}};
    ticket.state = TicketState::Waiting;
    ticket.queuedAt = m_clock.now();
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
    attend(*c, actor);
    endVisit(ticket, *c->state, VisitOutcome::Transferred, m_clock.now());
    ticket.errands[ticket.currentErrand].startedAt = {};
    ticket.state = TicketState::Waiting;
    ticket.queuedAt = m_clock.now();
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
    // A cancelled ticket gives back its place in each quota it had not yet used; its number stays
    // used (numbers never repeat within a day, and 999 remains the hard limit).
    for (const Errand& e : t->errands) {
        if (!e.startedAt.isValid()) {
            m_issuedFor[e.serviceId] -= 1;
        }
    }
    t->state = TicketState::Cancelled;
    record(QStringLiteral("ticket.cancelled"), t, nullptr, actor);
    return *t;
}

} // namespace hall
