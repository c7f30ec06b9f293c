// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "residentpages.h"

#include "desks/bookingdesk.h"
#include "dispatcher.h"
#include "hallstate.h"
#include "net/addressclass.h"
#include "ops/bookingops.h"
#include "ops/bookingviews.h"
#include "protocol/residentview.h"
#include "qr/qrencoder.h"
#include "requestlog.h"

#include <QFile>
#include <QJsonDocument>
#include <QUrlQuery>

namespace hall {

namespace {

const QByteArray kHtml = QByteArrayLiteral("text/html; charset=utf-8");
const QByteArray kJson = QByteArrayLiteral("application/json; charset=utf-8");
const QByteArray kText = QByteArrayLiteral("text/plain; charset=utf-8");

QByteArray resource(const QString& name)
{
    QFile f(QStringLiteral(":/resident/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// JSON inside a <script> element: "</" would end the element, so it is escaped.
QByteArray scriptSafe(QByteArray json)
{
    return json.replace("</", "<\\/");
}

QString htmlEscaped(const QString& text)
{
    return text.toHtmlEscaped();
}

/// The path's segments after the route's letter: "/t/2026-12-07/A012/abc/events" → [day, number, tag,
/// events].
QStringList segments(const QHttpServerRequest& request)
{
    QStringList parts = request.url().path().split(QLatin1Char('/'));
    return parts.mid(2);
}

} // namespace

ResidentPages::ResidentPages(HallState& hall, Dispatcher& dispatcher, RequestLog& log,
                             const ResidentLinks& links, Limits limits, QObject* parent)
    : QObject(parent), m_hall(hall), m_dispatcher(dispatcher), m_log(log), m_links(links), m_limits(limits),
      // Every live page holds a connection: room for them and for as many again loading pages.
      m_listener(QStringLiteral("resident"),
                 HttpListener::Limits{limits.watchers + std::max(200, limits.watchers / 4), limits.watchers,
                                      8192, 15000}),
      m_watchers(hall.engine(), TicketWatchers::Limits{limits.watchers, limits.watchersPerAddress, 25000,
                                                       limits.placeSpacingMs})
{
    m_clock.start();
    // Before the public push that follows a commit (the fan-out's timer), so the pages of the tickets
    // it changed are among those that refresh renders again.
    connect(&hall.durable(), &DurableQueue::committed, &m_watchers, &TicketWatchers::noteCommitted);
    using M = QHttpServerRequest::Method;
    const auto bind = [this](void (ResidentPages::*handler)(const QHttpServerRequest&, const Response&)) {
        return [this, handler](const QHttpServerRequest& r, Response response) {
            (this->*handler)(r, response);
        };
    };
    m_listener.routePrefix(M::Get, QStringLiteral("/t/"), bind(&ResidentPages::ticket));
    m_listener.routePrefix(M::Get, QStringLiteral("/b/"), bind(&ResidentPages::booking));
    m_listener.routePrefix(M::Post, QStringLiteral("/b/"), bind(&ResidentPages::cancel));
    m_listener.routePrefix(M::Get, QStringLiteral("/r/"), bind(&ResidentPages::asset));
    // Budgets of addresses gone quiet are full again: forgetting them changes nothing.
    connect(&m_prune, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.elapsed();
        std::erase_if(m_budgets,
                      [now](const auto& entry) { return now - entry.second.lastSeenMs > 600'000; });
    });
    m_prune.start(60'000);
    // The pages' first paint is in Chinese ({{t:key}}); the script has both languages ({{TEXT}}).
    for (const QString& file : {QStringLiteral("ticket.html"), QStringLiteral("booking.html")}) {
        QByteArray html = resource(file);
        for (qsizetype at = html.indexOf("{{t:"); at >= 0; at = html.indexOf("{{t:", at)) {
            const qsizetype end = html.indexOf("}}", at);
            const QString key = QString::fromLatin1(html.mid(at + 4, end - at - 4));
            html.replace(at, end + 2 - at, htmlEscaped(m_text.text(key, ResidentText::Lang::Zh)).toUtf8());
        }
        m_templates.insert(file, html);
    }
}

bool ResidentPages::listen(const QHostAddress& address, quint16 port, QString* error)
{
    return m_listener.listen(address, port, error);
}

ResidentPages::Budget* ResidentPages::admit(const QHttpServerRequest& request, const Response& response)
{
    const QString address = request.remoteAddress().toString();
    auto [it, added] = m_budgets.try_emplace(address, m_limits);
    Budget& budget = it->second;
    budget.lastSeenMs = m_clock.elapsed();
    if (!budget.misses.ready() || !budget.requests.take()) {
        ++m_limited;
        response->send(HttpResponse::Status::TooManyRequests, kText,
                       (m_text.both(QStringLiteral("tooMany"))
                            .arg(std::max(budget.requests.secondsToNext(), budget.misses.secondsToNext())) +
                        QLatin1Char('\n'))
                           .toUtf8());
        return nullptr;
    }
    return &budget;
}

void ResidentPages::notFound(Budget& budget, const Response& response)
{
    // The same answer for a wrong tag and an unknown number, so neither tells anything; both spend
    // the address's small budget for misses.
    budget.misses.take();
    response->send(HttpResponse::Status::NotFound, kText,
                   (m_text.both(QStringLiteral("notFound")) + QLatin1Char('\n')).toUtf8());
}

QByteArray ResidentPages::page(const QString& file, const QString& path, const QString& number,
                               const QJsonObject& state) const
{
    QByteArray html = m_templates.value(file);
    html.replace("{{TEXT}}", scriptSafe(m_text.pageJson()));
    html.replace("{{PATH}}", htmlEscaped(path).toUtf8());
    html.replace("{{NUMBER}}", htmlEscaped(number).toUtf8());
    html.replace("{{STATE}}", scriptSafe(compact(state)));
    return html;
}

void ResidentPages::ticket(const QHttpServerRequest& request, const Response& response)
{
    Budget* budget = admit(request, response);
    if (budget == nullptr) {
        return;
    }
    const QStringList s = segments(request);
    const QDate day = s.size() >= 3 ? QDate::fromString(s[0], Qt::ISODate) : QDate();
    const QString what = s.value(3);
    if (s.size() < 3 || s.size() > 4 || !m_links.ticketTagValid(day, s[1], s[2]) ||
        !(what.isEmpty() || what == QLatin1String("state") || what == QLatin1String("events"))) {
        notFound(*budget, response);
        return;
    }
    const QString path = m_links.ticketPath(day, s[1]);
    if (what == QLatin1String("events")) {
        const QString address = request.remoteAddress().toString();
        const TicketWatchers::Refusal refusal = m_watchers.admits(address);
        if (refusal != TicketWatchers::Refusal::None) {
            ++m_limited;
            response->send(refusal == TicketWatchers::Refusal::Address
                               ? HttpResponse::Status::TooManyRequests
                               : HttpResponse::Status::ServiceUnavailable,
                           kText, (m_text.both(QStringLiteral("tooManyLive")) + QLatin1Char('\n')).toUtf8());
            return;
        }
        if (HttpStream* stream = response->openStream()) {
            m_watchers.watch(stream, address, day, s[1]);
        }
        return;
    }
    const QJsonObject state = protocol::residentTicket(m_hall.engine(), day, s[1]);
    if (what == QLatin1String("state")) {
        response->send(HttpResponse::Status::Ok, kJson, compact(state));
        return;
    }
    response->send(HttpResponse::Status::Ok, kHtml, page(QStringLiteral("ticket.html"), path, s[1], state));
}

QJsonObject ResidentPages::bookingState(const QString& code) const
{
    BookingDesk* desk = m_hall.booking();
    const Booking* b = desk ? desk->engine().booking(code) : nullptr;
    if (b == nullptr) {
        return {};
    }
    const QDateTime now = m_hall.clock().now();
    const BookingConfig& config = desk->config();
    const QDateTime cancelUntil = b->slotStart.addSecs(-60LL * config.rules.cancelMinutesBefore);
    const int lateHours = config.penalties.lateCancelHours;
    return {
        {QStringLiteral("booking"), bookingview::resident(*b, desk->engine())},
        {QStringLiteral("cancellable"), b->status == BookingStatus::Confirmed && now < cancelUntil},
        {QStringLiteral("lateCancel"), lateHours > 0 && now >= b->slotStart.addSecs(-3600LL * lateHours)}};
}

void ResidentPages::booking(const QHttpServerRequest& request, const Response& response)
{
    Budget* budget = admit(request, response);
    if (budget == nullptr) {
        return;
    }
    const QStringList s = segments(request);
    const QString what = s.value(2);
    if (s.size() < 2 || s.size() > 3 || !m_links.bookingTagValid(s[0], s[1]) ||
        !(what.isEmpty() || what == QLatin1String("qr.svg"))) {
        notFound(*budget, response);
        return;
    }
    const QJsonObject state = bookingState(s[0]);
    if (state.isEmpty()) {
        notFound(*budget, response);
        return;
    }
    const QString path = m_links.bookingPath(s[0]);
    if (what == QLatin1String("qr.svg")) {
        // The page's own address: what the kiosk's scanner takes for check-in.
        const QString payload = m_links.baseUrl().isEmpty()
                                    ? m_hall.booking()->engine().booking(s[0])->qrPayload()
                                    : m_links.bookingUrl(s[0]);
        response->send(HttpResponse::Status::Ok, QByteArrayLiteral("image/svg+xml"),
                       QrEncoder::encode(payload).toSvg());
        return;
    }
    response->send(HttpResponse::Status::Ok, kHtml, page(QStringLiteral("booking.html"), path, s[0], state));
}

void ResidentPages::cancel(const QHttpServerRequest& request, const Response& response)
{
    Budget* budget = admit(request, response);
    if (budget == nullptr) {
        return;
    }
    const QStringList s = segments(request);
    if (s.size() != 3 || s[2] != QLatin1String("cancel") || !m_links.bookingTagValid(s[0], s[1]) ||
        bookingState(s[0]).isEmpty()) {
        notFound(*budget, response);
        return;
    }
    // Logged and counted as the WebSocket side logs its requests (RequestLog: /metrics and the log).
    const auto session = Dispatcher::residentSession(addressClass(request.remoteAddress()));
    const QString op = Dispatcher::residentOps().constFirst();
    QElapsedTimer timer;
    timer.start();
    const QString code = s[0];
    QPointer<ResidentPages> self(this);
    const auto answer = [self, response, session, op, code, timer](const Outcome& o) {
        if (!self) {
            return;
        }
        self->m_log.request(*session, op, QJsonValue(), o, timer.nsecsElapsed() / 1000);
        const QJsonObject page = self->bookingState(code);
        QJsonObject body{{QStringLiteral("ok"), o.ok}, {QStringLiteral("page"), page}};
        if (!o.ok) {
            // The page shows the refusal in its language by `errorKey`; `message` is the Chinese.
            const QJsonObject booking = page.value(QLatin1String("booking")).toObject();
            const QString key =
                ResidentText::cancelErrorKey(o.error.code, booking.value(QLatin1String("status")).toString());
            const QString until = booking.value(QLatin1String("cancelUntil")).toString();
            body.insert(QStringLiteral("code"), o.error.code);
            body.insert(QStringLiteral("errorKey"), key);
            body.insert(QStringLiteral("message"),
                        self->m_text.text(key, ResidentText::Lang::Zh)
                            .replace(QLatin1String("{until}"),
                                     until.left(16).replace(QLatin1Char('T'), QLatin1Char(' '))));
        }
        response->send(o.ok ? HttpResponse::Status::Ok : HttpResponse::Status::BadRequest, kJson,
                       compact(body));
    };
    if (!budget->cancels.take()) {
        ++m_limited;
        answer(refusal(ErrorCode::RateLimited,
                       m_text.text(QStringLiteral("err_limited"), ResidentText::Lang::Zh)));
        return;
    }
    const QString lastFour = QUrlQuery(QString::fromUtf8(request.body()))
                                 .queryItemValue(QStringLiteral("phoneLastFour"), QUrl::FullyDecoded);
    protocol::Request r;
    r.op = op;
    r.args = {{QStringLiteral("code"), code}, {QStringLiteral("phoneLastFour"), lastFour}};
    m_dispatcher.dispatchResident(session, &opBookingCancelByPhone, std::move(r), answer);
}

void ResidentPages::asset(const QHttpServerRequest& request, const Response& response)
{
    if (admit(request, response) == nullptr) {
        return;
    }
    static const QHash<QString, QByteArray> types{
        {QStringLiteral("/r/resident.js"), QByteArrayLiteral("application/javascript; charset=utf-8")},
        {QStringLiteral("/r/resident.css"), QByteArrayLiteral("text/css; charset=utf-8")},
    };
    const QString path = request.url().path();
    const auto type = types.constFind(path);
    if (type == types.cend()) {
        response->send(HttpResponse::Status::NotFound, kText, QByteArrayLiteral("not found\n"));
        return;
    }
    response->send(HttpResponse::Status::Ok, *type, resource(path.mid(3)));
}

} // namespace hall
