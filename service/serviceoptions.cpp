// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serviceoptions.h"

#include "domain/halltime.h"
#include "storage/databaseurl.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUrl>

namespace hall {

namespace {

QString describe()
{
    return QStringLiteral(
        "hall-service: the queue service of one hall (protocol v1, ws://HOST:PORT/v1).\n"
        "\n"
        "Every option can also be given in a JSON file passed with --config, using the long\n"
        "option name in camelCase as key (e.g. {\"port\": 7700, \"dataDir\": \"/var/lib/hall\"});\n"
        "flags given on the command line override the file.\n"
        "Devices and staff accounts are managed with hall-admin on the same database.\n"
        "The request log (stderr) has one line per request outcome and never contains ID numbers,\n"
        "names, passwords or tokens.");
}

struct Flag
{
    const char* name;
    const char* key; // JSON key in --config
    const char* help;
    const char* valueName;
};

const Flag kFlags[] = {
    {"listen", "listen",
     "Address to listen on (default 127.0.0.1; any other address needs --tls-cert/--tls-key, or "
     "--allow-plain-ws).",
     "address"},
    {"port", "port", "TCP port (default 7700; 0 = any free port, printed at start).", "port"},
    {"data-dir", "dataDir", "Directory for the database (default: the user's data directory).", "dir"},
    {"database", "database",
     "SQLite file, relative to the data directory (default hall.sqlite), or a PostgreSQL URL "
     "(postgresql://user@host1,host2/db?target_session_attrs=read-write).",
     "file|url"},
    {"city-database", "cityDatabase",
     "The city's PostgreSQL URL beside the hall's own SQLite --database: the queue stays local and goes "
     "on when the city is lost; the city holds the booking pool and receives the hall's report facts. "
     "Needs --hall.",
     "url"},
    {"serves-offices", "servesOffices",
     "In a city: the registry offices (ids of the booking configuration, comma-separated) whose couples "
     "this hall checks in; a booking another hall makes for one of them is handed over to this hall.",
     "ids"},
    {"hall", "hall",
     "PostgreSQL only: this hall's id when many halls share the database (its own schema hall_ID and "
     "lock); 1-32 of a-z, 0-9, _.",
     "id"},
    {"commit-wait-ms", "commitWaitMs",
     "PostgreSQL only: how long one commit may wait, the synchronous standby's confirmation included, "
     "before the hall refuses changes until the standby answers again (default 5000).",
     "ms"},
    {"hall-config", "hallConfig", "Hall configuration JSON (services, counters; default built in).", "file"},
    {"max-connections-per-address", "maxConnectionsPerAddress",
     "Connections one address may hold (default 64).", "n"},
    {"rate-limit", "rateLimit", "Requests per second one connection may send on average (default 50).", "n"},
    {"rate-burst", "rateBurst", "Requests one connection may send at once (default 100).", "n"},
    {"snapshot-rate", "snapshotRate",
     "hall.snapshot and subscribe requests per second one connection may send on average (default 1).", "n"},
    {"snapshot-burst", "snapshotBurst", "... and at once (default 10).", "n"},
    {"ping-interval-ms", "pingIntervalMs", "How often idle sessions are pinged (default 15000).", "ms"},
    {"stale-after-ms", "staleAfterMs", "Close a session that has not answered for this long (default 45000).",
     "ms"},
    {"handshake-timeout-ms", "handshakeTimeoutMs",
     "Close a TCP connection whose WebSocket upgrade has not finished after this long (default 5000).", "ms"},
    {"hello-timeout-ms", "helloTimeoutMs",
     "Close a connection that has not completed hello after this long (default 10000).", "ms"},
    {"max-unsent-bytes", "maxUnsentBytes",
     "Close a connection whose client has not read this many bytes of replies and events (default "
     "2097152).",
     "bytes"},
    {"wal-limit-bytes", "walLimitBytes",
     "Start the SQLite write-ahead log again from its beginning once it grows past this size (default "
     "67108864).",
     "bytes"},
    {"ledger-retention-hours", "ledgerRetentionHours",
     "Keep answers to requests with a requestId this long, for retries (default 24).", "hours"},
    {"ledger-per-device", "ledgerPerDevice",
     "... and at most this many per device and staff member (default 5000).", "n"},
    {"kiosk-issues-per-minute", "kioskIssuesPerMinute",
     "Tickets one kiosk may issue per minute, at most as many at once (default 10).", "n"},
    {"device-writes-per-minute", "deviceWritesPerMinute",
     "Changes one kiosk or display may make per minute (ticket.issue, ticket.cancel, device.status; "
     "default 60).",
     "n"},
    {"start-time", "startTime",
     "Run the hall clock from this ISO-8601 instant instead of the real time (demos, tests).", "iso"},
    {"booking-config", "bookingConfig",
     "Booking configuration JSON (offices, special dates; default built in).", "file"},
    {"booking-device-rate", "bookingDeviceRate",
     "Booking requests with ID numbers per second one device may send on average (default 1).", "n"},
    {"booking-device-burst", "bookingDeviceBurst", "... and at once (default 30).", "n"},
    {"booking-id-rate", "bookingIdRate",
     "Booking requests per second one ID number may be used in on average (default 0.1).", "n"},
    {"booking-id-burst", "bookingIdBurst", "... and at once (default 5).", "n"},
    {"cases-config", "casesConfig", "Case workflows JSON (types, steps, offices; default built in).", "file"},
    {"notices", "notices",
     "The lobby's public notices JSON, pushed to every display and reloaded on SIGHUP (default built in).",
     "file"},
    {"tls-cert", "tlsCert",
     "PEM certificate (chain) for wss:// (TLS); with --tls-key, plain ws:// is no longer served.", "file"},
    {"tls-key", "tlsKey", "PEM private key of --tls-cert (not protected by a passphrase).", "file"},
    {"operator-listen", "operatorListen",
     "Address of the operator endpoint, HTTP /healthz and /metrics (default 127.0.0.1).", "address"},
    {"operator-port", "operatorPort",
     "Port of the operator endpoint (default: none; 0 = any free port, printed at start).", "port"},
    {"resident-listen", "residentListen",
     "Address of the residents' pages, HTTP for phones on the guest network (default 127.0.0.1).", "address"},
    {"resident-port", "residentPort",
     "Port of the residents' pages (default: none; 0 = any free port, printed at start).", "port"},
    {"resident-base-url", "residentBaseUrl",
     "Address phones open the residents' pages by, put in the QR codes of tickets and bookings "
     "(e.g. http://10.8.0.2:7780).",
     "url"},
    {"resident-tls-cert", "residentTlsCert",
     "PEM certificate (chain) for the residents' pages over HTTPS (one phones trust, for the base URL's "
     "name).",
     "file"},
    {"resident-tls-key", "residentTlsKey", "PEM private key of --resident-tls-cert.", "file"},
    {"resident-watchers", "residentWatchers", "Live ticket pages at once (default 4000).", "n"},
    {"resident-watchers-per-address", "residentWatchersPerAddress",
     "Live ticket pages at once from one address (default 6).", "n"},
    {"resident-place-spacing-ms", "residentPlaceSpacingMs",
     "Least time between two new places for the live pages waiting in one queue; a page's own call "
     "goes out at once (default 1000).",
     "ms"},
};

std::optional<QString> apply(ServiceOptions& o, const QString& key, const QString& value)
{
    bool ok = true;
    const auto bad = [&] { return QStringLiteral("选项 %1 的值无效: %2").arg(key, value); };
    if (key == QLatin1String("listen")) {
        ok = o.listen.setAddress(value);
    } else if (key == QLatin1String("port")) {
        const uint p = value.toUInt(&ok);
        ok = ok && p <= 65535;
        o.port = static_cast<quint16>(p);
    } else if (key == QLatin1String("dataDir")) {
        o.dataDir = value;
    } else if (key == QLatin1String("database")) {
        o.database = value;
        if (databaseurl::isPostgres(value)) {
            if (auto parsed = databaseurl::storeOptions(value, {}); !parsed) {
                return parsed.error().message; // the message never repeats the URL (a password)
            }
        }
    } else if (key == QLatin1String("cityDatabase")) {
        if (!databaseurl::isPostgres(value)) {
            return QStringLiteral("--city-database 必须是 PostgreSQL 地址 (postgresql://…) / --city-database "
                                  "must be a PostgreSQL URL");
        }
        if (auto parsed = databaseurl::storeOptions(value, {}); !parsed) {
            return parsed.error().message; // the message never repeats the URL (a password)
        }
        o.cityDatabase = value;
    } else if (key == QLatin1String("servesOffices")) {
        o.servesOffices = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    } else if (key == QLatin1String("hall")) {
        if (auto refused = databaseurl::checkHallId(value)) {
            return refused->message;
        }
        o.hall = value;
    } else if (key == QLatin1String("hallConfig")) {
        o.hallConfig = value;
    } else if (key == QLatin1String("maxConnectionsPerAddress")) {
        o.maxConnectionsPerAddress = value.toInt(&ok);
        ok = ok && o.maxConnectionsPerAddress > 0;
    } else if (key == QLatin1String("rateLimit")) {
        o.rateLimitPerSecond = value.toDouble(&ok);
        ok = ok && o.rateLimitPerSecond > 0;
    } else if (key == QLatin1String("rateBurst")) {
        o.rateBurst = value.toInt(&ok);
        ok = ok && o.rateBurst > 0;
    } else if (key == QLatin1String("snapshotRate")) {
        o.snapshotRate = value.toDouble(&ok);
        ok = ok && o.snapshotRate > 0;
    } else if (key == QLatin1String("snapshotBurst")) {
        o.snapshotBurst = value.toInt(&ok);
        ok = ok && o.snapshotBurst > 0;
    } else if (key == QLatin1String("commitWaitMs")) {
        o.commitWaitMs = value.toInt(&ok);
        ok = ok && o.commitWaitMs >= 100;
    } else if (key == QLatin1String("pingIntervalMs")) {
        o.pingIntervalMs = value.toInt(&ok);
        ok = ok && o.pingIntervalMs >= 50;
    } else if (key == QLatin1String("staleAfterMs")) {
        o.staleAfterMs = value.toInt(&ok);
        ok = ok && o.staleAfterMs >= 100;
    } else if (key == QLatin1String("handshakeTimeoutMs")) {
        o.handshakeTimeoutMs = value.toInt(&ok);
        ok = ok && o.handshakeTimeoutMs >= 100;
    } else if (key == QLatin1String("helloTimeoutMs")) {
        o.helloTimeoutMs = value.toInt(&ok);
        ok = ok && o.helloTimeoutMs >= 100;
    } else if (key == QLatin1String("maxUnsentBytes")) {
        o.maxUnsentBytes = value.toLongLong(&ok);
        ok = ok && o.maxUnsentBytes >= 64 * 1024;
    } else if (key == QLatin1String("walLimitBytes")) {
        o.walLimitBytes = value.toLongLong(&ok);
        ok = ok && o.walLimitBytes >= 1024 * 1024;
    } else if (key == QLatin1String("ledgerRetentionHours")) {
        o.ledgerRetentionHours = value.toInt(&ok);
        ok = ok && o.ledgerRetentionHours >= 1;
    } else if (key == QLatin1String("ledgerPerDevice")) {
        o.ledgerPerDevice = value.toInt(&ok);
        ok = ok && o.ledgerPerDevice >= 10;
    } else if (key == QLatin1String("kioskIssuesPerMinute")) {
        o.kioskIssuesPerMinute = value.toInt(&ok);
        ok = ok && o.kioskIssuesPerMinute >= 1;
    } else if (key == QLatin1String("deviceWritesPerMinute")) {
        o.deviceWritesPerMinute = value.toInt(&ok);
        ok = ok && o.deviceWritesPerMinute >= 1;
    } else if (key == QLatin1String("startTime")) {
        o.startTime = halltime::fromIso(value);
        ok = o.startTime.isValid();
    } else if (key == QLatin1String("bookingConfig")) {
        o.bookingConfig = value;
    } else if (key == QLatin1String("casesConfig")) {
        o.casesConfig = value;
    } else if (key == QLatin1String("notices")) {
        o.noticesFile = value;
    } else if (key == QLatin1String("tlsCert")) {
        o.tlsCertificate = value;
    } else if (key == QLatin1String("tlsKey")) {
        o.tlsKey = value;
    } else if (key == QLatin1String("operatorListen")) {
        ok = o.operatorListen.setAddress(value);
    } else if (key == QLatin1String("operatorPort")) {
        const uint p = value.toUInt(&ok);
        ok = ok && p <= 65535;
        o.operatorPort = static_cast<int>(p);
    } else if (key == QLatin1String("residentListen")) {
        ok = o.residentListen.setAddress(value);
    } else if (key == QLatin1String("residentPort")) {
        const uint p = value.toUInt(&ok);
        ok = ok && p <= 65535;
        o.residentPort = static_cast<int>(p);
    } else if (key == QLatin1String("residentBaseUrl")) {
        const QUrl url(value, QUrl::StrictMode);
        ok = url.isValid() &&
             (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) &&
             !url.host().isEmpty() && !url.hasQuery() && !url.hasFragment();
        o.residentBaseUrl = value;
    } else if (key == QLatin1String("residentTlsCert")) {
        o.residentTlsCertificate = value;
    } else if (key == QLatin1String("residentTlsKey")) {
        o.residentTlsKey = value;
    } else if (key == QLatin1String("residentWatchers")) {
        o.residentWatchers = value.toInt(&ok);
        ok = ok && o.residentWatchers >= 1;
    } else if (key == QLatin1String("residentWatchersPerAddress")) {
        o.residentWatchersPerAddress = value.toInt(&ok);
        ok = ok && o.residentWatchersPerAddress >= 1;
    } else if (key == QLatin1String("residentPlaceSpacingMs")) {
        o.residentPlaceSpacingMs = value.toInt(&ok);
        ok = ok && o.residentPlaceSpacingMs >= 0;
    } else if (key == QLatin1String("bookingDeviceRate")) {
        o.bookingDeviceRate = value.toDouble(&ok);
        ok = ok && o.bookingDeviceRate > 0;
    } else if (key == QLatin1String("bookingDeviceBurst")) {
        o.bookingDeviceBurst = value.toInt(&ok);
        ok = ok && o.bookingDeviceBurst > 0;
    } else if (key == QLatin1String("bookingIdRate")) {
        o.bookingIdRate = value.toDouble(&ok);
        ok = ok && o.bookingIdRate > 0;
    } else if (key == QLatin1String("bookingIdBurst")) {
        o.bookingIdBurst = value.toInt(&ok);
        ok = ok && o.bookingIdBurst > 0;
    } else if (key == QLatin1String("quiet")) {
        o.quiet = value == QLatin1String("true");
    } else if (key == QLatin1String("allowPlainWs")) {
        o.allowPlainWs = value == QLatin1String("true");
    } else {
        return QStringLiteral("配置文件含有未知选项: %1").arg(key);
    }
    return ok ? std::nullopt : std::optional(bad());
}

std::optional<QString> readConfigFile(ServiceOptions& o, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return QStringLiteral("无法读取配置文件 %1: %2").arg(path, f.errorString());
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (!doc.isObject()) {
        return QStringLiteral("配置文件 %1 不是 JSON 对象: %2").arg(path, err.errorString());
    }
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QJsonValue v = it.value();
        const QString text = v.isString() ? v.toString()
                             : v.isBool() ? QLatin1String(v.toBool() ? "true" : "false")
                                          : QString::number(v.toDouble(), 'g', 12);
        if (auto problem = apply(o, it.key(), text)) {
            return problem;
        }
    }
    return std::nullopt;
}

} // namespace

