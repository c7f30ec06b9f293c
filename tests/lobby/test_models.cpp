// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The lobby's view-models alone: fed snapshots as the service sends them.
#include "calllistmodel.h"
#include "hallclock.h"
#include "lobbycontroller.h"
#include "noticeboard.h"
#include "servicefiguresmodel.h"
#include "windowlistmodel.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryFile>

using namespace hall;
using namespace Qt::StringLiterals;

namespace {

QJsonObject call(const QString& ticket, int counter, qint64 seq, bool recall = false)
{
    return {{u"ticket"_s, ticket},
            {u"counter"_s, counter},
            {u"counterName"_s, QString::number(counter) + u"号窗口"_s},
            {u"recall"_s, recall},
            {u"at"_s, u"2026-11-24T10:05:00.000+08:00"_s},
            {u"seq"_s, seq}};
}

QJsonObject counter(int number, const QString& status, const QJsonValue& ticket = QJsonValue())
{
    return {{u"number"_s, number},
            {u"name"_s, QString::number(number) + u"号窗口"_s},
            {u"status"_s, status},
            {u"ticket"_s, ticket}};
}

QJsonObject ticket(const QString& number, const QString& state)
{
    return {{u"id"_s, 7}, {u"number"_s, number}, {u"state"_s, state}, {u"priority"_s, u"normal"_s}};
}

QStringList tickets(const CallListModel& m)
{
    QStringList out;
    for (int i = 0; i < m.rowCount(); ++i) {
        out << m.data(m.index(i), CallListModel::TicketRole).toString();
    }
    return out;
}

} // namespace

TEST_CASE("call list: newest first, new calls inserted at the top, limited", "[nostore]")
{
    CallListModel m;
    m.setLimit(3);
    m.setCalls({call(u"A002"_s, 2, 12), call(u"A001"_s, 1, 10)});
    CHECK(tickets(m) == QStringList{u"A002"_s, u"A001"_s});
    CHECK(m.data(m.index(0), CallListModel::TimeRole).toString() == u"10:05"_s);
    CHECK(m.data(m.index(1), CallListModel::CounterNameRole).toString() == u"1号窗口"_s);

    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    m.setCalls({call(u"B001"_s, 3, 15), call(u"A002"_s, 2, 12), call(u"A001"_s, 1, 10)});
    CHECK(inserted.count() == 1);
    CHECK(reset.count() == 0);
    CHECK(tickets(m) == QStringList{u"B001"_s, u"A002"_s, u"A001"_s});

    SECTION("past the limit the oldest goes, still without a reset")
    {
        m.setCalls({call(u"A003"_s, 1, 20, true), call(u"B001"_s, 3, 15), call(u"A002"_s, 2, 12),
                    call(u"A001"_s, 1, 10)});
        CHECK(reset.count() == 0);
        CHECK(tickets(m) == QStringList{u"A003"_s, u"B001"_s, u"A002"_s});
        CHECK(m.data(m.index(0), CallListModel::RecallRole).toBool());
    }
    SECTION("an unrelated list (a new day, another hall) replaces everything")
    {
        m.setCalls({call(u"C001"_s, 3, 2)});
        CHECK(reset.count() == 1);
        CHECK(tickets(m) == QStringList{u"C001"_s});
    }
    SECTION("the same list again changes nothing")
    {
        m.setCalls({call(u"B001"_s, 3, 15), call(u"A002"_s, 2, 12), call(u"A001"_s, 1, 10)});
        CHECK(inserted.count() == 1);
        CHECK(reset.count() == 0);
    }
}

