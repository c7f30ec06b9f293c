// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// hall-service: wires options, storage, the queue, auth and the WebSocket server together.
#include "adminchannel.h"
#include "auth/authstore.h"
#include "auth/secrets.h"
#include "bookingconfig.h"
#include "casesconfig.h"
#include "configcheck.h"
#include "configreload.h"
#include "datadir.h"
#include "desks/bookingdesk.h"
#include "desks/retentiondesk.h"
#include "dispatcher.h"
#include "hallserver.h"
#include "hallstate.h"
#include "health/looplag.h"
#include "health/storageprobe.h"
#include "http/operatorendpoint.h"
#include "http/residentpages.h"
#include "metrics/servicemetrics.h"
#include "net/eventloop.h"
#include "ops/opcontext.h"
#include "personsecret.h"
#include "protocol/protocol.h"
#include "requestledger.h"
#include "requestlog.h"
#include "runningclock.h"
#include "serviceadmin.h"
#include "serviceoptions.h"
#include "storage/calendarstore.h"
#include "storage/databaseurl.h"
#include "storage/hallmove.h"
#include "storage/walcheckpointer.h"
#include "storage/walsync.h"
#include "system/journallog.h"
#include "system/systemdnotifier.h"
#include "system/unixsignals.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>

using namespace hall;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "%shall-service: %s\n", journallog::prefix(3).constData(), qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    installServiceEventLoop(argc, argv);
    journallog::install();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hall-service"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HALL_VERSION));
    const ParsedOptions parsed = parseServiceOptions(QCoreApplication::arguments());
    if (!parsed.options) {
        std::fprintf(parsed.exitCode == 0 ? stdout : stderr, "%s\n", qPrintable(parsed.message));
        return parsed.exitCode;
    }
    const ServiceOptions& options = *parsed.options;
    if (options.checkConfig) {
        const QList<ConfigFileReport> reports = checkConfiguration(options);
        std::fprintf(stdout, "%s", qPrintable(formatConfigReports(reports)));
        return std::all_of(reports.cbegin(), reports.cend(),
                           [](const auto& r) { return r.problems.isEmpty(); })
                   ? 0
                   : 1;
    }
    SystemdNotifier systemd;
    // Before any thread starts (the WAL checkpointer): threads inherit the blocked mask.
    UnixSignals unixSignals({SIGHUP, SIGTERM, SIGINT});
    if (!unixSignals.isValid()) {
        return fail(QStringLiteral("无法接收系统信号 (signalfd)"));
    }
    if (!secrets::init()) {
        return fail(QStringLiteral("libsodium 初始化失败"));
    }
    // One writer per hall: the lock before anything is read, held until the process ends.
    if (options.init && !QDir().mkpath(options.dataDir)) {
        return fail(QStringLiteral("无法创建数据目录 %1").arg(options.dataDir));
    }
    // With a city apart, --hall names the hall in the city's database; its own store is SQLite.
    const bool cityApart = !options.cityDatabase.isEmpty();
    auto located =
        databaseurl::storeOptions(options.database, options.dataDir, cityApart ? QString() : options.hall);
    if (!located) {
        return fail(located.error().message);
    }
    SqlStore::Options storeOptions = std::move(located).value();
    if (!QFileInfo(options.dataDir).isDir()) {
        return fail(halldata::checkExisting(options.dataDir, storeOptions)->message);
    }
    auto lock = DataDirLock::acquire(options.dataDir, QStringLiteral("hall-service"), 3000);
    if (!lock) {
        return fail(lock.error().message);
    }
    if (auto problem = options.init ? halldata::initialise(options.dataDir, storeOptions)
                                    : halldata::checkExisting(options.dataDir, storeOptions)) {
        return fail(problem->message);
    }
    const int descriptors = ConnectionGuard::raiseDescriptorLimit();
    // Read before the store opens, so a bad file is named before any migration runs.
    if (!options.hallConfig.isEmpty()) {
        if (auto checked = loadHallConfig(options.hallConfig); !checked) {
            return fail(checked.error().message);
        }
    }
    storeOptions.backupBeforeMigration = QDir(options.dataDir).absoluteFilePath(QStringLiteral("backups"));
    auto store = SqlStore::open(storeOptions);
    if (!store) {
        return fail(store.error().message);
    }
    std::unique_ptr<SqlStore> ownedStore = std::move(store).value();
    if (storeOptions.isPostgres()) {
        // checkExisting refused a hall moved away before the start; a move made while this process was
        // cut off (the hall's lock was free then) is refused at the reconnect, so the stale copy never
        // serves again: the link stays down, saying where the hall went.
        ownedStore->addReopenHandler([s = ownedStore.get()]() -> std::optional<Error> {
            auto moved = hallmove::movedAway(s->database());
            if (!moved) {
                return moved.error();
            }
            if (moved.value()) {
                return hallmove::movedAwayRefusal(s->options().schema, *moved.value());
            }
            return std::nullopt;
        });
    }
    // The city's database beside the hall's own: its schema hall_<id> made on first use, the hall's
    // advisory lock taken there too (two processes never serve one hall of a city).
    std::unique_ptr<SqlStore> cityStore;
    QString cityDescription;
    if (cityApart) {
        auto cityOptions = databaseurl::storeOptions(options.cityDatabase, options.dataDir, options.hall);
        if (!cityOptions) {
            return fail(cityOptions.error().message);
        }
        cityDescription = databaseurl::describe(cityOptions.value());
        auto city = SqlStore::open(cityOptions.value());
        if (!city) {
            // Unreachable is not a reason to keep the hall's queue shut: it starts and joins the city
            // when it answers. Any other refusal (the hall served elsewhere, a failed migration) stops.
            const auto unreachable = SqlStore::probeWritable(cityOptions.value());
            if (!unreachable) {
                return fail(QStringLiteral("市级数据库 / city database: %1").arg(city.error().message));
            }
            qWarning("hall: the city database does not answer (%s): the hall starts without it; bookings "
                     "are refused until it answers",
                     qPrintable(unreachable->message));
            city = SqlStore::openLater(cityOptions.value());
            if (!city) {
                return fail(city.error().message);
            }
        }
        cityStore = std::move(city).value();
    }
    // The hall file with the years entered with hall-admin calendar enter laid over its calendar.
    auto config = calendarstore::loadHall(options.hallConfig, ownedStore->database());
    if (!config) {
        return fail(config.error().message);
    }
    HallConfig hallConfig = std::move(config).value();
    // SQLite: checkpoints run on their own thread (WalCheckpointer), not inside a group commit.
    // PostgreSQL checkpoints by itself.
    std::unique_ptr<WalCheckpointer> checkpointer;
    if (!storeOptions.isPostgres()) {
        QSqlQuery(ownedStore->database()).exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
        checkpointer = std::make_unique<WalCheckpointer>(ownedStore->database(), options.databasePath(), 500,
                                                         options.walLimitBytes);
        checkpointer->start();
    }
    std::unique_ptr<Clock> clock;
    if (options.startTime.isValid()) {
        clock = std::make_unique<RunningClock>(options.startTime);
    } else {
        clock = std::make_unique<SystemClock>();
    }
    // Declared before the hall, so it outlives the group commit that points to it.
    std::unique_ptr<WalSync> walSync;
    HallState hall(std::move(hallConfig), std::move(clock), std::move(ownedStore), std::move(cityStore));
    if (auto failed = hall.start()) {
        return fail(failed->message);
    }
    // SQLite: the group commit is pipelined (WalSync): the next turns run while the last commit's WAL
    // is synced, and every reply waits for the sync that covers it. PostgreSQL syncs its own commits.
    if (!storeOptions.isPostgres()) {
        auto attached = WalSync::attach(hall.store().database(), options.databasePath());
        if (!attached) {
            return fail(attached.error().message);
        }
        walSync = std::move(attached).value();
        hall.groupCommit().setSync(walSync.get());
        // Fail-stop: after a failed sync the kernel may have dropped what it could not write, so no
        // later commit can be vouched for. Nothing waiting is answered; exit at once, before anything
        // else is acknowledged (GroupCommit logged it); a restart reads what the disk holds.
        QObject::connect(&hall.groupCommit(), &GroupCommit::syncFailed, [](const QString& message) {
            std::fprintf(
                stderr,
                "%shall-service: 存储同步失败，服务立即停止 / the storage sync failed, stopping now: %s\n",
                journallog::prefix(2).constData(), qPrintable(message));
            std::fflush(stderr);
            std::_Exit(EXIT_FAILURE);
        });
    }
    // Handles of the connection come after `hall`, which owns it, so they are gone before it closes.
    QSqlDatabase db = hall.store().database();
    AuthStore auth(db);
    RequestLedger ledger({static_cast<qint64>(options.ledgerRetentionHours) * 3600, options.ledgerPerDevice});
    if (auto failed = ledger.load(db)) {
        return fail(failed->message);
    }
    hall.storeLink().setCommitWait(options.commitWaitMs);
    QObject::connect(&hall.storeLink(), &StoreLink::reconnected, &hall, [&ledger, db, cityApart] {
        // The ledger is the hall's own store's: with the city apart it never went away.
        if (cityApart) {
            return;
        }
        if (auto failed = ledger.reload(db)) {
            qWarning("hall: the request ledger could not be read again after the reconnect: %s",
                     qPrintable(failed->message));
        }
    });
    QTimer ledgerPrune;
    // Not while the link is down: outside the group commit nothing bounds a DELETE's wait for a lost
    // standby (StoreLink::StandbyLost).
    QObject::connect(&ledgerPrune, &QTimer::timeout, [&ledger, db, &hall] {
        if (hall.storeLink().writable()) {
            ledger.prune(db);
        }
    });
    ledgerPrune.start(3600 * 1000);
    // A device past its ledger cap leaves rows on disk; trimming them soon keeps its rows near the cap
    // (each tick is one small DELETE per such device, none while no device overflowed).
    QTimer ledgerTrim;
    QObject::connect(&ledgerTrim, &QTimer::timeout, [&ledger, db, &hall] {
        if (hall.storeLink().writable()) {
            ledger.trim(db);
        }
    });
    ledgerTrim.start(10 * 1000);
    auto personSecret = loadPersonSecret(options.dataDir);
    if (!personSecret) {
        return fail(personSecret.error().message);
    }
    auto bookingConfig = options.bookingConfig.isEmpty()
                             ? BookingResult<BookingConfig>(defaultBookingConfig())
                             : loadBookingConfig(options.bookingConfig);
    if (!bookingConfig) {
        return fail(bookingConfig.error().message);
    }
    if (auto failed = hall.enableBooking(std::move(bookingConfig).value(), personSecret.value(),
                                         options.bookingDeviceRate, options.bookingDeviceBurst,
                                         options.bookingIdRate, options.bookingIdBurst)) {
        return fail(failed->message);
    }
    if (auto failed = hall.booking()->serveOffices(options.servesOffices)) {
        return fail(failed->message);
    }
    auto casesConfig = options.casesConfig.isEmpty() ? CaseResult<CasesConfig>(defaultCasesConfig())
                                                     : loadCasesConfig(options.casesConfig);
    if (!casesConfig) {
        return fail(casesConfig.error().message);
    }
    if (auto failed = hall.enableCases(std::move(casesConfig).value(), personSecret.value())) {
        return fail(failed->message);
    }
    QStringList noticeProblems;
    auto notices = notices::load(options.noticesFile, &noticeProblems);
    if (!notices) {
        return fail(noticeProblems.join(QStringLiteral("; ")));
    }
    if (hall.setNotices(std::move(*notices), Actor{}) && !hall.groupCommit().flush()) {
        return fail(QStringLiteral("无法保存公告"));
    }
    hall.retention().start();
    ConfigReloader reloader(options, hall);
    hall.setConfigReloader(&reloader);
    Dispatcher dispatcher(hall, auth, ledger, personSecret.value(),
                          {options.kioskIssuesPerMinute, options.deviceWritesPerMinute});
    RequestLog log(options.quiet);
    ServiceMetrics metrics(dispatcher.ops() + Dispatcher::residentOps());
    log.setObserver([&metrics](const QString& op, const Outcome& o, qint64 micros) {
        metrics.request(op, o.ok, o.error.code, micros);
    });
    QObject::connect(&hall.groupCommit(), &GroupCommit::flushed,
                     [&metrics](qint64 nanos, int replies, bool ok) { metrics.commit(nanos, replies, ok); });
    LoopLag lag;
    StorageProbe probe(db, hall.groupCommit(), hall.clock());
    // Before the server: tickets and bookings made from now on carry their pages' addresses.
    const ResidentLinks residentLinks(personSecret.value(), options.residentBaseUrl);
    hall.setResidentLinks(residentLinks);
    HallServer::Handler handler;
    handler.request = [&dispatcher](std::shared_ptr<Session> s, protocol::Request r,
                                    std::function<void(Outcome)> respond) {
        dispatcher.dispatch(std::move(s), std::move(r), std::move(respond));
    };
    handler.storageRefusal = [&hall](const protocol::ProtocolError& failed) {
        // While the database is away every refusal says so (also the turn that lost it), in the
        // link's sentence for people (messageZh/messageEn) as well as the joined message.
        const StoreLink& link = hall.storeLink();
        return link.writable() ? protocol::ProtocolError{failed.code,
                                                         QStringLiteral("存储失败，本次操作没有生效，请重试")}
                               : refusal(link.refusal()).error;
    };
    HallServer server(options, std::move(handler), log);
    QObject::connect(&hall.durable(), &DurableQueue::committed, &server.fanout(), &EventFanout::publish);
    QString error;
    if (!server.listen(&error)) {
        return fail(
            QStringLiteral("无法监听 %1:%2: %3").arg(options.listen.toString()).arg(options.port).arg(error));
    }
    ServiceAdmin admin(hall, auth, server, options.dataDir, options.hallConfig);
    AdminChannel adminChannel(
        [&admin](const adminwire::Request& r, AdminChannel::Done done) { admin.run(r, std::move(done)); });
    if (!adminChannel.listen(options.dataDir, &error)) {
        return fail(error);
    }
    const auto reload = [&reloader, &hall, &systemd] {
        systemd.reloading();
        const QList<ConfigFileReport> reports =
            reloader.reload(Actor{QStringLiteral("-"), QStringLiteral("SIGHUP")});
        hall.groupCommit().whenCommitted([reports, &systemd](const std::optional<Error>& failure) {
            // Every line at one level: a warning when a file was refused or the change not stored.
            const bool refused = failure || std::any_of(reports.cbegin(), reports.cend(), [](const auto& r) {
                                     return r.outcome.startsWith(QLatin1String("refused"));
                                 });
            const QByteArray level = journallog::prefix(refused ? 4 : 6);
            std::fprintf(stderr, "%shall-service: configuration reloaded (SIGHUP)%s\n", level.constData(),
                         failure ? " but not stored" : "");
            for (const QString& line :
                 formatConfigReports(reports).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                std::fprintf(stderr, "%s%s\n", level.constData(), qPrintable(line));
            }
            systemd.ready(QStringLiteral("configuration reloaded"));
        });
    };
    const auto stop = [&](int signalNumber) {
        std::fprintf(stderr, "%shall-service: signal %d, stopping\n", journallog::prefix(6).constData(),
                     signalNumber);
        hall.groupCommit().settle(); // this turn's changes, on disk, and every reply waiting for a sync
        server.closeAll(protocol::closecode::ShuttingDown, QStringLiteral("service stopping"));
        if (checkpointer) {
            checkpointer->requestInterruption();
            checkpointer->wait();
            if (!QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
                std::fprintf(stderr, "%shall-service: final checkpoint failed\n",
                             journallog::prefix(3).constData());
            }
        }
        // Quit once every client has answered its close frame (HallServer::closeAll says why it waits),
        // at most 3 s; then the rest are closed. Nothing runs meanwhile that could change state.
        auto* closing = new QTimer(&app);
        QObject::connect(
            closing, &QTimer::timeout, &app, [&server, &app, closing, deadline = QDeadlineTimer(3000)] {
                if (server.sessionCount() == 0) {
                    app.quit();
                } else if (deadline.hasExpired()) {
                    closing->stop();
                    server.abortRemaining(protocol::closecode::ShuttingDown,
                                          QStringLiteral("service stopping"));
                    QTimer::singleShot(200, &app, &QCoreApplication::quit); // for the last bytes to leave
                }
            });
        closing->start(10);
    };
    QObject::connect(&unixSignals, &UnixSignals::received, [&](int signalNumber) {
        if (signalNumber == SIGHUP) {
            reload();
        } else {
            stop(signalNumber);
        }
    });
    // Harnesses (tests, ./hall demo, the benchmark) read this line to learn the port.
    std::fprintf(stdout, "hall-service listening on %s://%s:%u/v1 (seq %lld, database %s, descriptors %d)\n",
                 qPrintable(server.scheme()), qPrintable(options.listen.toString()), server.port(),
                 hall.engine().lastSeq(),
                 qPrintable(databaseurl::describe(storeOptions) +
                            (cityApart ? QStringLiteral(", city %1").arg(cityDescription) : QString())),
                 descriptors);
    std::unique_ptr<OperatorEndpoint> operatorEndpoint;
    if (options.operatorPort >= 0) {
        operatorEndpoint = std::make_unique<OperatorEndpoint>(
            OperatorEndpoint::Sources{hall, server, metrics, lag, probe, ledger,
                                      storeOptions.isPostgres() ? QString() : options.databasePath()});
        if (!operatorEndpoint->listen(options.operatorListen, static_cast<quint16>(options.operatorPort),
                                      &error)) {
            return fail(QStringLiteral("无法监听运维端点 %1:%2: %3")
                            .arg(options.operatorListen.toString())
                            .arg(options.operatorPort)
                            .arg(error));
        }
        std::fprintf(stdout, "hall-service operator endpoint on http://%s:%u/ (/healthz, /metrics)\n",
                     qPrintable(options.operatorListen.toString()), operatorEndpoint->port());
    }
    std::unique_ptr<ResidentPages> residentPages;
    if (options.residentPort >= 0) {
        ResidentPages::Limits limits;
        limits.watchers = options.residentWatchers;
        limits.watchersPerAddress = options.residentWatchersPerAddress;
        limits.placeSpacingMs = options.residentPlaceSpacingMs;
        residentPages = std::make_unique<ResidentPages>(hall, dispatcher, log, residentLinks, limits);
        if (!options.residentTlsCertificate.isEmpty()) {
            if (auto refused =
                    residentPages->enableTls(options.residentTlsCertificate, options.residentTlsKey)) {
                return fail(refused->message);
            }
        }
        if (!residentPages->listen(options.residentListen, static_cast<quint16>(options.residentPort),
                                   &error)) {
            return fail(QStringLiteral("无法监听居民页面 %1:%2: %3")
                            .arg(options.residentListen.toString())
                            .arg(options.residentPort)
                            .arg(error));
        }
        server.fanout().setPublicFollower([pages = residentPages.get()] { pages->watchers().refresh(); });
        if (operatorEndpoint) {
            operatorEndpoint->report(&residentPages->listener());
        }
        std::fprintf(stdout, "hall-service resident pages on %s://%s:%u/ (base URL %s)\n",
                     qPrintable(residentPages->listener().scheme()),
                     qPrintable(options.residentListen.toString()), residentPages->port(),
                     options.residentBaseUrl.isEmpty() ? "none" : qPrintable(options.residentBaseUrl));
    }
    std::fflush(stdout);
    systemd.ready(QStringLiteral("%1://%2:%3/v1, seq %4")
                      .arg(server.scheme(), options.listen.toString())
                      .arg(server.port())
                      .arg(hall.engine().lastSeq()));
    const int code = QCoreApplication::exec();
    std::fprintf(stderr, "%shall-service: stopped\n", journallog::prefix(6).constData());
    return code;
}
