// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The residents' pages against a real hall-service: the ticket page and its live stream, tags that
// cannot be forged or walked, the per-address and total bounds, and the booking page's cancellation
// with the phone's last four digits. Browsers are tests/service/test_residentbrowser.cpp's.
#include "http/residenttext.h"
#include "httpget.h"
#include "net/addressclass.h"
#include "test_booking_support.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

using namespace hall::test;
using hall::ResidentText;

namespace {

const QString kBase = QStringLiteral("http://hall.test:7780");

QStringList residentFlags(const QStringList& more = {})
{
    return QStringList{QStringLiteral("--resident-port"), QStringLiteral("0"),
                       QStringLiteral("--resident-base-url"), kBase} +
           more;
}

/// The path of a page address the service handed out (its host is the configured base URL's).
QString pathOf(const QString& url)
{
    REQUIRE(url.startsWith(kBase + QLatin1Char('/')));
    return QUrl(url).path();
}

/// A live page's stream read as a browser's EventSource would, from `source` (another loopback
/// address stands for another phone).
class SseReader
{
public:
    SseReader(quint16 port, const QString& path, const QString& source = QStringLiteral("127.0.0.1"))
    {
        m_socket.bind(QHostAddress(source));
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        REQUIRE(m_socket.waitForConnected(10000));
        m_socket.write(
            QStringLiteral("GET %1 HTTP/1.1\r\nHost: hall.test\r\nAccept: text/event-stream\r\n\r\n")
                .arg(path)
                .toUtf8());
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { m_text += m_socket.readAll(); });
    }
    /// The status line once it came.
    QByteArray status()
    {
        waitUntil([&] { return m_text.contains("\r\n"); }, 10000);
        return m_text.left(m_text.indexOf("\r\n"));
    }
    /// The data of the last `event: ticket` once one holds `needle`.
    QJsonObject waitFor(const QByteArray& needle, int timeoutMs = 10000)
    {
        waitUntil([&] { return last().contains(needle); }, timeoutMs);
        return QJsonDocument::fromJson(last()).object();
    }
    QByteArray last() const
    {
        const qsizetype at = m_text.lastIndexOf("event: ticket\ndata: ");
        if (at < 0) {
            return {};
        }
        const qsizetype from = at + 20;
        return m_text.mid(from, m_text.indexOf('\n', from) - from);
    }
    int events() const { return static_cast<int>(m_text.count("event: ticket\n")); }
    bool open() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

private:
    QTcpSocket m_socket;
    QByteArray m_text;
};

/// A phone that opens its page's stream and then never reads a byte: a plain socket with the smallest
/// receive buffer the kernel allows, so what the service sends piles up on the service's side.
class StalledReader
{
public:
    StalledReader(quint16 port, const QString& path)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        REQUIRE(m_fd >= 0);
        const int smallest = 1;
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &smallest, sizeof smallest);
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(port);
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::connect(m_fd, reinterpret_cast<const sockaddr*>(&to), sizeof to) == 0);
        const QByteArray request =
            QStringLiteral("GET %1 HTTP/1.1\r\nHost: hall.test\r\nAccept: text/event-stream\r\n\r\n")
                .arg(path)
                .toUtf8();
        REQUIRE(::send(m_fd, request.constData(), size_t(request.size()), 0) == request.size());
    }
    ~StalledReader() { ::close(m_fd); }
    /// Whether the service has dropped the connection, found by reading at last what reached this
    /// side (without waiting): the end of the stream or a reset.
    bool cutOff()
    {
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (n > 0) {
                m_received += n;
                continue;
            }
            return n == 0 || errno == ECONNRESET;
        }
    }
    qint64 received() const { return m_received; }

private:
    int m_fd = -1;
    qint64 m_received = 0;
};

/// The resident set of a process in KiB (VmRSS).
qint64 rssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

/// One sample of the service's /metrics text by its full name and labels ("name{l=\"v\"}"); -1 when
/// missing.
double metric(quint16 operatorPort, const QString& sample)
{
    const QByteArray text = httpGet(operatorPort, QStringLiteral("/metrics")).body;
    for (const QByteArray& line : text.split('\n')) {
        if (line.startsWith(sample.toUtf8() + ' ')) {
            return line.mid(sample.toUtf8().size() + 1).toDouble();
        }
    }
    return -1;
}

} // namespace

