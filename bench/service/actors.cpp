// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

namespace hall::bench {

namespace {

QString numberOf(const ServiceReply& r)
{
    return r.result.value(QLatin1String("ticket")).toObject().value(QLatin1String("number")).toString();
}

} // namespace

ServiceClient::Options clientOptions(const BenchHall& hall, const QString& role, const QString& device)
{
    ServiceClient::Options o;
    o.url = hall.url();
    o.role = role;
    o.device = device;
    o.token = hall.token(device);
    o.subscribe = false; // the displays measure push; kiosks and counters only need replies
    o.requestTimeoutMs = 30000;
    return o;
}

void afterThinking(QObject* owner, int thinkMs, std::function<void()> next)
{
    if (thinkMs <= 0) {
        next();
        return;
    }
    const int pause = thinkMs / 2 + QRandomGenerator::global()->bounded(thinkMs + 1);
    QTimer::singleShot(pause, owner, std::move(next));
}

KioskActor::KioskActor(const BenchHall& hall, int index, QStringList services, Observations& obs, int thinkMs)
    : m_client(std::make_unique<ServiceClient>(
          clientOptions(hall, QStringLiteral("kiosk"), hall.device(QStringLiteral("kiosk"), index)))),
      m_obs(obs), m_services(std::move(services)), m_thinkMs(thinkMs)
{}

void KioskActor::issue()
{
    if (!m_running || m_services.isEmpty()) {
        return;
    }
    const QString service =
        m_services.at(QRandomGenerator::global()->bounded(static_cast<int>(m_services.size())));
    const qint64 sent = nowNs();
    m_inFlight = true;
    m_client->request(QStringLiteral("ticket.issue"),
                      {{QStringLiteral("requestId"), ServiceClient::newRequestId()},
                       {QStringLiteral("services"), QJsonArray{service}}},
                      [this, sent, service](const ServiceReply& r) {
                          m_inFlight = false;
                          m_obs.reply(QStringLiteral("ticket.issue"), sent, r.ok, r.errorCode);
                          if (r.ok) {
                              m_obs.issued[numberOf(r)] += 1;
                          } else if (r.errorCode == QLatin1String("RATE_LIMITED")) {
                              QTimer::singleShot(100, this, [this] { issue(); });
                              return;
                          } else {
                              // Quota reached, outside its hours, …: this service is done for the run.
                              m_services.removeAll(service);
                          }
                          afterThinking(this, m_thinkMs, [this] { issue(); });
                      });
}

CounterActor::CounterActor(const BenchHall& hall, int index, int counter, Observations& obs, int thinkMs)
    : m_obs(obs), m_counter(counter), m_thinkMs(thinkMs)
{
    auto o = clientOptions(hall, QStringLiteral("counter"), hall.device(QStringLiteral("counter"), index));
    o.staffUser = hall.staffUser();
    o.staffPassword = BenchHall::staffPassword();
    m_client = std::make_unique<ServiceClient>(o);
}

void CounterActor::step(const QString& op, const QJsonObject& extra,
                        std::function<void(const ServiceReply&)> then)
{
    QJsonObject args = extra;
    args.insert(QStringLiteral("counter"), m_counter);
    const qint64 sent = nowNs();
    m_inFlight = true;
    m_client->request(op, args, [this, op, extra, sent, then = std::move(then)](const ServiceReply& r) {
        m_inFlight = false;
        m_obs.reply(op, sent, r.ok, r.errorCode);
        if (r.errorCode == QLatin1String("RATE_LIMITED")) {
            // A service with its default per-connection limit (--url): the same step again, later.
            QTimer::singleShot(100, this, [this, op, extra, then] { step(op, extra, then); });
            return;
        }
        then(r);
    });
}

void CounterActor::run()
{
    m_running = true;
    step(QStringLiteral("counter.open"), {}, [this](const ServiceReply&) { callNext(); });
}

void CounterActor::callNext()
{
    if (!m_running) {
        return;
    }
    step(QStringLiteral("counter.callNext"), {}, [this](const ServiceReply& r) {
        if (!r.ok) {
            // Empty queue: look again later, as staff watching the queue would. Paced runs wait on a
            // person's timescale; the closed loop keeps its 50 ms saturation poll.
            afterThinking(this, m_thinkMs > 0 ? 10 * m_thinkMs : 0, [this] {
                QTimer::singleShot(m_thinkMs > 0 ? 0 : 50, this, [this] { callNext(); });
            });
            return;
        }
        const QString number = numberOf(r);
        m_obs.called[number] += 1;
        m_obs.calledReplyNs.insert(number, nowNs());
        afterThinking(this, m_thinkMs, [this, number] {
            step(QStringLiteral("counter.start"), {}, [this, number](const ServiceReply&) {
                afterThinking(this, m_thinkMs, [this, number] {
                    step(QStringLiteral("counter.finish"),
                         {{QStringLiteral("rating"), QStringLiteral("satisfied")}},
                         [this, number](const ServiceReply& done) {
                             if (done.ok) {
                                 m_obs.finished[number] += 1;
                             }
                             afterThinking(this, m_thinkMs, [this] { callNext(); });
                         });
                });
            });
        });
    });
}

DisplayActor::DisplayActor(const BenchHall& hall, int index, Observations& obs)
    : m_obs(obs), m_device(hall.device(QStringLiteral("display"), index)), m_token(hall.token(m_device)),
      m_countBytes(index == 1)
{
    m_socket.setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        if (auto* tcp = m_socket.findChild<QTcpSocket*>()) {
            tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        }
        const QJsonObject hello{
            {QStringLiteral("id"), 1},
            {QStringLiteral("op"), QStringLiteral("hello")},
            {QStringLiteral("args"), QJsonObject{{QStringLiteral("protocol"), 1},
                                                 {QStringLiteral("role"), QStringLiteral("display")},
                                                 {QStringLiteral("device"), m_device},
                                                 {QStringLiteral("token"), m_token}}}};
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(hello).toJson(QJsonDocument::Compact)));
        m_socket.sendTextMessage(QStringLiteral(R"({"id":2,"op":"subscribe","args":{}})"));
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &DisplayActor::onText);
    m_socket.open(hall.displayUrl(index));
}