TEST_CASE("windows: calling, serving, ready, paused and closed, with the ticket in hand", "[nostore]")
{
    WindowListModel m;
    m.setCounters({counter(1, u"open"_s, ticket(u"A012"_s, u"called"_s)),
                   counter(2, u"open"_s, ticket(u"B003"_s, u"serving"_s)), counter(3, u"open"_s),
                   counter(4, u"paused"_s, ticket(u"D001"_s, u"serving"_s)), counter(5, u"closed"_s)});
    REQUIRE(m.rowCount() == 5);
    const auto at = [&](int row, int role) { return m.data(m.index(row), role).toString(); };
    CHECK(at(0, WindowListModel::PhaseRole) == u"calling"_s);
    CHECK(at(0, WindowListModel::TicketRole) == u"A012"_s);
    CHECK(at(1, WindowListModel::PhaseRole) == u"serving"_s);
    CHECK(at(1, WindowListModel::TicketRole) == u"B003"_s);
    CHECK(at(2, WindowListModel::PhaseRole) == u"open"_s);
    CHECK(at(2, WindowListModel::TicketRole).isEmpty());
    CHECK(at(3, WindowListModel::PhaseRole) == u"paused"_s);
    CHECK(at(4, WindowListModel::PhaseRole) == u"closed"_s);
    CHECK(at(4, WindowListModel::NameRole) == u"5号窗口"_s);

    // A change at one window updates that row only.
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    m.setCounters({counter(1, u"open"_s, ticket(u"A012"_s, u"serving"_s)),
                   counter(2, u"open"_s, ticket(u"B003"_s, u"serving"_s)), counter(3, u"open"_s),
                   counter(4, u"paused"_s, ticket(u"D001"_s, u"serving"_s)), counter(5, u"closed"_s)});
    CHECK(reset.count() == 0);
    REQUIRE(changed.count() == 1);
    CHECK(changed.first().at(0).toModelIndex().row() == 0);
    CHECK(at(0, WindowListModel::PhaseRole) == u"serving"_s);
}

TEST_CASE("waiting figures per service, updated in place", "[nostore]")
{
    ServiceFiguresModel m;
    const auto service = [](const QString& id, const QString& prefix, int waiting, int minutes) {
        return QJsonObject{{u"id"_s, id},
                           {u"prefix"_s, prefix},
                           {u"nameZh"_s, u"结婚登记"_s},
                           {u"nameEn"_s, u"Marriage"_s},
                           {u"waiting"_s, waiting},
                           {u"waitMinutes"_s, minutes},
                           {u"openCounters"_s, 2}};
    };
    m.setServices({service(u"marriage"_s, u"A"_s, 4, 30), service(u"divorce"_s, u"B"_s, 0, 0)});
    CHECK(m.rowCount() == 2);
    CHECK(m.totalWaiting() == 4);
    CHECK(m.data(m.index(0), ServiceFiguresModel::WaitMinutesRole).toInt() == 30);
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    m.setServices({service(u"marriage"_s, u"A"_s, 3, 22), service(u"divorce"_s, u"B"_s, 1, 20)});
    CHECK(reset.count() == 0);
    CHECK(m.totalWaiting() == 4);
    CHECK(m.data(m.index(1), ServiceFiguresModel::WaitingRole).toInt() == 1);
}

TEST_CASE("notices: the built-in ones, a centre's file, and clear refusals", "[nostore]")
{
    NoticeBoard board;
    QString error;
    REQUIRE(board.load(QString(), &error));
    CHECK(board.notices().join(u'\n').contains(u"婚姻登记免费"_s));
    CHECK(board.text().contains(u"办公时间"_s));
    board.setEnglish(true);
    CHECK(board.text().contains(u"Marriage registration is free"_s));

    QTemporaryFile file;
    REQUIRE(file.open());
    file.write(R"({"notices": [{"zh": "周六上午办理婚姻登记", "en": "Open Saturday mornings"}, "仅中文"]})");
    file.flush();
    REQUIRE(board.load(file.fileName(), &error));
    CHECK(board.notices() == QStringList{u"Open Saturday mornings"_s, u"仅中文"_s});

    SECTION("broken files keep the notices shown and say why")
    {
        for (const QByteArray& bad :
             {QByteArray("{"), QByteArray(R"({"notices": []})"),
              QByteArray(R"({"notices": [{"en": "English only"}]})"), QByteArray(R"({"other": 1})")}) {
            QTemporaryFile broken;
            REQUIRE(broken.open());
            broken.write(bad);
            broken.flush();
            error.clear();
            CHECK_FALSE(board.load(broken.fileName(), &error));
            CHECK(error.contains(u"公告文件无效"_s));
            CHECK(board.notices().size() == 2);
        }
        CHECK_FALSE(board.load(u"/nonexistent/notices.json"_s, &error));
        CHECK(error.contains(u"无法读取"_s));
    }
}