TEST_CASE("ticket page: a phone that stops reading is cut off at 64 KiB, a reading one beside it goes on",
          "[resident]")
{
    // Places at once: the stalled page must fall behind by 64 KiB of them within the test's time.
    HallFixture f(residentFlags({QStringLiteral("--operator-port"), QStringLiteral("0"),
                                 QStringLiteral("--rate-burst"), QStringLiteral("2000"),
                                 QStringLiteral("--resident-place-spacing-ms"), QStringLiteral("0")}));
    const quint16 port = f.hall.residentPort();
    const quint16 operatorPort = f.hall.operatorPort();
    auto admin = f.connect(QStringLiteral("admin-1"));
    auto counter = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    REQUIRE(ok(counter->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 1}})));

    // Tickets ahead of the followed one (sent at once, answered in a few commits): every call of
    // one of them moves the followed ticket's place, which is one event on its page.
    constexpr int kAhead = 295; // marriage issues 300 a day
    for (int i = 0; i < kAhead; ++i) {
        admin->sendRaw(QString::fromUtf8(
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("id"), 1000 + i},
                    {QStringLiteral("op"), QStringLiteral("ticket.issue")},
                    {QStringLiteral("args"),
                     QJsonObject{{QStringLiteral("requestId"), QStringLiteral("ahead-%1").arg(i)},
                                 {QStringLiteral("services"), QJsonArray{QStringLiteral("marriage")}}}}})
                .toJson(QJsonDocument::Compact)));
    }
    for (int i = 0; i < kAhead; ++i) {
        const QJsonObject reply = admin->nextReply(30000);
        INFO(QJsonDocument(reply).toJson().toStdString());
        REQUIRE(ok(reply));
    }
    // Six errands, the most a ticket holds, with long names: about 600 bytes an event.
    const QJsonObject followed = HallFixture::issue(
        *admin,
        {QStringLiteral("marriage"), QStringLiteral("certificates"), QStringLiteral("veterans"),
         QStringLiteral("organisations"), QStringLiteral("disability"), QStringLiteral("assistance")},
        QStringLiteral("followed"));
    const QString path =
        pathOf(followed.value(QLatin1String("followUrl")).toString()) + QStringLiteral("/events");

    SseReader reading(port, path, QStringLiteral("127.0.0.2"));
    REQUIRE(reading.status() == "HTTP/1.1 200 OK");
    StalledReader stalled(port, path);
    const QString streams = QStringLiteral("hall_http_streams{listener=\"resident\"}");
    REQUIRE(waitUntil([&] { return metric(operatorPort, streams) == 2; }, 10000));
    const QByteArray firstEvent =
        reading.waitFor("\"waiting\"", 10000).isEmpty() ? QByteArray() : reading.last();
    REQUIRE(!firstEvent.isEmpty());
    const qint64 rssBefore = rssKiB(f.hall.pid());

    // Calls flow: each one an event for both pages (the next call only once the reading page has
    // this one's, so pushes are not merged).
    const QString unsent = QStringLiteral("hall_http_stream_unsent_bytes{listener=\"resident\"}");
    const QString cut = QStringLiteral("hall_http_streams_cut_total{listener=\"resident\"}");
    double mostUnsent = 0;
    qint64 rssAtMost = rssBefore;
    int calls = 0;
    while (calls + 10 < kAhead && metric(operatorPort, cut) < 1) {
        for (int i = 0; i < 10; ++i) {
            REQUIRE(ok(counter->call(QStringLiteral("counter.callNext"), {{QStringLiteral("counter"), 1}})));
            REQUIRE(ok(counter->call(QStringLiteral("counter.setAside"), {{QStringLiteral("counter"), 1}})));
            ++calls;
            reading.waitFor(QStringLiteral("\"ahead\":%1,").arg(kAhead - calls).toUtf8());
        }
        mostUnsent = std::max(mostUnsent, metric(operatorPort, unsent));
        rssAtMost = std::max(rssAtMost, rssKiB(f.hall.pid()));
    }
    INFO("calls: " << calls);
    REQUIRE(metric(operatorPort, cut) == 1);
    REQUIRE(waitUntil([&] { return stalled.cutOff(); }, 10000));
    REQUIRE(waitUntil([&] { return metric(operatorPort, streams) == 1; }, 10000));
    const qint64 rssAfter = rssKiB(f.hall.pid());
    std::printf("slow phone: cut off after %d calls (event %lld bytes); most held for it in the service "
                "%.0f bytes (cap 65536), %lld bytes reached it unread; service RSS %lld KiB before, "
                "%lld KiB at most, %lld KiB after\n",
                calls, static_cast<long long>(firstEvent.size()), mostUnsent,
                static_cast<long long>(stalled.received()), static_cast<long long>(rssBefore),
                static_cast<long long>(rssAtMost), static_cast<long long>(rssAfter));
    CHECK(mostUnsent <= 64 * 1024);
    CHECK(mostUnsent >= 32 * 1024);                          // it did pile up in the service before the cut
    CHECK(metric(operatorPort, unsent) < firstEvent.size()); // the reading page keeps up

    // The reading page saw every call, and goes on seeing them.
    const int ahead = kAhead - calls;
    CHECK(
        reading.waitFor(QStringLiteral("\"ahead\":%1,").arg(ahead).toUtf8()).value(QLatin1String("ahead")) ==
        ahead);
    REQUIRE(ok(counter->call(QStringLiteral("counter.callNext"), {{QStringLiteral("counter"), 1}})));
    CHECK(reading.waitFor(QStringLiteral("\"ahead\":%1,").arg(ahead - 1).toUtf8())
              .value(QLatin1String("ahead")) == ahead - 1);
    CHECK(reading.open());
}

