// The residents' pages against a real hall-service: the ticket page and its live stream, tags that
// cannot be forged or walked, the per-address and total bounds, and the booking page's cancellation
// with the phone's last four digits. Browsers are tests/service/test_residentbrowser.cpp's.
#include "httpget.h"
#include "test_booking_support.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

using namespace hall::test;

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

} // namespace

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
    HallFixture f(config.flags() + residentFlags());
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
    CHECK(QJsonDocument::fromJson(wrong.body)
              .object()
              .value(QLatin1String("message"))
              .toString()
              .contains(QStringLiteral("后四位")));
    const HttpResult done = httpGet(port, path + QStringLiteral("/cancel"), "POST", "phoneLastFour=8000");
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
        refusedForCount += a.value(QLatin1String("message")).toString().contains(QStringLiteral("次数过多"));
    }
    CHECK(refusedForCount >= 4);
}
