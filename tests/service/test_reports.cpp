// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// report.* through a real hall-service: tickets served through the protocol, the figures read back
// by supervisors only, across a restart into the next business day (the closed day rolled up into
// report_days), and the 政务公开 summary a display may read when the centre publishes it.
#include "hallfixture.h"
#include "hallstore.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <cmath>

using namespace hall::test;

namespace {

QJsonObject reportOf(const QJsonObject& reply)
{
    return result(reply).value(QLatin1String("report")).toObject();
}

QJsonObject rowOf(const QJsonObject& report, const QString& key)
{
    for (const QJsonValue& v : report.value(QLatin1String("rows")).toArray()) {
        if (v.toObject().value(QLatin1String("key")).toString() == key) {
            return v.toObject();
        }
    }
    return {};
}

int number(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toInt(-1);
}

/// Calls, starts and finishes the next ticket at `counter` with `rating`.
void serve(WsClient& c, int counter, const QString& rating)
{
    const QJsonObject args{{QStringLiteral("counter"), counter}};
    REQUIRE(ok(c.call(QStringLiteral("counter.callNext"), args)));
    REQUIRE(ok(c.call(QStringLiteral("counter.start"), args)));
    REQUIRE(ok(c.call(QStringLiteral("counter.finish"),
                      {{QStringLiteral("counter"), counter}, {QStringLiteral("rating"), rating}})));
}

int reportRows(const HallProcess& hall, const QString& day)
{
    return HallStore(hall)
        .value(QStringLiteral("SELECT COUNT(*) FROM report_days WHERE day = '%1'").arg(day))
        .toInt();
}

/// A morning of 24 November: li serves two marriages at window 1 (satisfied, unsatisfied), wang one
/// assistance errand at window 4 (basic); a third marriage is set aside, an enquiry still waits.
void playMorning(HallFixture& f)
{
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    for (int i = 0; i < 3; ++i) {
        HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("m-%1").arg(i));
    }
    HallFixture::issue(*kiosk, {QStringLiteral("assistance")}, QStringLiteral("d-1"));
    HallFixture::issue(*kiosk, {QStringLiteral("enquiries")}, QStringLiteral("l-1"));
    auto li = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    auto wang = f.counter(QStringLiteral("counter-2"), QStringLiteral("wang"));
    REQUIRE(ok(li->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 1}})));
    REQUIRE(ok(wang->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 4}})));
    serve(*li, 1, QStringLiteral("satisfied"));
    serve(*li, 1, QStringLiteral("unsatisfied"));
    REQUIRE(ok(li->call(QStringLiteral("counter.callNext"), {{QStringLiteral("counter"), 1}})));
    REQUIRE(ok(li->call(QStringLiteral("counter.setAside"), {{QStringLiteral("counter"), 1}})));
    serve(*wang, 4, QStringLiteral("basic"));
}

} // namespace