TEST_CASE("a phone's address is logged and audited by its class only", "[resident]")
{
    const auto of = [](const char* a) { return hall::addressClass(QHostAddress(QString::fromLatin1(a))); };
    CHECK(of("127.0.0.1") == QStringLiteral("loopback"));
    CHECK(of("::1") == QStringLiteral("loopback"));
    CHECK(of("192.168.3.20") == QStringLiteral("private"));
    CHECK(of("10.8.0.2") == QStringLiteral("private"));
    CHECK(of("172.20.1.1") == QStringLiteral("private"));
    CHECK(of("172.32.1.1") == QStringLiteral("public"));
    CHECK(of("100.64.0.9") == QStringLiteral("private"));
    CHECK(of("::ffff:192.168.3.20") == QStringLiteral("private")); // a dual-stack listener's view
    CHECK(of("fd12:3456::1") == QStringLiteral("private"));
    CHECK(of("169.254.10.1") == QStringLiteral("linkLocal"));
    CHECK(of("fe80::1") == QStringLiteral("linkLocal"));
    CHECK(of("8.8.8.8") == QStringLiteral("public"));
    CHECK(of("2001:db8::1") == QStringLiteral("public"));
}

TEST_CASE("phone pages' words: Chinese first, every one in English through Qt's translation", "[resident]")
{
    const ResidentText text;
    CHECK(text.untranslated().isEmpty());
    const QJsonObject zh = text.strings(ResidentText::Lang::Zh);
    const QJsonObject en = text.strings(ResidentText::Lang::En);
    CHECK(zh.keys() == en.keys());
    CHECK(zh.value(QLatin1String("called")).toString() == QStringLiteral("请到 {n} 号窗口"));
    CHECK(en.value(QLatin1String("called")).toString() == QStringLiteral("Please go to window {n}"));
    // A count says what it counts in English too, not a bare number beside "Ahead of you".
    CHECK(en.value(QLatin1String("aheadCount")).toString() == QStringLiteral("{n} in line"));
    // The same Chinese, two English texts: a heading and a button.
    CHECK(zh.value(QLatin1String("cancelTitle")) == zh.value(QLatin1String("cancelStart")));
    CHECK(en.value(QLatin1String("cancelTitle")) != en.value(QLatin1String("cancelStart")));
    CHECK(QJsonDocument::fromJson(text.pageJson()).object() ==
          QJsonObject{{QStringLiteral("zh"), zh}, {QStringLiteral("en"), en}});
    // A refused cancellation's words, by its code and what the booking became.
    const auto key = &ResidentText::cancelErrorKey;
    CHECK(key(QStringLiteral("UNKNOWN_BOOKING"), QStringLiteral("confirmed")) ==
          QStringLiteral("err_mismatch"));
    CHECK(key(QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("confirmed")) ==
          QStringLiteral("err_digits"));
    CHECK(key(QStringLiteral("CANCEL_TOO_LATE"), QStringLiteral("confirmed")) ==
          QStringLiteral("err_tooLate"));
    CHECK(key(QStringLiteral("RATE_LIMITED"), QStringLiteral("confirmed")) == QStringLiteral("err_limited"));
    CHECK(key(QStringLiteral("INVALID_TRANSITION"), QStringLiteral("cancelled")) ==
          QStringLiteral("err_cancelled"));
    CHECK(key(QStringLiteral("INVALID_TRANSITION"), QStringLiteral("cancelledByOffice")) ==
          QStringLiteral("err_cancelled"));
    CHECK(key(QStringLiteral("INVALID_TRANSITION"), QStringLiteral("checkedIn")) ==
          QStringLiteral("err_checkedIn"));
    CHECK(key(QStringLiteral("INVALID_TRANSITION"), QStringLiteral("noShow")) ==
          QStringLiteral("err_inactive"));
    CHECK(key(QStringLiteral("STORAGE_FAILED"), QStringLiteral("confirmed")) == QStringLiteral("err_other"));
    for (const QString& k :
         {QStringLiteral("err_mismatch"), QStringLiteral("err_digits"), QStringLiteral("err_tooLate"),
          QStringLiteral("err_limited"), QStringLiteral("err_cancelled"), QStringLiteral("err_checkedIn"),
          QStringLiteral("err_inactive"), QStringLiteral("err_other")}) {
        INFO(k.toStdString());
        CHECK_FALSE(zh.value(k).toString().isEmpty());
        CHECK(en.value(k).toString() != zh.value(k).toString());
    }
}