TEST_CASE("notices: the monthly figures (政务公开) lead when published, and only then", "[nostore]")
{
    NoticeBoard board;
    board.setNotices({{u"婚姻登记免费"_s, u"Marriage registration is free"_s}});
    const QJsonObject november{{u"enabled"_s, true},         {u"month"_s, u"2026-11"_s},  {u"served"_s, 1234},
                               {u"meanWaitMinutes"_s, 8.46}, {u"satisfaction"_s, 0.9731}, {u"rated"_s, 800}};
    board.setMonthlyFigures(november);
    CHECK(board.notices() ==
          QStringList{u"政务公开　2026年11月：办件 1234 件，平均等候 8.5 分钟，满意率 97.3%"_s,
                      u"婚姻登记免费"_s});
    board.setEnglish(true);
    CHECK(board.notices().first() ==
          u"Our figures for November 2026: 1234 errands handled, average wait 8.5 min, 97.3% satisfied"_s);
    // No ratings: no share of satisfied residents is made up.
    QJsonObject unrated = november;
    unrated.insert(u"rated"_s, 0);
    CHECK_FALSE(NoticeBoard::monthlyNotice(unrated).zh.contains(u"满意率"_s));
    // Not published, or a month with nothing done: the centre's notices alone.
    for (const QJsonObject& none :
         {QJsonObject{{u"enabled"_s, false}},
          QJsonObject{{u"enabled"_s, true}, {u"month"_s, u"2026-11"_s}, {u"served"_s, 0}}}) {
        board.setMonthlyFigures(none);
        CHECK(board.notices() == QStringList{u"Marriage registration is free"_s});
    }
}

TEST_CASE("notice board: the day's certificate ceremonies after the figures, without personal data",
          "[nostore]")
{
    NoticeBoard board;
    board.setNotices({{u"婚姻登记免费"_s, u"Marriage registration is free"_s}});
    const QJsonObject day{
        {u"ceremonies"_s, QJsonArray{QJsonObject{{u"start"_s, u"2026-12-03T09:00:00+08:00"_s},
                                                 {u"hall"_s, u"同心厅"_s},
                                                 {u"officiant"_s, u"李老师"_s},
                                                 {u"collective"_s, false}},
                                     QJsonObject{{u"start"_s, u"2026-12-03T02:00:00Z"_s}, // 10:00 in the hall
                                                 {u"hall"_s, u"幸福厅"_s},
                                                 {u"officiant"_s, u"李老师"_s},
                                                 {u"collective"_s, true},
                                                 {u"themeZh"_s, u"冬日集体颁证"_s},
                                                 {u"themeEn"_s, u"Winter collective ceremony"_s}}}}};
    board.setCeremonies(day);
    REQUIRE(board.notices().size() == 2);
    CHECK(board.notices().first() ==
          u"今日颁证仪式：09:00 同心厅（颁证师 李老师）；10:00 幸福厅 冬日集体颁证（颁证师 李老师）"_s);
    board.setEnglish(true);
    CHECK(board.notices().first() ==
          u"Certificate ceremonies today: 09:00 同心厅 (officiant 李老师); 10:00 幸福厅, "
          u"Winter collective ceremony (officiant 李老师)"_s);
    // A day without ceremonies: the centre's notices alone.
    board.setCeremonies(QJsonObject{{u"ceremonies"_s, QJsonArray{}}});
    CHECK(board.notices() == QStringList{u"Marriage registration is free"_s});
}

