// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One writer, and nothing lost by an operator: the data directory's lock, hall-admin
// through the running service, no silent new hall, CSV encodings, SIGTERM, storage errors.
#include "adversary.h"
#include "domain/masking.h"
#include "hallstore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace hall;
using namespace hall::test;

namespace {

struct Run
{
    int code = -1;
    QString text;
};

Run runService(const QStringList& args, int timeoutMs = 15000)
{
    QProcess p;
    p.start(HallProcess::servicePath(), QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                                                    QStringLiteral("--port"), QStringLiteral("0")} +
                                            args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, QString::fromUtf8(p.readAllStandardError())};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput())};
}

Run runAdmin(const QString& dataDir, const QStringList& args)
{
    QProcess p;
    p.start(HallProcess::adminPath(), QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput())};
}

} // namespace

TEST_CASE("one writer: a second hall-service on the same data directory refuses to start",
          "[adversarial][writer]")
{
    HallFixture f;
    // The same hall in every respect, on either store (on PostgreSQL the hall's advisory lock stands
    // behind the directory's: test_city.cpp starts a second process from another directory).
    const Run second =
        runService(QStringList{QStringLiteral("--data-dir"), f.hall.dataDir()} + f.hall.storeArguments());
    figure("lock: second hall-service exit %d: %s", second.code, qPrintable(second.text.trimmed().left(160)));
    CHECK(second.code == 1);
    CHECK(second.text.contains(QStringLiteral("正由 hall-service")));
    // The first one is untouched and hall-admin goes through it.
    auto admin = f.connect(QStringLiteral("admin-1"));
    const QString token = f.hall.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-9"));
    WsClient kiosk;
    REQUIRE(kiosk.open(f.hall.url()));
    CHECK(ok(kiosk.hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-9"), token)));
    CHECK(f.hall.log().contains(QLatin1String("kiosk-9")));
}

TEST_CASE("one writer: no silent new hall, --init and hall-admin init are explicit",
          "[adversarial][writer][nostore]")
{
    // Data directories of its own, each with the SQLite file its command line names.
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("typo"));
    const Run typo = runService({QStringLiteral("--data-dir"), missing});
    CHECK(typo.code == 1);
    CHECK(typo.text.contains(QStringLiteral("不存在")));
    CHECK_FALSE(QFileInfo::exists(missing));
    const Run adminTypo =
        runAdmin(missing, {QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--role"),
                           QStringLiteral("kiosk"), QStringLiteral("--name"), QStringLiteral("k")});
    CHECK(adminTypo.code == 1);
    CHECK_FALSE(QFileInfo::exists(missing));
    // An existing but empty directory is no hall either.
    const QString empty = dir.filePath(QStringLiteral("empty"));
    REQUIRE(QDir().mkpath(empty));
    const Run none = runService({QStringLiteral("--data-dir"), empty});
    CHECK(none.code == 1);
    CHECK(none.text.contains(QStringLiteral("没有大厅数据库")));
    // hall-admin init makes one, once.
    CHECK(runAdmin(empty, {QStringLiteral("init")}).code == 0);
    const Run twice = runAdmin(empty, {QStringLiteral("init")});
    CHECK(twice.code == 1);
    CHECK(twice.text.contains(QStringLiteral("不会覆盖")));
    // A database without its secret is refused, not given a new one.
    REQUIRE(
        QFile::rename(empty + QStringLiteral("/person-key.secret"), empty + QStringLiteral("/moved.secret")));
    const Run noSecret = runService({QStringLiteral("--data-dir"), empty});
    CHECK(noSecret.code == 1);
    CHECK(noSecret.text.contains(QStringLiteral("person-key.secret")));
    CHECK_FALSE(QFileInfo::exists(empty + QStringLiteral("/person-key.secret")));
    figure("init: typo dir -> \"%s\"; empty dir -> \"%s\"", qPrintable(typo.text.trimmed().left(80)),
           qPrintable(none.text.trimmed().left(80)));
}

TEST_CASE("one writer: a CSV import while the service runs goes through it, in GB18030 too",
          "[adversarial][writer]")
{
    HallFixture f;
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    QFile sample(QStringLiteral(HALL_SAMPLE_CASES));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(sample.readAll());
    QStringEncoder gbk("GB18030");
    REQUIRE(gbk.isValid());
    QTemporaryDir dir;
    QFile gbFile(dir.filePath(QStringLiteral("cases-gbk.csv")));
    REQUIRE(gbFile.open(QIODevice::WriteOnly));
    gbFile.write(gbk.encode(text));
    gbFile.close();
    const AdminRun imported =
        f.hall.admin({QStringLiteral("case"), QStringLiteral("import"), gbFile.fileName()});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    // The running service knows the cases at once, with the names decoded right.
    const QJsonObject found = kiosk->call(QStringLiteral("case.lookup"),
                                          {{QStringLiteral("idNumber"), QStringLiteral("110105195604020017")},
                                           {QStringLiteral("phone"), QStringLiteral("13812345678")}});
    REQUIRE(ok(found));
    const QJsonArray cases = result(found).value(QLatin1String("cases")).toArray();
    REQUIRE_FALSE(cases.isEmpty());
    CHECK(cases.first().toObject().value(QLatin1String("applicantMasked")).toString() ==
          maskName(QStringLiteral("张秀英")));
    // Text that decodes as neither UTF-8 nor GB18030 is refused, and so is a name with a control character
    // (rows as wide as the sample's header, which ends with the optional outcome column).
    const QByteArray header = text.section(QLatin1Char('\n'), 0, 0).toUtf8() + '\n';
    const auto importRow = [&](const QString& name, const QByteArray& row) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(header + row);
        file.close();
        return f.hall.admin({QStringLiteral("case"), QStringLiteral("import"), file.fileName()});
    };
    const AdminRun refusedEncoding = importRow(
        QStringLiteral("broken.csv"), "2026019999,rural_dibao,township,\xff\xfe\x80,110105195604020017,"
                                      "13812345678,3,2026-10-12,township_review,2026-11-20,open,zhao,,\n");
    const AdminRun refusedControl =
        importRow(QStringLiteral("control.csv"),
                  "2026019998,rural_dibao,township,\"\xe5\xbc\xa0\x1b[2J\",110105195604020025,"
                  "13812345678,3,2026-10-12,township_review,2026-11-20,open,zhao,,\n");
    figure("CSV: GB18030 file imported through the running service (%s); undecodable: exit %d; control "
           "character: exit %d",
           qPrintable(imported.out.trimmed()), refusedEncoding.exitCode, refusedControl.exitCode);
    CHECK(refusedEncoding.exitCode == 1);
    CHECK(refusedEncoding.err.contains(QStringLiteral("GB18030")));
    CHECK(refusedControl.exitCode == 1);
    CHECK(refusedControl.err.contains(QStringLiteral("控制字符")));
}