TEST_CASE("ticket page: the kiosk's address, the place, a call live on the stream, nothing personal",
          "[resident]")
{
    HallFixture f(residentFlags());
    const quint16 port = f.hall.residentPort();
    REQUIRE(port != 0);
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    auto counter = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    REQUIRE(ok(counter->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 1}})));
    const QJsonObject first = HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("r-1"));
    QJsonObject issued = kiosk->call(
        QStringLiteral("ticket.issue"),
        {{QStringLiteral("requestId"), QStringLiteral("r-2")},
         {QStringLiteral("services"), QJsonArray{QStringLiteral("marriage"), QStringLiteral("assistance")}},
         {QStringLiteral("idNumber"), bookingIdNumber(QDate(1960, 3, 1), 11)}});
    REQUIRE(ok(issued));
    issued = result(issued);
    const QString number =
        issued.value(QLatin1String("ticket")).toObject().value(QLatin1String("number")).toString();
    const QString path = pathOf(issued.value(QLatin1String("followUrl")).toString());

    const HttpResult html = httpGet(port, path);
    REQUIRE(html.status == 200);
    CHECK(html.contentType.startsWith("text/html"));
    CHECK(html.body.contains(number.toUtf8()));
    CHECK(html.body.contains("/r/resident.js"));
    CHECK_FALSE(html.body.contains("***")); // no masked ID either
    CHECK(httpGet(port, QStringLiteral("/r/resident.js")).status == 200);
    CHECK(httpGet(port, QStringLiteral("/r/resident.css")).status == 200);

    const QJsonObject state =
        QJsonDocument::fromJson(httpGet(port, path + QStringLiteral("/state")).body).object();
    CHECK(state.value(QLatin1String("state")).toString() == QStringLiteral("waiting"));
    // The kiosk's figure: the elder jumps the queue, so the place comes from the one estimate.
    CHECK(state.value(QLatin1String("ahead")) == issued.value(QLatin1String("ahead")));
    CHECK(state.value(QLatin1String("errands")).toArray().size() == 2);

    SseReader live(port, path + QStringLiteral("/events"));
    REQUIRE(live.status() == "HTTP/1.1 200 OK");
    REQUIRE(live.waitFor("\"waiting\"").value(QLatin1String("number")).toString() == number);
    const int before = live.events();
    REQUIRE(ok(counter->call(QStringLiteral("counter.call"),
                             {{QStringLiteral("counter"), 1}, {QStringLiteral("ticket"), number}})));
    const QJsonObject called = live.waitFor("\"called\"");
    CHECK(called.value(QLatin1String("counter")).toInt() == 1);
    CHECK(live.events() == before + 1); // one event for the call, not one per journal event
    CHECK(first.value(QLatin1String("followUrl")).toString() !=
          issued.value(QLatin1String("followUrl")).toString());
}