bool ServiceOptions::usesPostgres() const
{
    return databaseurl::isPostgres(database);
}

QString ServiceOptions::databasePath() const
{
    const QString file = database.isEmpty() ? QStringLiteral("hall.sqlite") : database;
    return QDir(dataDir).absoluteFilePath(file);
}

ParsedOptions parseServiceOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(describe());
    parser.addHelpOption();
    parser.addOption({QStringLiteral("config"), QStringLiteral("JSON file with any of the options below."),
                      QStringLiteral("file")});
    for (const Flag& f : kFlags) {
        parser.addOption({QLatin1String(f.name), QLatin1String(f.help), QLatin1String(f.valueName)});
    }
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("Do not log one line per request.")});
    parser.addOption(
        {QStringLiteral("allow-plain-ws"),
         QStringLiteral("Serve plain ws:// (no TLS) on a non-loopback --listen address: tokens and "
                        "passwords then cross the network in clear.")});
    parser.addOption({QStringLiteral("check-config"),
                      QStringLiteral("Check every configuration file (hall, booking, cases, …), list the "
                                     "problems by JSON path and exit: 0 all good, 1 problems.")});
    parser.addOption(
        {QStringLiteral("init"),
         QStringLiteral("Create a new hall in the data directory (database and person-key.secret) "
                        "and run it; refused when the directory already holds a hall. Without "
                        "it a missing or empty database is an error.")});
    // Read before the application exists (service/net/eventloop.h), so command line only.
    parser.addOption(
        {QStringLiteral("event-loop"),
         QStringLiteral("Main event loop: epoll (default) or qt (Qt's own, polls every socket)."),
         QStringLiteral("epoll|qt")});
    if (!parser.parse(arguments)) {
        return {std::nullopt, parser.errorText() + QLatin1Char('\n') + parser.helpText(), 2};
    }
    if (parser.isSet(QStringLiteral("help"))) {
        return {std::nullopt, parser.helpText(), 0};
    }
    if (!parser.positionalArguments().isEmpty()) {
        return {std::nullopt,
                QStringLiteral("多余的参数: %1\n").arg(parser.positionalArguments().join(QLatin1Char(' '))),
                2};
    }
    const QString loop = parser.value(QStringLiteral("event-loop"));
    if (!loop.isEmpty() && loop != QLatin1String("epoll") && loop != QLatin1String("qt")) {
        return {std::nullopt, QStringLiteral("选项 event-loop 的值无效: %1（可用 epoll 或 qt）").arg(loop),
                2};
    }
    ServiceOptions o;
    if (parser.isSet(QStringLiteral("config"))) {
        if (auto problem = readConfigFile(o, parser.value(QStringLiteral("config")))) {
            return {std::nullopt, *problem, 2};
        }
    }
    for (const Flag& f : kFlags) {
        if (parser.isSet(QLatin1String(f.name))) {
            if (auto problem = apply(o, QLatin1String(f.key), parser.value(QLatin1String(f.name)))) {
                return {std::nullopt, *problem, 2};
            }
        }
    }
    if (parser.isSet(QStringLiteral("quiet"))) {
        o.quiet = true;
    }
    if (parser.isSet(QStringLiteral("allow-plain-ws"))) {
        o.allowPlainWs = true;
    }
    o.checkConfig = parser.isSet(QStringLiteral("check-config"));
    o.init = parser.isSet(QStringLiteral("init"));
    if (o.tlsCertificate.isEmpty() != o.tlsKey.isEmpty()) {
        return {std::nullopt, QStringLiteral("--tls-cert 和 --tls-key 必须同时给出"), 2};
    }
    if (!o.cityDatabase.isEmpty() && (o.usesPostgres() || o.hall.isEmpty())) {
        return {
            std::nullopt,
            QStringLiteral("--city-database 与本大厅自己的 SQLite (--database) 一起使用，并需要 --hall 指明"
                           "本大厅 / --city-database goes with the hall's own SQLite --database and needs "
                           "--hall"),
            2};
    }
    if (o.residentTlsCertificate.isEmpty() != o.residentTlsKey.isEmpty()) {
        return {std::nullopt, QStringLiteral("--resident-tls-cert 和 --resident-tls-key 必须同时给出"), 2};
    }
    if (o.tlsCertificate.isEmpty() && !o.listen.isLoopback() && !o.allowPlainWs) {
        return {
            std::nullopt,
            QStringLiteral(
                "不加密的 ws:// 只在本机地址上提供 (--listen %1 不是本机地址)：设备令牌和工作人员密码会以明文"
                "经过网络。请用 hall-admin tls init 生成大厅证书并给出 --tls-cert/--tls-key，"
                "或确需明文时加 --allow-plain-ws")
                .arg(o.listen.toString()),
            2};
    }
    if (o.dataDir.isEmpty()) {
        o.dataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                    QStringLiteral("/servicehall");
    }
    return {o, {}, 0};
}

} // namespace hall