TEST_CASE("one writer: case.import takes 60,000 bytes of UTF-8 in one frame and refuses a byte more",
          "[adversarial][writer]")
{
    // A case file of exactly `bytes` bytes of UTF-8, mostly Chinese (3 bytes a character, so about a third
    // as many characters as bytes), with case numbers from `first`.
    const auto caseFile = [](qsizetype bytes, qint64 first) {
        QByteArray csv =
            "number,type,office,name,id_number,phone,household_size,accepted_on,step,step_started_on,"
            "status,staff,note\n";
        qint64 number = first;
        const auto row = [&number](const QByteArray& note) {
            return QByteArray::number(number++) +
                   ",rural_dibao,township,张秀英,110105195604020017,13812345678,3,2026-10-12,township_review,"
                   "2026-11-20,open,zhao," +
                   note + '\n';
        };
        const qsizetype base = row({}).size();
        --number;
        const QByteArray chinese = QStringLiteral("材料齐全待核").repeated(16).toUtf8(); // 96 characters
        while (bytes - csv.size() > base + chinese.size() + 2 * (base + 500)) {
            csv += row(chinese);
        }
        while (bytes - csv.size() > 2 * (base + 500)) {
            csv += row(QByteArray(500, 'x'));
        }
        const qsizetype rest = bytes - csv.size() - 2 * base;
        csv += row(QByteArray(rest / 2, 'x'));
        csv += row(QByteArray(rest - rest / 2, 'x'));
        return csv;
    };
    HallFixture f;
    auto admin = f.connect(QStringLiteral("admin-1"));
    const QByteArray fits = caseFile(60000, 2026200000);
    const QByteArray over = caseFile(60001, 2026300000);
    REQUIRE(fits.size() == 60000);
    REQUIRE(over.size() == 60001);
    const auto importArgs = [](const QByteArray& csv) {
        return QJsonObject{{QStringLiteral("csv"), QString::fromUtf8(csv)}};
    };
    const qsizetype frameBytes = requestFrame(QStringLiteral("case.import"), importArgs(fits)).size();
    const QJsonObject imported = admin->call(QStringLiteral("case.import"), importArgs(fits));
    const QJsonObject refused = admin->call(QStringLiteral("case.import"), importArgs(over));
    const QString refusal =
        refused.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    const auto known = [&](const QString& number) {
        return ok(admin->call(QStringLiteral("case.find"), {{QStringLiteral("number"), number}}));
    };
    figure("case.import: %lld bytes (%lld characters) in a %lld-byte frame: %s (%d cases); %lld bytes: %s "
           "(\"%s\")",
           static_cast<long long>(fits.size()), static_cast<long long>(QString::fromUtf8(fits).size()),
           static_cast<long long>(frameBytes), ok(imported) ? "imported" : qPrintable(errorCode(imported)),
           result(imported).value(QLatin1String("imported")).toInt(), static_cast<long long>(over.size()),
           qPrintable(errorCode(refused)), qPrintable(refusal));
    CHECK(frameBytes < 64 * 1024);
    REQUIRE(ok(imported));
    CHECK(result(imported).value(QLatin1String("imported")).toInt() == fits.count('\n') - 1);
    CHECK(known(QStringLiteral("2026200000")));
    CHECK(errorCode(refused) == QLatin1String("INVALID_ARGUMENT"));
    CHECK(refusal.contains(QStringLiteral("60000 字节")));
    CHECK_FALSE(known(QStringLiteral("2026300000"))); // nothing of the refused file
    CHECK(admin->isOpen());
}