void DisplayActor::onText(const QString& text)
{
    const qint64 at = nowNs();
    if (!text.startsWith(QLatin1String("{\"data\":"))) {
        if (const qint64 seq = subscribeReplySeq(text.toUtf8()); seq >= 0) {
            m_seq.store(seq, std::memory_order_relaxed);
            m_ready.store(true, std::memory_order_relaxed);
        }
        return;
    }
    observeDisplayEvent(m_obs, text.toUtf8(), at, at, m_seq, m_countBytes);
}

qint64 subscribeReplySeq(QByteArrayView json)
{
    // Rare (hello, subscribe), so parsed properly.
    const QJsonObject o = QJsonDocument::fromJson(json.toByteArray()).object();
    if (o.value(QLatin1String("id")).toInt() != 2 || !o.value(QLatin1String("ok")).toBool()) {
        return -1;
    }
    return o.value(QLatin1String("result")).toObject().value(QLatin1String("seq")).toInteger();
}

void observeDisplayEvent(Observations& obs, QByteArrayView json, qint64 at, qint64 arrivedNs,
                         std::atomic<qint64>& lastSeq, bool countBytes)
{
    if (countBytes) {
        obs.eventBytes.emplace_back(at, json.size());
    }
    // QByteArrayView::mid() comes with Qt 6.5; this clamps as it does.
    const auto mid = [json](qsizetype pos, qsizetype n = -1) {
        pos = std::clamp<qsizetype>(pos, 0, json.size());
        return json.sliced(pos, n < 0 ? json.size() - pos : std::min(n, json.size() - pos));
    };
    // Compact JSON keeps keys sorted: {"data":{…},"event":"…","seq":N}
    const qsizetype seqAt = json.lastIndexOf(QByteArrayView(",\"seq\":"));
    const qint64 seq = mid(seqAt + 7).chopped(1).toLongLong();
    const qint64 last = lastSeq.load(std::memory_order_relaxed);
    if (seq != last + 1) {
        obs.seqGaps += 1;
    }
    lastSeq.store(std::max(last, seq), std::memory_order_relaxed);
    const qsizetype eventAt = json.lastIndexOf(QByteArrayView(",\"event\":\""));
    if (mid(eventAt + 10, 14) != QByteArrayView("ticket.called\"")) {
        return;
    }
    const qsizetype numberAt = json.indexOf(QByteArrayView("\"number\":\""));
    const qsizetype numberEnd = json.indexOf('"', numberAt + 10);
    if (numberAt < 0 || numberEnd < 0 || json.contains(QByteArrayView("\"recall\":true"))) {
        return;
    }
    Observations::Delivery& d =
        obs.calledShown[QString::fromLatin1(mid(numberAt + 10, numberEnd - numberAt - 10))];
    d.firstNs = d.displays == 0 ? at : d.firstNs;
    d.displays += 1;
    d.lastNs = std::max(d.lastNs, at);
    d.lastArrivedNs = std::max(d.lastArrivedNs, arrivedNs);
    d.seq = seq;
}

} // namespace hall::bench
