// One writer, and nothing lost by an operator: the data directory's lock, hall-admin
// through the running service, no silent new hall, CSV encodings, SIGTERM, storage errors.
#include "adversary.h"
#include "domain/masking.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
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
    const Run second = runService({QStringLiteral("--data-dir"), f.hall.dataDir()});
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

TEST_CASE("one writer: no silent new hall, --init and hall-admin init are explicit", "[adversarial][writer]")
{
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
    const AdminRun refusedEncoding =
        importRow(QStringLiteral("broken.csv"), "2026019999,rural_dibao,township,\xff\xfe\x80,110105195604020017,"
                                                "13812345678,3,2026-10-12,township_review,2026-11-20,open,zhao,,\n");
    const AdminRun refusedControl = importRow(
        QStringLiteral("control.csv"), "2026019998,rural_dibao,township,\"\xe5\xbc\xa0\x1b[2J\",110105195604020025,"
                                       "13812345678,3,2026-10-12,township_review,2026-11-20,open,zhao,,\n");
    figure("CSV: GB18030 file imported through the running service (%s); undecodable: exit %d; control "
           "character: exit %d",
           qPrintable(imported.out.trimmed()), refusedEncoding.exitCode, refusedControl.exitCode);
    CHECK(refusedEncoding.exitCode == 1);
    CHECK(refusedEncoding.err.contains(QStringLiteral("GB18030")));
    CHECK(refusedControl.exitCode == 1);
    CHECK(refusedControl.err.contains(QStringLiteral("控制字符")));
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

TEST_CASE("one writer: a storage error reaches the client as a code and a plain message",
          "[adversarial][writer]")
{
    HallFixture f;
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fault"));
        db.setDatabaseName(f.hall.databasePath());
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(
            q.exec(QStringLiteral("CREATE TRIGGER injected_fault BEFORE INSERT ON tickets "
                                  "BEGIN SELECT RAISE(ABORT, 'sqlite internal detail 0xdeadbeef'); END")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fault"));
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