TEST_CASE("one writer: SIGTERM commits, tells clients 1001, checkpoints, and loses nothing",
          "[adversarial][writer]")
{
    HallFixture f;
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    const QJsonObject issued =
        HallFixture::issue(*kiosk, {QStringLiteral("enquiries")}, QStringLiteral("t-1"));
    const QString number =
        issued.value(QLatin1String("ticket")).toObject().value(QLatin1String("number")).toString();
    REQUIRE_FALSE(number.isEmpty());
    const int exit = f.hall.terminate();
    const int code = kiosk->waitClosed(5000);
    // SQLite's WAL is checkpointed into the file at the stop (there is none on PostgreSQL: 0).
    const qint64 wal = ProcStat::fileBytes(f.hall.databasePath() + QStringLiteral("-wal"));
    figure("SIGTERM: exit %d, client closed with %d, WAL %lld bytes after the stop", exit, code, wal);
    CHECK(exit == 0);
    CHECK(code == 1001);
    CHECK(wal == 0);
    CHECK(f.hall.log().contains(QLatin1String("stopped")));
    REQUIRE(f.hall.start());
    auto again = f.connect(QStringLiteral("kiosk-1"));
    CHECK(ok(again->call(QStringLiteral("ticket.get"), {{QStringLiteral("ticket"), number}})));
}