TEST_CASE("report.queue: the figures of tickets served through the protocol, for supervisors only",
          "[reports]")
{
    HallFixture f;
    playMorning(f);
    auto wang = f.counter(QStringLiteral("counter-2"), QStringLiteral("wang"));
    const QJsonObject byCounter{{QStringLiteral("period"), QStringLiteral("day")},
                                {QStringLiteral("by"), QStringLiteral("counter")}};
    const QJsonObject reply = wang->call(QStringLiteral("report.queue"), byCounter);
    REQUIRE(ok(reply));
    const QJsonObject report = reportOf(reply);
    CHECK(report.value(QLatin1String("from")).toString() == QStringLiteral("2026-11-24"));
    CHECK(report.value(QLatin1String("today")).toString() == QStringLiteral("2026-11-24"));
    const QJsonObject total = report.value(QLatin1String("total")).toObject();
    CHECK(number(total, "issued") == 5);
    CHECK(number(total, "served") == 3);
    CHECK(number(total, "setAside") == 1);
    CHECK(number(total, "noShow") == 1);
    CHECK(number(total, "open") == 1);
    CHECK(total.value(QLatin1String("wait")).toObject().value(QLatin1String("count")).toInt() == 3);
    CHECK(total.value(QLatin1String("rated")).toInt() == 3);
    CHECK(total.value(QLatin1String("satisfaction")).toDouble() == Approx(2.0 / 3).epsilon(0.001));
    const QJsonObject w1 = rowOf(report, QStringLiteral("1"));
    CHECK(w1.value(QLatin1String("label")).toString() == QStringLiteral("1号窗口"));
    CHECK(number(w1, "served") == 2);
    CHECK(number(w1, "setAside") == 1);
    CHECK(number(rowOf(report, QStringLiteral("4")), "served") == 1);

    // By staff: labelled with display names; li's own figures are there for the supervisor.
    QJsonObject byStaff = byCounter;
    byStaff.insert(QStringLiteral("by"), QStringLiteral("staff"));
    const QJsonObject staff = reportOf(wang->call(QStringLiteral("report.queue"), byStaff));
    CHECK(number(rowOf(staff, QStringLiteral("li")), "served") == 2);
    // No resident appears in a report: no ticket number, no ID reference anywhere in it.
    const QByteArray text = QJsonDocument(staff).toJson();
    CHECK_FALSE(text.contains("A001"));
    CHECK_FALSE(text.contains("idRef"));

    // Staff who may not work every window are refused, and so are kiosks and displays.
    auto li = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    CHECK(errorCode(li->call(QStringLiteral("report.queue"), byStaff)) == QStringLiteral("FORBIDDEN"));
    auto kiosk = f.connect(QStringLiteral("kiosk-2"));
    CHECK(errorCode(kiosk->call(QStringLiteral("report.queue"), byStaff)) == QStringLiteral("FORBIDDEN"));
    auto display = f.connect(QStringLiteral("display-1"));
    CHECK(errorCode(display->call(QStringLiteral("report.queue"), byStaff)) == QStringLiteral("FORBIDDEN"));
    auto admin = f.connect(QStringLiteral("admin-1"));
    CHECK(ok(admin->call(QStringLiteral("report.queue"), byStaff)));

    // Wrong questions are refused with a reason.
    const auto refused = [&](QJsonObject args) {
        const QJsonObject r = wang->call(QStringLiteral("report.queue"), args);
        CHECK(errorCode(r) == QStringLiteral("INVALID_ARGUMENT"));
        CHECK_FALSE(
            r.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().isEmpty());
    };
    refused({{QStringLiteral("period"), QStringLiteral("year")}});
    refused({{QStringLiteral("period"), QStringLiteral("day")},
             {QStringLiteral("by"), QStringLiteral("colour")}});
    refused({{QStringLiteral("period"), QStringLiteral("day")},
             {QStringLiteral("from"), QStringLiteral("2026-11-01")}});
    refused({{QStringLiteral("from"), QStringLiteral("2025-01-01")},
             {QStringLiteral("to"), QStringLiteral("2026-11-24")}});
    refused({{QStringLiteral("from"), QStringLiteral("2026-11-24")},
             {QStringLiteral("to"), QStringLiteral("2026-11-01")}});
    refused({{QStringLiteral("period"), QStringLiteral("day")},
             {QStringLiteral("colour"), QStringLiteral("red")}});

    // Bookings and cases of the same period.
    const QJsonObject bookings = reportOf(
        wang->call(QStringLiteral("report.bookings"), {{QStringLiteral("period"), QStringLiteral("month")}}));
    CHECK(bookings.value(QLatin1String("enabled")).toBool());
    CHECK(bookings.value(QLatin1String("types")).isArray());
    const QJsonObject cases = reportOf(
        wang->call(QStringLiteral("report.cases"), {{QStringLiteral("period"), QStringLiteral("month")}}));
    CHECK(cases.value(QLatin1String("enabled")).toBool());
    CHECK_FALSE(cases.value(QLatin1String("types")).toArray().isEmpty());
}

