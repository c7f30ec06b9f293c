// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The counter's 报表 tab against a real hall-service: who sees it, the figures it shows for tickets
// served through the protocol, the table and the export (CSV with a BOM, XLSX), and the charts drawn
// by Qt Charts in the real page.
#include "adminonscreen.h"
#include "counterapp.h"
#include "counterfixture.h"
#include "itemtree.h"
#include "reportboard.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>

using namespace hall;
using namespace hall::test;
using namespace Qt::StringLiterals;

namespace {

/// Issues `count` tickets for `service` and serves them at window 8 (综合) as wang, rated `rating`.
void serveTickets(CounterFixture& fx, WsClient& wang, const QString& service, int count,
                  const QString& rating)
{
    const QJsonObject window{{u"counter"_s, 8}};
    for (int i = 0; i < count; ++i) {
        fx.issue({service});
        REQUIRE(ok(wang.call(u"counter.callNext"_s, window)));
        REQUIRE(ok(wang.call(u"counter.start"_s, window)));
        REQUIRE(ok(wang.call(u"counter.finish"_s, {{u"counter"_s, 8}, {u"rating"_s, rating}})));
    }
}

} // namespace

TEST_CASE("报表: supervisors only, and the figures, the table and the export of tickets served",
          "[reports][frontend]")
{
    CounterFixture fx;
    auto wangDesk = fx.wang();
    REQUIRE(ok(wangDesk->call(u"counter.open"_s, {{u"counter"_s, 8}})));
    serveTickets(fx, *wangDesk, u"marriage"_s, 3, u"satisfied"_s);
    serveTickets(fx, *wangDesk, u"assistance"_s, 1, u"unsatisfied"_s);

    // li works windows 1 and 2 only: no 报表 for li (and the service would refuse anyway).
    auto li = fx.atWindow(u"counter-1"_s, u"li"_s, 1);
    ReportBoard liBoard;
    liBoard.setController(li.get());
    REQUIRE(waitUntil([&] { return !li->overview().isEmpty(); }));
    CHECK_FALSE(liBoard.available());

    auto admin = fx.supervisor();
    ReportBoard board;
    board.setController(admin.get());
    REQUIRE(waitUntil([&] { return board.available() && !board.date().isEmpty(); }));
    CHECK(board.period() == u"month"_s);
    CHECK(board.grouping() == u"counter"_s);
    board.refresh();
    REQUIRE(waitUntil([&] { return board.loaded() && !board.busy(); }));
    INFO(board.actions()->errorDetail().toStdString());
    const QVariantMap summary = board.summary();
    CHECK(summary.value(u"issued"_s).toInt() == 4);
    CHECK(summary.value(u"served"_s).toInt() == 4);
    CHECK(summary.value(u"satisfaction"_s).toDouble() == Approx(75.0)); // 3 of 4 satisfied or basic
    CHECK(board.ratings() == QVariantList{3, 0, 1});
    REQUIRE(board.groups().size() == 1); // window 8 only
    CHECK(board.groups().first().toMap().value(u"served"_s).toInt() == 4);
    // The table: the export's columns, one row per window and the total last.
    const QVariantList table = board.table();
    REQUIRE(table.size() == 2);
    CHECK(board.headings().size() == table.first().toStringList().size());
    CHECK(table.last().toStringList().first() == u"合计"_s);
    CHECK(table.last().toStringList().at(board.headings().indexOf(u"办结"_s)) == u"4"_s);
    // The month has every day up to today, today marked as such.
    CHECK_FALSE(board.days().isEmpty());
    CHECK(board.days().last().toMap().value(u"today"_s).toBool());

    // Grouped by service: two rows, the names a manager reads.
    board.setGrouping(u"service"_s);
    REQUIRE(waitUntil([&] { return board.loaded() && !board.busy() && board.groups().size() == 2; }));
    CHECK(board.groups().first().toMap().value(u"label"_s).toString() == u"结婚登记"_s);
    admin->setEnglish(true);
    CHECK(board.groups().first().toMap().value(u"label"_s).toString() == u"Marriage registration"_s);
    CHECK(board.headings().contains(u"Served"_s));
    admin->setEnglish(false);

    // Export: what is shown, to files a manager opens in Excel.
    QTemporaryDir dir;
    board.setExportDir(dir.path());
    REQUIRE(board.exportReport(u"csv"_s));
    QFile csv(board.lastExport());
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2 + 3); // title, headings, two services, the total
    CHECK(lines.at(2).startsWith(u"结婚登记,"_s));
    CHECK(lines.last().startsWith(u"合计,4,"_s));
    REQUIRE(board.exportReport(u"xlsx"_s));
    QFile xlsx(board.lastExport());
    REQUIRE(xlsx.open(QIODevice::ReadOnly));
    CHECK(xlsx.read(2) == "PK"); // a zip container, as every .xlsx is
    CHECK(board.lastExport().endsWith(u".xlsx"_s));
    // A file that cannot be written is said in words and changes nothing shown.
    board.setExportDir(u"/proc/no-such-dir"_s);
    CHECK_FALSE(board.exportReport(u"csv"_s));
    CHECK(board.actions()->errorCode() == u"EXPORT_FAILED"_s);
    CHECK(board.loaded());
}

TEST_CASE("报表 tab: an admin device sees it, the charts are drawn, both languages", "[reports][frontend]")
{
    CounterFixture fx;
    auto wangDesk = fx.wang();
    REQUIRE(ok(wangDesk->call(u"counter.open"_s, {{u"counter"_s, 8}})));
    serveTickets(fx, *wangDesk, u"marriage"_s, 2, u"satisfied"_s);
    serveTickets(fx, *wangDesk, u"elderly"_s, 1, u"basic"_s);

    const auto shown = adminOnScreen(fx, 0, u"report"_s);
    CounterApp& app = *shown;
    CounterController* c = app.controller();
    const auto boards = app.window()->findChildren<ReportBoard*>();
    REQUIRE(boards.size() == 1);
    ReportBoard* board = boards.first();
    REQUIRE(waitUntil([&] { return board->loaded() && !board->busy(); }, 20000));
    CHECK(board->summary().value(u"served"_s).toInt() == 3);
    REQUIRE(ReportBoard::chartsAvailable()); // the test runner is a QApplication, as hall-counter is
    for (const QString& chart :
         {u"dailyChart"_s, u"hourChart"_s, u"ratingChart"_s, u"groupCountChart"_s, u"groupTimeChart"_s}) {
        INFO(chart.toStdString());
        CHECK(waitUntil([&] { return itemtree::find(app.window(), chart) != nullptr; }));
    }
    QQuickItem* summary = itemtree::find(app.window(), u"reportSummary"_s);
    REQUIRE(summary != nullptr);
    CHECK(summary->property("text").toString().contains(u"办结 3"_s));
    c->setEnglish(true);
    CHECK(summary->property("text").toString().contains(u"served 3"_s));
    c->setEnglish(false);
    if (const QString dir = qEnvironmentVariable("HALL_REPORT_SCREENSHOTS"); !dir.isEmpty()) {
        waitUntil([] { return false; }, 500); // let the scene graph settle
        CHECK(app.window()->grabWindow().save(dir + u"/counter-report-test.png"_s));
        c->setEnglish(true);
        waitUntil([] { return false; }, 500);
        CHECK(app.window()->grabWindow().save(dir + u"/counter-report-test-en.png"_s));
    }
}