TEST_CASE("ticket page: a call moves the pages of its own queue only, not the others", "[resident]")
{
    HallFixture f(residentFlags());
    const quint16 port = f.hall.residentPort();
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    auto counter = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    REQUIRE(ok(counter->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 1}})));
    // Window 1 serves both queues; one ticket waits ahead of each followed one.
    const auto number = [](const QJsonObject& issued) {
        return issued.value(QLatin1String("ticket")).toObject().value(QLatin1String("number")).toString();
    };
    const QJsonObject a1 = HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("a-1"));
    const QJsonObject a2 = HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("a-2"));
    const QJsonObject c1 =
        HallFixture::issue(*kiosk, {QStringLiteral("certificates")}, QStringLiteral("c-1"));
    const QJsonObject c2 =
        HallFixture::issue(*kiosk, {QStringLiteral("certificates")}, QStringLiteral("c-2"));
    SseReader marriage(port,
                       pathOf(a2.value(QLatin1String("followUrl")).toString()) + QStringLiteral("/events"),
                       QStringLiteral("127.0.0.2"));
    SseReader certificates(
        port, pathOf(c2.value(QLatin1String("followUrl")).toString()) + QStringLiteral("/events"),
        QStringLiteral("127.0.0.3"));
    REQUIRE(marriage.waitFor("\"ahead\":1,").value(QLatin1String("number")).toString() == number(a2));
    REQUIRE(certificates.waitFor("\"ahead\":1,").value(QLatin1String("number")).toString() == number(c2));
    const int marriageBefore = marriage.events();
    const int certificatesBefore = certificates.events();

    const auto callAndSetAside = [&](const QJsonObject& issued) {
        REQUIRE(
            ok(counter->call(QStringLiteral("counter.call"),
                             {{QStringLiteral("counter"), 1}, {QStringLiteral("ticket"), number(issued)}})));
        REQUIRE(ok(counter->call(QStringLiteral("counter.setAside"), {{QStringLiteral("counter"), 1}})));
    };
    callAndSetAside(a1);
    CHECK(marriage.waitFor("\"ahead\":0,").value(QLatin1String("ahead")).toInt() == 0);
    callAndSetAside(c1);
    CHECK(certificates.waitFor("\"ahead\":0,").value(QLatin1String("ahead")).toInt() == 0);
    // Events arrive in order: had the marriage call reached the certificates page, it would be before
    // that page's own. One each, and the marriage page heard nothing of the certificates' call either
    // (its next event is its own call).
    CHECK(certificates.events() == certificatesBefore + 1);
    REQUIRE(ok(counter->call(QStringLiteral("counter.call"),
                             {{QStringLiteral("counter"), 1}, {QStringLiteral("ticket"), number(a2)}})));
    CHECK(marriage.waitFor("\"called\"").value(QLatin1String("counter")).toInt() == 1);
    CHECK(marriage.events() == marriageBefore + 2);
}

TEST_CASE("ticket page: new places wait for the queue's spacing, a page's own call does not", "[resident]")
{
    // A spacing no test outlasts: a place that waits for it never comes, so what does come is counted.
    HallFixture f(residentFlags({QStringLiteral("--resident-place-spacing-ms"), QStringLiteral("600000")}));
    const quint16 port = f.hall.residentPort();
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    auto counter = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    REQUIRE(ok(counter->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 1}})));
    const auto number = [](const QJsonObject& issued) {
        return issued.value(QLatin1String("ticket")).toObject().value(QLatin1String("number")).toString();
    };
    QList<QJsonObject> tickets;
    for (int i = 0; i < 3; ++i) {
        tickets.append(
            HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("s-%1").arg(i)));
    }
    SseReader third(port, pathOf(tickets[2].value(QLatin1String("followUrl")).toString()) +
                              QStringLiteral("/events"));
    REQUIRE(third.waitFor("\"ahead\":2,").value(QLatin1String("number")).toString() == number(tickets[2]));
    const int before = third.events();
    const auto call = [&](const QJsonObject& issued) {
        REQUIRE(
            ok(counter->call(QStringLiteral("counter.call"),
                             {{QStringLiteral("counter"), 1}, {QStringLiteral("ticket"), number(issued)}})));
    };
    // The queue's first new places since the page opened go at once …
    call(tickets[0]);
    CHECK(third.waitFor("\"ahead\":1,").value(QLatin1String("ahead")).toInt() == 1);
    REQUIRE(ok(counter->call(QStringLiteral("counter.setAside"), {{QStringLiteral("counter"), 1}})));
    // … the next wait for the spacing; the page's own call does not, and carries its state as it is.
    call(tickets[1]);
    REQUIRE(ok(counter->call(QStringLiteral("counter.setAside"), {{QStringLiteral("counter"), 1}})));
    call(tickets[2]);
    CHECK(third.waitFor("\"called\"").value(QLatin1String("counter")).toInt() == 1);
    CHECK(third.events() == before + 2); // "ahead":0 never went out on its own
}