TEST_CASE("report.queue: a closed day keeps its figures across a restart into the next day, from its rollup",
          "[reports]")
{
    HallFixture f;
    playMorning(f);
    auto wang = f.counter(QStringLiteral("counter-2"), QStringLiteral("wang"));
    const QJsonObject day{{QStringLiteral("from"), QStringLiteral("2026-11-24")},
                          {QStringLiteral("to"), QStringLiteral("2026-11-24")},
                          {QStringLiteral("by"), QStringLiteral("service")}};
    const QJsonObject before = reportOf(wang->call(QStringLiteral("report.queue"), day));
    CHECK(reportRows(f.hall, QStringLiteral("2026-11-24")) == 0); // today is never stored

    // The service stops and comes back the next morning: the day rolls over and is rolled up.
    f.hall.kill();
    REQUIRE(f.hall.start({QStringLiteral("--start-time"), QStringLiteral("2026-11-25T09:00:00+08:00")}));
    REQUIRE(waitUntil([&] { return reportRows(f.hall, QStringLiteral("2026-11-24")) > 0; }, 20000));
    auto again = f.counter(QStringLiteral("counter-2"), QStringLiteral("wang"));
    const QJsonObject after = reportOf(again->call(QStringLiteral("report.queue"), day));
    CHECK(after.value(QLatin1String("today")).toString() == QStringLiteral("2026-11-25"));
    const QJsonObject total = after.value(QLatin1String("total")).toObject();
    CHECK(number(total, "issued") == 5);
    CHECK(number(total, "served") == 3);
    CHECK(number(total, "open") == 0);
    CHECK(number(total, "expired") == 1); // the enquiry still waiting when the day ended
    CHECK(number(total, "noShow") == 1);
    // The services whose tickets were all dealt with read exactly as they did while the day was open.
    CHECK(rowOf(after, QStringLiteral("marriage")) == rowOf(before, QStringLiteral("marriage")));
    CHECK(rowOf(after, QStringLiteral("assistance")) == rowOf(before, QStringLiteral("assistance")));
    CHECK(number(rowOf(after, QStringLiteral("marriage")), "served") == 2);
    CHECK(number(rowOf(before, QStringLiteral("enquiries")), "open") == 1);
    CHECK(number(rowOf(after, QStringLiteral("enquiries")), "expired") == 1);
}

TEST_CASE(
    "report.public: last month's 办件量, mean wait and 满意率 for the lobby, once the centre publishes them",
    "[reports]")
{
    HallFixture f;
    auto display = f.connect(QStringLiteral("display-1"));
    const QJsonObject off = reportOf(display->call(QStringLiteral("report.public")));
    CHECK_FALSE(off.value(QLatin1String("enabled")).toBool(true));
    CHECK(off.size() == 1);

    playMorning(f);
    QFile config(f.hall.dataDir() + QStringLiteral("/hall.json"));
    REQUIRE(config.open(QIODevice::WriteOnly));
    config.write(R"({"reports": {"publicMonthly": true}})");
    config.close();
    f.hall.kill();
    REQUIRE(f.hall.start({QStringLiteral("--hall-config"), config.fileName(), QStringLiteral("--start-time"),
                          QStringLiteral("2026-12-01T09:00:00+08:00")}));
    auto lobby = f.connect(QStringLiteral("display-1"));
    const QJsonObject november = reportOf(lobby->call(QStringLiteral("report.public")));
    CHECK(november.value(QLatin1String("enabled")).toBool());
    CHECK(november.value(QLatin1String("month")).toString() == QStringLiteral("2026-11"));
    CHECK(number(november, "served") == 3);
    CHECK(november.value(QLatin1String("satisfaction")).toDouble() == Approx(2.0 / 3).epsilon(0.001));
    CHECK(november.value(QLatin1String("meanWaitMinutes")).isDouble());
    // Nothing but the published figures.
    CHECK(november.keys() ==
          QStringList({QStringLiteral("enabled"), QStringLiteral("meanWaitMinutes"), QStringLiteral("month"),
                       QStringLiteral("rated"), QStringLiteral("satisfaction"), QStringLiteral("served")}));
}