TEST_CASE("one writer: SIGTERM with requests in flight keeps every acknowledged one, closes 1001, exits 0",
          "[adversarial][writer]")
{
    // One connection sends ticket.issue in bursts of 20 without waiting for answers; SIGTERM once the first
    // answer is back, and the bursts go on until the service closes the connection: requests are on their
    // way in every stage of the shutdown. At most 2,000 (the default catalogue's quotas refuse some).
    constexpr int kMaxRequests = 2000;
    const QStringList flags{QStringLiteral("--rate-limit"), QStringLiteral("100000"),
                            QStringLiteral("--rate-burst"), QStringLiteral("100000"),
                            QStringLiteral("--quiet")};
    HallFixture f(flags);
    auto admin = f.connect(QStringLiteral("admin-1"));
    int sent = 0;
    for (; sent < 100; ++sent) {
        admin->sendRaw(issueFrame(sent, sent));
    }
    QList<QJsonObject> replies{admin->nextReply(30000)};
    REQUIRE(ok(replies.first()));
    f.hall.signalTerminate();
    while (admin->isOpen() && sent < kMaxRequests) {
        for (int i = 0; i < 20; ++i, ++sent) {
            admin->sendRaw(issueFrame(sent, sent));
        }
        waitUntil([] { return false; }, 2);
    }
    const int code = admin->waitClosed(15000);
    for (QJsonObject r = admin->nextReply(1); !r.isEmpty(); r = admin->nextReply(1)) {
        replies.append(r);
    }
    const int exit = f.hall.waitExit();
    QHash<QString, QString> acknowledged; // requestId's number -> ticket number
    for (const QJsonObject& r : replies) {
        if (ok(r)) {
            acknowledged.insert(QString::number(r.value(QLatin1String("id")).toInteger()),
                                result(r)
                                    .value(QLatin1String("ticket"))
                                    .toObject()
                                    .value(QLatin1String("number"))
                                    .toString());
        }
    }
    // Every acknowledged ticket is in the database the service left behind.
    QStringList quoted;
    for (const QString& number : acknowledged) {
        quoted << QLatin1Char('\'') + number + QLatin1Char('\'');
    }
    const int kept =
        HallStore(f.hall)
            .value(QStringLiteral("SELECT COUNT(DISTINCT number) FROM tickets WHERE number IN (%1)")
                       .arg(quoted.join(QLatin1Char(','))))
            .toInt();
    // Every request again under its requestId: the acknowledged ones answer with their first ticket, the
    // rest run now; nothing is issued twice.
    REQUIRE(f.hall.start(flags));
    admin = f.connect(QStringLiteral("admin-1"));
    int replayed = 0;
    int issuedAfter = 0;
    int answeredAfter = 0;
    for (int n = 0; n < sent; n += 100) {
        const int end = std::min(sent, n + 100);
        for (int i = n; i < end; ++i) {
            admin->sendRaw(issueFrame(i, i));
        }
        for (int i = n; i < end; ++i) {
            const QJsonObject r = admin->nextReply(30000);
            const QString id = QString::number(r.value(QLatin1String("id")).toInteger());
            const QString number =
                result(r).value(QLatin1String("ticket")).toObject().value(QLatin1String("number")).toString();
            answeredAfter += r.isEmpty() ? 0 : 1;
            issuedAfter += ok(r) ? 1 : 0;
            replayed += acknowledged.contains(id) && acknowledged.value(id) == number ? 1 : 0;
        }
    }
    const auto ticketsStored = [&] {
        return result(admin->call(QStringLiteral("hall.snapshot")))
            .value(QLatin1String("tickets"))
            .toArray()
            .size();
    };
    const qsizetype total = ticketsStored();
    figure(
        "SIGTERM in flight: %d ticket.issue sent on one connection, SIGTERM after the first answer: %lld "
        "acknowledged, %lld refused, %lld unanswered at the close (code %d, exit %d); %d acknowledged "
        "tickets in the database; all %d again after a restart: %d answered, %d issued, %d with their first "
        "ticket, %lld tickets in the hall",
        sent, static_cast<long long>(acknowledged.size()),
        static_cast<long long>(replies.size() - acknowledged.size()),
        static_cast<long long>(sent - replies.size()), code, exit, kept, sent, answeredAfter, issuedAfter,
        replayed, static_cast<long long>(total));
    CHECK(exit == 0);
    CHECK(code == 1001);
    CHECK(kept == acknowledged.size());
    CHECK(answeredAfter == sent);
    CHECK(replayed == acknowledged.size());
    CHECK(total == issuedAfter);
}