TEST_CASE("ticket page: a place held back by the spacing goes out when the spacing has passed", "[resident]")
{
    HallFixture f(residentFlags({QStringLiteral("--resident-place-spacing-ms"), QStringLiteral("300")}));
    const quint16 port = f.hall.residentPort();
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    auto counter = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    REQUIRE(ok(counter->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 1}})));
    QJsonObject last;
    for (int i = 0; i < 4; ++i) {
        last = HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("h-%1").arg(i));
    }
    SseReader page(port,
                   pathOf(last.value(QLatin1String("followUrl")).toString()) + QStringLiteral("/events"));
    REQUIRE(page.waitFor("\"ahead\":3,").value(QLatin1String("ahead")).toInt() == 3);
    // Three calls in a row, within the spacing: the places held back come later (the spacing's timer,
    // or the next public push, whichever is first), and the last one is not lost.
    for (int i = 0; i < 3; ++i) {
        REQUIRE(ok(counter->call(QStringLiteral("counter.callNext"), {{QStringLiteral("counter"), 1}})));
        REQUIRE(ok(counter->call(QStringLiteral("counter.setAside"), {{QStringLiteral("counter"), 1}})));
    }
    CHECK(page.waitFor("\"ahead\":0,").value(QLatin1String("ahead")).toInt() == 0);
}

TEST_CASE("ticket page: forged and walked tags are refused alike, and guessing runs out", "[resident]")
{
    HallFixture f(residentFlags());
    const quint16 port = f.hall.residentPort();
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    const QJsonObject issued =
        HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("r-1"));
    const QString path = pathOf(issued.value(QLatin1String("followUrl")).toString());
    const QStringList parts = path.split(QLatin1Char('/')); // "", t, day, number, tag
    REQUIRE(parts.size() == 5);
    const QString tag = parts[4];
    QString flipped = tag;
    flipped[0] = tag[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    const QString nextNumber =
        QStringLiteral("A%1").arg(parts[3].mid(1).toInt() + 1, 3, 10, QLatin1Char('0'));
    HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("r-2")); // the next number exists

    const HttpResult forged = httpGet(port, QStringLiteral("/t/%1/%2/%3").arg(parts[2], parts[3], flipped));
    const HttpResult walked = httpGet(port, QStringLiteral("/t/%1/%2/%3").arg(parts[2], nextNumber, tag));
    const HttpResult otherDay = httpGet(port, QStringLiteral("/t/2026-11-23/%1/%2").arg(parts[3], tag));
    CHECK(forged.status == 404);
    CHECK(walked.status == 404);
    CHECK(otherDay.status == 404);
    CHECK(forged.body == walked.body); // nothing tells a wrong tag from a number that does not exist
    CHECK(httpGet(port, path + QStringLiteral("/events/x")).status == 404);
    CHECK(httpGet(port, path, "POST").status == 405);

    // Walking numbers: after the budget for misses (10) the address gets 429, even for a good page.
    int notFound = 3; // the three above
    int limited = 0;
    for (int n = 0; n < 20; ++n) {
        const int status =
            httpGet(port, QStringLiteral("/t/%1/A%2/%3").arg(parts[2]).arg(100 + n).arg(tag)).status;
        notFound += status == 404;
        limited += status == 429;
    }
    INFO("404: " << notFound << ", 429: " << limited);
    CHECK(notFound <= 11);
    CHECK(limited >= 12);
    CHECK(httpGet(port, path).status == 429);
}