TEST_CASE("report.queue: at most two reports run or wait at once, the rest are told to try again",
          "[reports]")
{
    HallFixture f;
    auto wang = f.counter(QStringLiteral("counter-2"), QStringLiteral("wang"));
    // Eight year-long reports sent at once: the service takes them in the same turn, before any
    // worker answer can come back, so all but two are refused at once.
    constexpr int kSent = 8;
    for (int i = 0; i < kSent; ++i) {
        wang->sendRaw(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("id"), 1000 + i},
                                      {QStringLiteral("op"), QStringLiteral("report.queue")},
                                      {QStringLiteral("args"),
                                       QJsonObject{{QStringLiteral("from"), QStringLiteral("2025-11-25")},
                                                   {QStringLiteral("to"), QStringLiteral("2026-11-24")},
                                                   {QStringLiteral("by"), QStringLiteral("hour")}}}})
                .toJson(QJsonDocument::Compact)));
    }
    int answered = 0;
    int refused = 0;
    for (int i = 0; i < kSent; ++i) {
        const QJsonObject reply = wang->nextReply(30000);
        REQUIRE_FALSE(reply.isEmpty());
        if (ok(reply)) {
            ++answered;
        } else {
            REQUIRE(errorCode(reply) == QStringLiteral("RATE_LIMITED"));
            ++refused;
        }
    }
    WARN("report.queue, " << kSent << " sent at once: " << answered << " answered, " << refused
                          << " refused (RATE_LIMITED)");
    CHECK(answered >= 2);
    CHECK(answered + refused == kSent);
    // Once they are done, the next one is answered.
    CHECK(
        ok(wang->call(QStringLiteral("report.queue"), {{QStringLiteral("period"), QStringLiteral("day")}})));
}

namespace {

/// The cells of an exported table by heading: heading → (row label → text of the cell).
using Table = QHash<QString, QHash<QString, QString>>;

Table tableOf(const QList<QStringList>& lines)
{
    Table t;
    const QStringList headings = lines.value(0);
    for (qsizetype r = 1; r < lines.size(); ++r) {
        for (qsizetype c = 0; c < headings.size(); ++c) {
            t[headings[c]][lines[r].value(0)] = lines[r].value(c);
        }
    }
    return t;
}

double minutes(const QJsonObject& row, const char* what)
{
    return std::round(row.value(QLatin1String(what)).toObject().value(QLatin1String("mean")).toDouble() /
                      6.0) /
           10.0;
}

} // namespace