TEST_CASE("one writer: hall-admin restore and init refuse while the service runs",
          "[adversarial][writer][sqlite]")
{
    // hall-admin backup and restore copy SQLite's file; on PostgreSQL they are refused in favour of
    // PostgreSQL's own tools (pg_dump, pg_basebackup), and a second init there is test_city.cpp's.
    HallFixture f;
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    QTemporaryDir backups;
    const AdminRun backup = f.hall.admin({QStringLiteral("backup"), backups.path()});
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    const QStringList made = QDir(backups.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    REQUIRE(made.size() == 1);
    // A ticket after the backup: a restore now would take it away.
    const QString number = HallFixture::issue(*kiosk, {QStringLiteral("enquiries")}, QStringLiteral("r-1"))
                               .value(QLatin1String("ticket"))
                               .toObject()
                               .value(QLatin1String("number"))
                               .toString();
    REQUIRE_FALSE(number.isEmpty());
    const qint64 sizeBefore = ProcStat::fileBytes(f.hall.databasePath());
    const AdminRun restore =
        f.hall.admin({QStringLiteral("restore"), QDir(backups.path()).filePath(made.first())});
    const AdminRun init = f.hall.admin({QStringLiteral("init")});
    const QStringList moved =
        QDir(f.hall.dataDir()).entryList({QStringLiteral("*before-restore*")}, QDir::AllEntries);
    figure("while the service runs: hall-admin restore exit %d (\"%s\"), hall-admin init exit %d (\"%s\")",
           restore.exitCode, qPrintable(restore.err.trimmed().left(120)), init.exitCode,
           qPrintable(init.err.trimmed().left(120)));
    CHECK(restore.exitCode == 1);
    CHECK(restore.err.contains(QStringLiteral("正在运行")));
    CHECK(init.exitCode != 0);
    CHECK(moved.isEmpty());
    CHECK(ProcStat::fileBytes(f.hall.databasePath()) >= sizeBefore);
    // The running hall still has its ticket and its tokens.
    CHECK(kiosk->isOpen());
    CHECK(ok(kiosk->call(QStringLiteral("ticket.get"), {{QStringLiteral("ticket"), number}})));
    REQUIRE(f.hall.restart());
    auto again = f.connect(QStringLiteral("kiosk-1"));
    CHECK(ok(again->call(QStringLiteral("ticket.get"), {{QStringLiteral("ticket"), number}})));
}

TEST_CASE("one writer: a storage error reaches the client as a code and a plain message",
          "[adversarial][writer]")
{
    HallFixture f;
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    HallStore(f.hall).injectFault(QStringLiteral("tickets"),
                                  QStringLiteral("sqlite internal detail 0xdeadbeef"));
    const QJsonObject reply =
        kiosk->call(QStringLiteral("ticket.issue"),
                    {{QStringLiteral("services"), QJsonArray{QStringLiteral("enquiries")}},
                     {QStringLiteral("requestId"), QStringLiteral("f-1")}});
    const QString message =
        reply.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    figure("storage error: %s \"%s\"", qPrintable(errorCode(reply)), qPrintable(message));
    CHECK(errorCode(reply) == QLatin1String("STORAGE_FAILED"));
    CHECK_FALSE(message.contains(QLatin1String("deadbeef")));
    CHECK_FALSE(message.contains(QLatin1String("sqlite"), Qt::CaseInsensitive));
    CHECK(f.hall.log().contains(QLatin1String("deadbeef"))); // the operator's log has the details
}