TEST_CASE("ticket page: live pages bounded per address and in total", "[resident]")
{
    HallFixture f(residentFlags({QStringLiteral("--resident-watchers"), QStringLiteral("3"),
                                 QStringLiteral("--resident-watchers-per-address"), QStringLiteral("2")}));
    const quint16 port = f.hall.residentPort();
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    const QString path =
        pathOf(HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("r-1"))
                   .value(QLatin1String("followUrl"))
                   .toString()) +
        QStringLiteral("/events");
    std::vector<std::unique_ptr<SseReader>> phones;
    for (const char* source : {"127.0.0.1", "127.0.0.1", "127.0.0.1", "127.0.0.2", "127.0.0.3"}) {
        phones.push_back(std::make_unique<SseReader>(port, path, QString::fromLatin1(source)));
        phones.back()->status();
    }
    CHECK(phones[0]->status() == "HTTP/1.1 200 OK");
    CHECK(phones[1]->status() == "HTTP/1.1 200 OK");
    CHECK(phones[2]->status() == "HTTP/1.1 429 Too Many Requests"); // a third from one address
    CHECK(phones[3]->status() == "HTTP/1.1 200 OK");
    CHECK(phones[4]->status() == "HTTP/1.1 503 Service Unavailable"); // a fourth in all
    std::printf("resident watchers: 2 per address and 3 in all held (429 and 503 beyond)\n");
    // A page that goes frees its place.
    phones[0].reset();
    bool freed = false;
    for (int attempt = 0; attempt < 50 && !freed; ++attempt) {
        SseReader again(port, path, QStringLiteral("127.0.0.4"));
        freed = again.status() == "HTTP/1.1 200 OK";
        if (!freed) {
            waitUntil([] { return false; }, 200); // the service has not seen the close yet
        }
    }
    CHECK(freed);
}