TEST_CASE("hall-admin report: the CSV (UTF-8 with BOM) and the XLSX say what report.queue says",
          "[reports][export]")
{
    HallFixture f;
    playMorning(f);
    auto wang = f.counter(QStringLiteral("counter-2"), QStringLiteral("wang"));
    const QJsonObject report = reportOf(
        wang->call(QStringLiteral("report.queue"), {{QStringLiteral("period"), QStringLiteral("day")},
                                                    {QStringLiteral("by"), QStringLiteral("counter")}}));
    QList<QJsonObject> expected;
    for (const QJsonValue& v : report.value(QLatin1String("rows")).toArray()) {
        expected << v.toObject();
    }
    QJsonObject total = report.value(QLatin1String("total")).toObject();
    total.insert(QStringLiteral("label"), QStringLiteral("合计"));
    expected << total;
    const QStringList args{QStringLiteral("report"), QStringLiteral("--period"),   QStringLiteral("day"),
                           QStringLiteral("--date"), QStringLiteral("2026-11-24"), QStringLiteral("--by"),
                           QStringLiteral("counter")};

    // CSV, read beside the running service: to stdout, and to a file byte for byte the same.
    const AdminRun csv = f.hall.admin(args + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    const QString csvPath = f.hall.dataDir() + QStringLiteral("/report.csv");
    REQUIRE(f.hall.admin(args + QStringList{QStringLiteral("--output"), csvPath}).exitCode == 0);
    QFile csvFile(csvPath);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csvFile.readAll();
    REQUIRE(csvBytes.startsWith("\xEF\xBB\xBF"));         // the BOM Excel on Chinese Windows needs
    CHECK(QString::fromUtf8(csvBytes.mid(3)) == csv.out); // (QString::fromUtf8 drops the BOM of stdout)
    QStringList csvLines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(csvLines.size() == expected.size() + 2);
    CHECK(csvLines.takeFirst().contains(QStringLiteral("2026-11-24")));
    QList<QStringList> csvRows;
    for (const QString& line : csvLines) {
        csvRows << line.split(QLatin1Char(','));
    }
    const Table fromCsv = tableOf(csvRows);

    // XLSX, opened again with a reader that is not ours (openpyxl).
    const QString xlsxPath = f.hall.dataDir() + QStringLiteral("/report.xlsx");
    const AdminRun xlsx = f.hall.admin(args + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"),
                                                          QStringLiteral("--output"), xlsxPath});
    INFO(xlsx.err.toStdString());
    REQUIRE(xlsx.exitCode == 0);
    QProcess py;
    // Debian's interpreter, where python3-openpyxl is installed (not a python3 earlier on PATH).
    py.start(QStringLiteral("/usr/bin/python3"),
             {QStringLiteral("-c"),
              QStringLiteral("import json, sys, openpyxl\n"
                             "ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n"
                             "print(json.dumps([[c.value for c in r] for r in ws.iter_rows(min_row=3)]))"),
              xlsxPath});
    REQUIRE(py.waitForFinished(60000));
    INFO(py.readAllStandardError().toStdString());
    REQUIRE(py.exitCode() == 0);
    const QJsonArray sheet = QJsonDocument::fromJson(py.readAllStandardOutput()).array();
    REQUIRE(sheet.size() == expected.size() + 1);
    QHash<QString, QHash<QString, QJsonValue>> fromXlsx; // heading → label → cell
    const QJsonArray headings = sheet.at(0).toArray();
    for (qsizetype r = 1; r < sheet.size(); ++r) {
        const QJsonArray cells = sheet.at(r).toArray();
        for (qsizetype c = 0; c < headings.size(); ++c) {
            fromXlsx[headings.at(c).toString()][cells.at(0).toString()] = cells.at(c);
        }
    }

    for (const QJsonObject& row : expected) {
        const QString label = row.value(QLatin1String("label")).toString();
        INFO(label.toStdString());
        for (const auto& [heading, key] : {std::pair{"取号", "issued"}, std::pair{"办结", "served"},
                                           std::pair{"过号", "setAside"}, std::pair{"未到", "noShow"}}) {
            const QString h = QString::fromUtf8(heading);
            CHECK(fromCsv.value(h).value(label) == QString::number(row.value(QLatin1String(key)).toInt()));
            CHECK(fromXlsx.value(h).value(label).toDouble(-1) == row.value(QLatin1String(key)).toInt());
        }
        const double wait = minutes(row, "wait");
        CHECK(fromCsv.value(QStringLiteral("平均等候(分)")).value(label) == QString::number(wait, 'f', 1));
        CHECK(fromXlsx.value(QStringLiteral("平均等候(分)")).value(label).toDouble(-1) == Approx(wait));
        const double satisfaction = row.value(QLatin1String("satisfaction")).toDouble();
        CHECK(fromCsv.value(QStringLiteral("满意率")).value(label) ==
              QString::number(satisfaction * 100, 'f', 1) + QLatin1Char('%'));
        CHECK(fromXlsx.value(QStringLiteral("满意率")).value(label).toDouble(-1) == Approx(satisfaction));
    }

    // Wrong questions are usage errors, in words, and write nothing.
    const AdminRun wrong =
        f.hall.admin({QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("day"),
                      QStringLiteral("--format"), QStringLiteral("xlsx")});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("--output")));
}