TEST_CASE("hall clock: hall time (UTC+8) whatever the machine's zone", "[nostore]")
{
    HallClock clock;
    clock.setNow([] { return QDateTime(QDate(2026, 11, 23), QTime(18, 30), Qt::UTC); });
    CHECK(clock.time() == u"02:30"_s);
    CHECK(clock.date() == u"2026年11月24日"_s);
    CHECK(clock.weekday() == u"星期二"_s);
    clock.setEnglish(true);
    CHECK(clock.date() == u"24 November 2026"_s);
    CHECK(clock.weekday() == u"Tuesday"_s);
}

TEST_CASE("controller: the latest call, and a new call announced by a rising seq", "[nostore]")
{
    LobbyController lobby;
    QSignalSpy latest(&lobby, &LobbyController::latestChanged);
    QJsonObject snapshot{
        {u"seq"_s, 10},
        {u"centre"_s, QJsonObject{{u"nameZh"_s, u"测试中心"_s}, {u"nameEn"_s, u"Test Centre"_s}}},
        {u"recentCalls"_s, QJsonArray{call(u"A001"_s, 1, 10)}},
        {u"counters"_s, QJsonArray{counter(1, u"open"_s, ticket(u"A001"_s, u"called"_s))}},
        {u"services"_s, QJsonArray{}}};
    lobby.render(snapshot);
    CHECK(lobby.centreName() == u"测试中心"_s);
    CHECK(lobby.latestTicket() == u"A001"_s);
    CHECK(lobby.latestCounterName() == u"1号窗口"_s);
    CHECK(latest.count() == 1);
    snapshot.insert(u"seq"_s, 11); // an event that is not a call
    lobby.render(snapshot);
    CHECK(latest.count() == 1);
    snapshot.insert(u"recentCalls"_s, QJsonArray{call(u"A001"_s, 1, 12, true), call(u"A001"_s, 1, 10)});
    lobby.render(snapshot);
    CHECK(latest.count() == 2);
    CHECK(lobby.latestRecall());
    CHECK(lobby.latestSeq() == 12);
    lobby.setEnglish(true);
    CHECK(lobby.centreName() == u"Test Centre"_s);
}

TEST_CASE("privacy: what a leaky snapshot carries about people never reaches the lobby's models", "[nostore]")
{
    // Display views already strip these; the lobby takes only numbers, windows and figures anyway.
    QJsonObject leaky = ticket(u"A001"_s, u"called"_s);
    leaky.insert(u"idRef"_s, u"110***********1234"_s);
    leaky.insert(u"name"_s, u"张三"_s);
    leaky.insert(u"idNumber"_s, u"110105195103081234"_s);
    leaky.insert(u"phone"_s, u"13800138000"_s);
    QJsonObject badCall = call(u"A001"_s, 1, 10);
    badCall.insert(u"name"_s, u"张三"_s);
    LobbyController lobby;
    lobby.render({{u"seq"_s, 10},
                  {u"recentCalls"_s, QJsonArray{badCall}},
                  {u"counters"_s, QJsonArray{counter(1, u"open"_s, leaky)}},
                  {u"services"_s, QJsonArray{}},
                  {u"tickets"_s, QJsonArray{leaky}}});
    QStringList shown;
    for (QAbstractListModel* m : std::initializer_list<QAbstractListModel*>{lobby.calls(), lobby.windows()}) {
        for (int row = 0; row < m->rowCount(); ++row) {
            for (int role : m->roleNames().keys()) {
                shown << m->data(m->index(row), role).toString();
            }
        }
    }
    REQUIRE(shown.contains(u"A001"_s));
    const QString all = shown.join(u'|');
    for (const QString& secret : {u"张三"_s, u"1234"_s, u"110"_s, u"13800138000"_s}) {
        INFO(secret.toStdString());
        CHECK_FALSE(all.contains(secret));
    }
}