TEST_CASE("booking page: no personal data, its QR code, cancelling with the phone's last four digits",
          "[resident]")
{
    BookingConfigFile config(generalBookingJson());
    HallFixture f(config.flags() + residentFlags({QStringLiteral("--operator-port"), QStringLiteral("0")}));
    const quint16 port = f.hall.residentPort();
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    const QJsonObject created =
        kiosk->call(QStringLiteral("booking.create"),
                    createArgs(QStringLiteral("c-1"), 1, QStringLiteral("2026-12-01T09:00:00+08:00")));
    REQUIRE(ok(created));
    const QJsonObject booking = result(created).value(QLatin1String("booking")).toObject();
    const QString code = booking.value(QLatin1String("code")).toString();
    const QString path = pathOf(booking.value(QLatin1String("pageUrl")).toString());

    const HttpResult page = httpGet(port, path);
    REQUIRE(page.status == 200);
    CHECK(page.body.contains(code.toUtf8()));
    for (const QByteArray& secret : {QByteArray("13800138000"), QByteArray("138****8000"), QByteArray("8000"),
                                     QByteArray("idMasked"), QByteArray("***")}) {
        INFO(secret.toStdString());
        CHECK_FALSE(page.body.contains(secret));
    }
    // The words come with the page in both languages (the script switches between them).
    CHECK(page.body.contains("<h1 id=\"title\">" + QStringLiteral("预约确认").toUtf8() + "</h1>"));
    CHECK(page.body.contains("\"bookingTitle\":\"Your booking\""));
    CHECK_FALSE(page.body.contains("{{"));
    const HttpResult qr = httpGet(port, path + QStringLiteral("/qr.svg"));
    CHECK(qr.status == 200);
    CHECK(qr.contentType == "image/svg+xml");
    CHECK(qr.body.startsWith("<svg"));
    QString forged = path;
    forged[forged.size() - 1] = forged.endsWith(QLatin1Char('0')) ? QLatin1Char('1') : QLatin1Char('0');
    CHECK(httpGet(port, forged).status == 404);
    CHECK(httpGet(port, forged + QStringLiteral("/cancel"), "POST", "phoneLastFour=8000").status == 404);

    // The kiosk's scanner takes the page's address for check-in: recognised (here too early for the
    // slot), while a forged one is an unknown booking.
    const auto checkIn = [&](const QString& payload) {
        return errorCode(kiosk->call(QStringLiteral("booking.checkIn"),
                                     {{QStringLiteral("requestId"), QStringLiteral("ci-") + payload.right(3)},
                                      {QStringLiteral("qrPayload"), payload}}));
    };
    const QString recognised = checkIn(kBase + path);
    CHECK(recognised != QStringLiteral("UNKNOWN_BOOKING"));
    CHECK_FALSE(recognised.isEmpty());
    CHECK(checkIn(kBase + forged) == QStringLiteral("UNKNOWN_BOOKING"));

    // Wrong digits change nothing; the right ones cancel through the runner (the booking is gone for
    // the kiosk too).
    const HttpResult wrong = httpGet(port, path + QStringLiteral("/cancel"), "POST", "phoneLastFour=1234");
    CHECK(wrong.status == 400);
    CHECK(QJsonDocument::fromJson(wrong.body).object().value(QLatin1String("errorKey")).toString() ==
          QStringLiteral("err_mismatch"));
    CHECK(QJsonDocument::fromJson(wrong.body)
              .object()
              .value(QLatin1String("message"))
              .toString()
              .contains(QStringLiteral("后四位")));
    const HttpResult done = httpGet(port, path + QStringLiteral("/cancel"), "POST", "phoneLastFour=8000");
    INFO(done.body.toStdString());
    REQUIRE(done.status == 200);
    const QJsonObject after =
        QJsonDocument::fromJson(done.body).object().value(QLatin1String("page")).toObject();
    CHECK(after.value(QLatin1String("booking")).toObject().value(QLatin1String("status")).toString() ==
          QStringLiteral("cancelled"));
    CHECK_FALSE(after.value(QLatin1String("cancellable")).toBool());
    const QJsonObject found =
        kiosk->call(QStringLiteral("booking.find"),
                    {{QStringLiteral("code"), code}, {QStringLiteral("idNumber"), groom(1)}});
    CHECK(
        result(found).value(QLatin1String("booking")).toObject().value(QLatin1String("status")).toString() ==
        QStringLiteral("cancelled"));

    // Four digits are few: six attempts an hour per address.
    int refusedForCount = 0;
    for (int i = 0; i < 8; ++i) {
        const QJsonObject a =
            QJsonDocument::fromJson(
                httpGet(port, path + QStringLiteral("/cancel"), "POST", "phoneLastFour=0000").body)
                .object();
        refusedForCount +=
            a.value(QLatin1String("message")).toString().contains(QStringLiteral("次数过多")) &&
            a.value(QLatin1String("code")).toString() == QStringLiteral("RATE_LIMITED");
    }
    CHECK(refusedForCount >= 4);

    // Every attempt is a request like a device's: one line in the request log under its op, from the
    // class of the phone's address (not the address), with the code masked and no digits; counted on
    // /metrics with its refusals by code; the cancellation audited as the couple's phone page.
    const QString cancelLine = QStringLiteral(
        "peer=residentPage:loopback device=phone role=- staff=- op=booking.cancelByPhone id=- outcome=");
    REQUIRE(waitUntil([&] { return f.hall.log().count(cancelLine) == 10; }, 10000));
    const QString log = f.hall.log();
    CHECK(log.count(cancelLine + QStringLiteral("ok ")) == 1);
    CHECK(log.count(cancelLine + QStringLiteral("UNKNOWN_BOOKING ")) == 9 - refusedForCount);
    CHECK(log.count(cancelLine + QStringLiteral("RATE_LIMITED ")) == refusedForCount);
    CHECK(log.contains(QStringLiteral("booking=%1 by residentPage")
                           .arg(code.front() + QString(6, QLatin1Char('*')) + code.back())));
    for (const QString& line : log.split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral("device=phone"))) {
            INFO(line.toStdString());
            CHECK_FALSE(line.contains(code));
            CHECK_FALSE(line.contains(QStringLiteral("127.0.0.1")));
        }
    }
    CHECK_FALSE(log.contains(QStringLiteral("phoneLastFour")));
    const QByteArray metrics = httpGet(f.hall.operatorPort(), QStringLiteral("/metrics")).body;
    CHECK(metrics.contains("hall_requests_total{op=\"booking.cancelByPhone\"} 10\n"));
    CHECK(metrics.contains(QStringLiteral("hall_request_errors_total{op=\"booking.cancelByPhone\","
                                          "code=\"UNKNOWN_BOOKING\"} %1\n")
                               .arg(9 - refusedForCount)
                               .toUtf8()));
    CHECK(metrics.contains(QStringLiteral("hall_request_errors_total{op=\"booking.cancelByPhone\","
                                          "code=\"RATE_LIMITED\"} %1\n")
                               .arg(refusedForCount)
                               .toUtf8()));
    auto counter = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    const QJsonArray audit =
        result(counter->call(QStringLiteral("booking.get"), {{QStringLiteral("code"), code}}))
            .value(QLatin1String("audit"))
            .toArray();
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].toObject().value(QLatin1String("action")).toString() == QStringLiteral("cancelled"));
    CHECK(audit[0].toObject().value(QLatin1String("staff")).toString().isEmpty());
    CHECK(audit[0].toObject().value(QLatin1String("channel")).toString() ==
          QStringLiteral("residentPage:loopback"));
}
