// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the desk lists, computed from a snapshot and hall.overview alone (no network): which
// waiting tickets a window may call, the oldest wait per service, the windows, the device alerts.
#include "callerbookingdesk.h"
#include "caseoffers.h"
#include "casewords.h"
#include "counterview.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QJsonArray>
#include <QTranslator>

using namespace hall;
using namespace Qt::StringLiterals;

namespace {

QJsonObject ticket(const QString& number, const QString& service, const QString& state,
                   const QString& issuedAt, int assignedCounter = 0,
                   const QString& priority = QStringLiteral("normal"))
{
    return {{QStringLiteral("number"), number},
            {QStringLiteral("state"), state},
            {QStringLiteral("issuedAt"), issuedAt},
            {QStringLiteral("priority"), priority},
            {QStringLiteral("assignedCounter"), assignedCounter},
            {QStringLiteral("currentErrand"), 0},
            {QStringLiteral("errands"), QJsonArray{QJsonObject{{QStringLiteral("service"), service}}}}};
}

QJsonObject snapshot()
{
    const QJsonArray services{QJsonObject{{QStringLiteral("id"), QStringLiteral("marriage")},
                                          {QStringLiteral("prefix"), QStringLiteral("A")},
                                          {QStringLiteral("nameZh"), QStringLiteral("结婚登记")},
                                          {QStringLiteral("nameEn"), QStringLiteral("Marriage")},
                                          {QStringLiteral("waiting"), 2},
                                          {QStringLiteral("waitMinutes"), 20},
                                          {QStringLiteral("openCounters"), 1}},
                              QJsonObject{{QStringLiteral("id"), QStringLiteral("divorce")},
                                          {QStringLiteral("prefix"), QStringLiteral("B")},
                                          {QStringLiteral("nameZh"), QStringLiteral("离婚登记")},
                                          {QStringLiteral("nameEn"), QStringLiteral("Divorce")},
                                          {QStringLiteral("waiting"), 1},
                                          {QStringLiteral("waitMinutes"), 10},
                                          {QStringLiteral("openCounters"), 0}}};
    const QJsonArray counters{
        QJsonObject{{QStringLiteral("number"), 1},
                    {QStringLiteral("name"), QStringLiteral("1号窗口")},
                    {QStringLiteral("status"), QStringLiteral("open")},
                    {QStringLiteral("staff"), QStringLiteral("li")},
                    {QStringLiteral("ticket"),
                     ticket(QStringLiteral("A001"), QStringLiteral("marriage"), QStringLiteral("serving"),
                            QStringLiteral("2026-11-24T09:00:00+08:00"))}},
        QJsonObject{{QStringLiteral("number"), 2},
                    {QStringLiteral("name"), QStringLiteral("2号窗口")},
                    {QStringLiteral("status"), QStringLiteral("closed")},
                    {QStringLiteral("ticket"), QJsonValue()}}};
    const QJsonArray tickets{
        ticket(QStringLiteral("A003"), QStringLiteral("marriage"), QStringLiteral("waiting"),
               QStringLiteral("2026-11-24T09:40:00+08:00")),
        ticket(QStringLiteral("A002"), QStringLiteral("marriage"), QStringLiteral("waiting"),
               QStringLiteral("2026-11-24T09:10:00+08:00"), 0, QStringLiteral("elder")),
        ticket(QStringLiteral("B001"), QStringLiteral("divorce"), QStringLiteral("waiting"),
               QStringLiteral("2026-11-24T09:20:00+08:00"), 1), // transferred to window 1
        ticket(QStringLiteral("B002"), QStringLiteral("divorce"), QStringLiteral("waiting"),
               QStringLiteral("2026-11-24T09:30:00+08:00"), 2), // transferred to window 2
        ticket(QStringLiteral("A004"), QStringLiteral("marriage"), QStringLiteral("setAside"),
               QStringLiteral("2026-11-24T09:35:00+08:00")),
        ticket(QStringLiteral("B003"), QStringLiteral("divorce"), QStringLiteral("setAside"),
               QStringLiteral("2026-11-24T09:36:00+08:00")),
    };
    return {{QStringLiteral("services"), services},
            {QStringLiteral("counters"), counters},
            {QStringLiteral("tickets"), tickets}};
}

QJsonObject overview()
{
    const QJsonArray counters{
        QJsonObject{{QStringLiteral("number"), 1},
                    {QStringLiteral("services"),
                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("marriage")},
                                            {QStringLiteral("weight"), QStringLiteral("primary")}}}},
                    {QStringLiteral("mayOperate"), true},
                    {QStringLiteral("finished"), 7}},
        QJsonObject{{QStringLiteral("number"), 2},
                    {QStringLiteral("services"),
                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("divorce")},
                                            {QStringLiteral("weight"), QStringLiteral("primary")}}}},
                    {QStringLiteral("mayOperate"), false}}};
    const QJsonArray services{QJsonObject{{QStringLiteral("id"), QStringLiteral("marriage")},
                                          {QStringLiteral("issued"), 9},
                                          {QStringLiteral("finished"), 5},
                                          {QStringLiteral("setAside"), 1}}};
    return {{QStringLiteral("counters"), counters}, {QStringLiteral("services"), services}};
}

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-24T10:00:00+08:00"), Qt::ISODate);

QStringList column(const QList<QVariantMap>& rows, const char* key)
{
    QStringList out;
    for (const QVariantMap& r : rows) {
        out.append(r.value(QLatin1String(key)).toString());
    }
    return out;
}

} // namespace

TEST_CASE("a window lists its services' waiting tickets and those sent to it, oldest first",
          "[view][nostore]")
{
    const auto rows = counterview::waitingRows(snapshot(), overview(), 1, kNow, false);
    CHECK(column(rows, "number") ==
          QStringList{QStringLiteral("A002"), QStringLiteral("B001"), QStringLiteral("A003")});
    CHECK(rows.at(0).value(QStringLiteral("waitedMinutes")).toInt() == 50);
    CHECK(rows.at(0).value(QStringLiteral("priorityText")).toString() == QStringLiteral("老年人优先"));
    CHECK(rows.at(1).value(QStringLiteral("assigned")).toBool());
    CHECK(rows.at(1).value(QStringLiteral("service")).toString() == QStringLiteral("离婚登记"));
    CHECK(counterview::waitingRows(snapshot(), overview(), 1, kNow, true)
              .at(1)
              .value(QStringLiteral("service")) == QStringLiteral("Divorce"));
    // Window 2 serves divorce: B001 is window 1's now, B002 was sent to it.
    CHECK(column(counterview::waitingRows(snapshot(), overview(), 2, kNow, false), "number") ==
          QStringList{QStringLiteral("B002")});
    // Before hall.overview arrives a window knows no services: only what was sent to it.
    CHECK(column(counterview::waitingRows(snapshot(), {}, 1, kNow, false), "number") ==
          QStringList{QStringLiteral("B001")});
}

TEST_CASE("set-aside tickets of the window's services, or of every service for the hall view",
          "[view][nostore]")
{
    CHECK(column(counterview::setAsideRows(snapshot(), overview(), 1, kNow, false), "number") ==
          QStringList{QStringLiteral("A004")});
    CHECK(column(counterview::setAsideRows(snapshot(), overview(), 0, kNow, false), "number") ==
          QStringList{QStringLiteral("A004"), QStringLiteral("B003")});
}

TEST_CASE("service figures: queue from the snapshot, oldest wait from the tickets, counts from the overview",
          "[view][nostore]")
{
    const auto all = counterview::serviceRows(snapshot(), overview(), 0, kNow, false);
    REQUIRE(all.size() == 2);
    const QVariantMap marriage = all.at(0);
    CHECK(marriage.value(QStringLiteral("waiting")).toInt() == 2);
    CHECK(marriage.value(QStringLiteral("waitMinutes")).toInt() == 20);
    CHECK(marriage.value(QStringLiteral("oldestWaitMinutes")).toInt() == 50);
    CHECK(marriage.value(QStringLiteral("issued")).toInt() == 9);
    CHECK(marriage.value(QStringLiteral("finished")).toInt() == 5);
    CHECK(all.at(1).value(QStringLiteral("oldestWaitMinutes")).toInt() == 40); // B001 at 09:20
    const auto mine = counterview::serviceRows(snapshot(), overview(), 1, kNow, false);
    REQUIRE(mine.size() == 1);
    CHECK(mine.at(0).value(QStringLiteral("weight")).toString() == QStringLiteral("primary"));
}

TEST_CASE("windows: state, staff, ticket in hand, permission, finishes and tickets sent to them",
          "[view][nostore]")
{
    const auto rows = counterview::windowRows(snapshot(), overview(), false);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).value(QStringLiteral("ticket")).toString() == QStringLiteral("A001"));
    CHECK(rows.at(0).value(QStringLiteral("statusText")).toString() == QStringLiteral("办理中"));
    CHECK(rows.at(0).value(QStringLiteral("mayOperate")).toBool());
    CHECK(rows.at(0).value(QStringLiteral("finished")).toInt() == 7);
    CHECK(rows.at(0).value(QStringLiteral("assignedWaiting")).toInt() == 1);
    CHECK(rows.at(0).value(QStringLiteral("services")).toString() == QStringLiteral("结婚登记"));
    CHECK(rows.at(1).value(QStringLiteral("statusText")).toString() == QStringLiteral("已关闭"));
    CHECK_FALSE(rows.at(1).value(QStringLiteral("mayOperate")).toBool());
    // The pages read these, not the status word: a closed window is dimmed and takes no ticket.
    CHECK_FALSE(rows.at(0).value(QStringLiteral("closed")).toBool());
    CHECK(rows.at(0).value(QStringLiteral("takesTickets")).toBool());
    CHECK(rows.at(1).value(QStringLiteral("closed")).toBool());
    CHECK_FALSE(rows.at(1).value(QStringLiteral("takesTickets")).toBool());
}

TEST_CASE("device alerts name the device the way the hall does, and skip what works", "[view][nostore]")
{
    const QJsonArray devices{QJsonObject{{QStringLiteral("device"), QStringLiteral("kiosk-1")},
                                         {QStringLiteral("kind"), QStringLiteral("printer")},
                                         {QStringLiteral("status"), QStringLiteral("paperOut")}},
                             QJsonObject{{QStringLiteral("device"), QStringLiteral("kiosk-2")},
                                         {QStringLiteral("kind"), QStringLiteral("printer")},
                                         {QStringLiteral("status"), QStringLiteral("ok")}},
                             QJsonObject{{QStringLiteral("device"), QStringLiteral("kiosk-3")},
                                         {QStringLiteral("kind"), QStringLiteral("printer")},
                                         {QStringLiteral("status"), QStringLiteral("paperLow")}}};
    const auto rows = counterview::alertRows(devices);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).value(QStringLiteral("text")).toString() == QStringLiteral("1号取号机缺纸"));
    CHECK(rows.at(0).value(QStringLiteral("severe")).toBool());
    CHECK_FALSE(rows.at(1).value(QStringLiteral("severe")).toBool());
    CHECK(counterview::deviceLabel(QStringLiteral("front-desk")) == QStringLiteral("front-desk"));
}

TEST_CASE("the hall calendar's warnings join the alerts, in the counter's language",
          "[view][calendar][nostore]")
{
    const QJsonArray alerts{
        QJsonObject{{QStringLiteral("year"), 2027},
                    {QStringLiteral("currentYear"), false},
                    {QStringLiteral("messageZh"), QStringLiteral("2027 年的放假调休安排尚未录入")},
                    {QStringLiteral("messageEn"), QStringLiteral("The 2027 arrangement")}},
        QJsonObject{{QStringLiteral("year"), 2026},
                    {QStringLiteral("currentYear"), true},
                    {QStringLiteral("messageZh"), QStringLiteral("2026 年…")}}};
    const auto rows = counterview::calendarAlertRows(alerts, false);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).value(QStringLiteral("kind")).toString() == QStringLiteral("calendar"));
    CHECK(rows.at(0).value(QStringLiteral("text")).toString() ==
          QStringLiteral("2027 年的放假调休安排尚未录入"));
    CHECK_FALSE(rows.at(0).value(QStringLiteral("severe")).toBool()); // next year: time to enter it
    CHECK(rows.at(1).value(QStringLiteral("severe")).toBool());       // the year has begun
    const auto english = counterview::calendarAlertRows(alerts, true);
    CHECK(english.at(0).value(QStringLiteral("text")).toString() == QStringLiteral("The 2027 arrangement"));
    CHECK(english.at(1).value(QStringLiteral("text")).toString() ==
          QStringLiteral("2026 年…")); // no English sent
    CHECK(counterview::calendarAlertRows({}, false).isEmpty());
}

TEST_CASE("the lists speak English when the counter does", "[view][i18n][nostore]")
{
    QTranslator english;
    REQUIRE(english.load(QStringLiteral(":/i18n/hall_counter_en.qm")));
    QCoreApplication::installTranslator(&english);
    const auto rows = counterview::waitingRows(snapshot(), overview(), 1, kNow, true);
    const auto windows = counterview::windowRows(snapshot(), overview(), true);
    const auto alerts = counterview::alertRows(
        QJsonArray{QJsonObject{{QStringLiteral("device"), QStringLiteral("kiosk-1")},
                               {QStringLiteral("kind"), QStringLiteral("printer")},
                               {QStringLiteral("status"), QStringLiteral("paperOut")}}});
    QCoreApplication::removeTranslator(&english);
    CHECK(rows.at(0).value(QStringLiteral("priorityText")).toString() == QStringLiteral("Elderly priority"));
    CHECK(windows.at(1).value(QStringLiteral("statusText")).toString() == QStringLiteral("Closed"));
    CHECK(alerts.at(0).value(QStringLiteral("text")).toString() == QStringLiteral("Kiosk 1 is out of paper"));
}

TEST_CASE("the buttons a window offers follow its state and the ticket in hand", "[view][nostore]")
{
    const auto offered = [](const char* window, const char* ticket, bool aside = false) {
        return counterview::offeredActions(QLatin1String(window), QLatin1String(ticket), aside);
    };
    CHECK(offered("closed", "") == QStringList{QStringLiteral("open")});
    CHECK(offered("open", "") == QStringList{QStringLiteral("close"), QStringLiteral("callNext"),
                                             QStringLiteral("callTicket"), QStringLiteral("togglePause")});
    // Paused: nobody new is called, but the window can be resumed or closed.
    CHECK(offered("paused", "") == QStringList{QStringLiteral("close"), QStringLiteral("togglePause")});
    CHECK(offered("open", "called") == QStringList{QStringLiteral("recall"), QStringLiteral("start"),
                                                   QStringLiteral("setAside"), QStringLiteral("transfer"),
                                                   QStringLiteral("togglePause")});
    // A paused window still finishes the ticket in hand.
    CHECK(offered("paused", "serving") ==
          QStringList{QStringLiteral("finish"), QStringLiteral("transfer"), QStringLiteral("togglePause")});
    CHECK(offered("open", "serving", true).contains(QStringLiteral("requeue")));
    CHECK_FALSE(offered("open", "called").contains(QStringLiteral("callNext")));
}

TEST_CASE("a booking's history at the counter names a cancellation from the couple's phone page", "[nostore]")
{
    const QString line =
        CallerBookingDesk::auditLine({{QStringLiteral("at"), QStringLiteral("2026-11-30T10:00:00+08:00")},
                                      {QStringLiteral("action"), QStringLiteral("cancelled")},
                                      {QStringLiteral("staff"), QString()},
                                      {QStringLiteral("channel"), QStringLiteral("residentPage:private")},
                                      {QStringLiteral("detail"), QStringLiteral("2026-12-01 09:00")}});
    CHECK(line == QStringLiteral("2026-11-30 10:00 取消  居民手机页面  2026-12-01 09:00"));
}

TEST_CASE("the case page offers what the case's status and current step allow", "[view][nostore]")
{
    const QVariantList steps{
        QVariantMap{{QStringLiteral("nameZh"), QStringLiteral("入户调查")}, {QStringLiteral("joint"), true}},
        QVariantMap{{QStringLiteral("nameZh"), QStringLiteral("公示")},
                    {QStringLiteral("kind"), QStringLiteral("notice")}},
        QVariantMap{{QStringLiteral("nameZh"), QStringLiteral("审批")},
                    {QStringLiteral("outcomes"),
                     QVariantList{QVariantMap{{QStringLiteral("id"), QStringLiteral("new")},
                                              {QStringLiteral("nameZh"), QStringLiteral("新增")}},
                                  QVariantMap{{QStringLiteral("id"), QStringLiteral("stop")},
                                              {QStringLiteral("nameZh"), QStringLiteral("停保")}}}}},
        QVariantMap{{QStringLiteral("nameZh"), QStringLiteral("发放")}, {QStringLiteral("receipt"), true}},
    };
    const auto caseAt = [&](const QString& status, int step) {
        return QVariantMap{{QStringLiteral("number"), QStringLiteral("2026000001")},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("step"), step},
                           {QStringLiteral("steps"), steps}};
    };
    CaseOffers offers;
    int changes = 0;
    QObject::connect(&offers, &CaseOffers::changed, [&changes] { ++changes; });
    const auto at = [&](const QString& status, int step) -> CaseOffers& {
        offers.update(caseAt(status, step));
        return offers;
    };

    offers.update({});
    CHECK_FALSE(offers.hasCase());
    CHECK_FALSE(offers.open());
    CHECK(offers.outcomes()->rowCount() == 0);

    const CaseOffers& joint = at(QStringLiteral("open"), 0);
    CHECK(joint.open());
    CHECK(joint.inProgress());
    CHECK(joint.jointStep());
    CHECK_FALSE(joint.noticeStep());
    CHECK_FALSE(joint.documents());
    CHECK(at(QStringLiteral("open"), 1).noticeStep());
    CHECK_FALSE(offers.jointStep());
    // One button per named decision: the id the service takes and the name on the button.
    REQUIRE(at(QStringLiteral("open"), 2).outcomes()->rowCount() == 2);
    CHECK(offers.outcomes()->get(0).value(QStringLiteral("outcome")).toString() == QStringLiteral("new"));
    CHECK(offers.outcomes()->get(1).value(QStringLiteral("name")).toString() == QStringLiteral("停保"));
    CHECK(at(QStringLiteral("open"), 3).receiptStep());
    CHECK(offers.outcomes()->rowCount() == 0);

    // Returned for documents: still open (it can be refused), but nothing passes until they arrive.
    const CaseOffers& returned = at(QStringLiteral("returned"), 0);
    CHECK(returned.open());
    CHECK_FALSE(returned.inProgress());
    CHECK(returned.documents());

    // An objection stops the case; a closed case offers nothing of its steps.
    const CaseOffers& objected = at(QStringLiteral("objected"), 1);
    CHECK(objected.objected());
    CHECK_FALSE(objected.open());
    CHECK_FALSE(objected.noticeStep());
    const CaseOffers& approved = at(QStringLiteral("approved"), 2);
    CHECK(approved.hasCase());
    CHECK_FALSE(approved.open());
    CHECK(offers.outcomes()->rowCount() == 0);
    // Every update tells the page (the bindings re-read the properties).
    CHECK(changes == 8);
}

TEST_CASE("the header and the ticket panel word the window's state", "[view][nostore]")
{
    using counterview::noTicketText;
    using counterview::windowStateText;
    CHECK(windowStateText(u"open"_s, u"serving"_s, u"A012"_s) == u"办理中 A012"_s);
    // Called but not yet at the window: not "办理中" until the errand starts.
    CHECK(windowStateText(u"open"_s, u"called"_s, u"A012"_s) == u"已叫号 A012，等候到窗口"_s);
    CHECK(windowStateText(u"open"_s, {}, {}) == u"开放中，等候叫号"_s);
    CHECK(windowStateText(u"paused"_s, u"serving"_s, u"A012"_s) == u"暂停服务"_s);
    CHECK(windowStateText(u"closed"_s, {}, {}) == u"窗口已关闭"_s);
    CHECK(windowStateText({}, {}, {}).isEmpty());
    CHECK(noTicketText(u"paused"_s) == u"窗口暂停中，恢复后才能叫号"_s);
    CHECK(noTicketText(u"closed"_s) == u"窗口未开启"_s);
    CHECK(noTicketText(u"open"_s).startsWith(u"现在没有号"_s));
}

TEST_CASE("the case page's words and step colours come from the case view", "[view][nostore]")
{
    const auto step = [](const char* name, const char* state, const char* when) {
        return QVariantMap{{u"nameZh"_s, QString::fromUtf8(name)},
                           {u"state"_s, QLatin1String(state)},
                           {QLatin1String(state) == QLatin1String("done") ? u"doneOn"_s : u"expectedEnd"_s,
                            QLatin1String(when)}};
    };
    QVariantMap caseView{
        {u"number"_s, u"2026090001"_s},
        {u"typeZh"_s, u"农村低保"_s},
        {u"applicantMasked"_s, u"张*"_s},
        {u"idMasked"_s, u"110***********1234"_s},
        {u"officeZh"_s, u"城关镇"_s},
        {u"status"_s, u"open"_s},
        {u"step"_s, 1},
        {u"nextZh"_s, u"等待民主评议"_s},
        {u"steps"_s, QVariantList{step("申请", "done", "2026-09-01"),
                                  step("民主评议", "current", "2026-09-10"), step("审批", "pending", "")}},
        {u"history"_s, QVariantList{QVariantMap{{u"at"_s, u"2026-09-01T09:30:00+08:00"_s},
                                                {u"stepZh"_s, u"入户调查"_s},
                                                {u"action"_s, u"approved"_s},
                                                {u"staff"_s, u"li"_s},
                                                {u"secondStaff"_s, u"wang"_s},
                                                {u"note"_s, QString()}},
                                    QVariantMap{{u"at"_s, u"2026-09-02T10:00:00+08:00"_s},
                                                {u"stepZh"_s, u"审批"_s},
                                                {u"action"_s, u"approved"_s},
                                                {u"staff"_s, u"wang"_s},
                                                {u"outcome"_s, u"stop"_s},
                                                {u"note"_s, u"家庭收入超标"_s}}}}};
    CHECK(casewords::title(caseView) == u"2026090001 · 农村低保 · 张* 110***********1234 · 城关镇"_s);
    CHECK(casewords::stateLine(caseView) == u"当前：第2步 民主评议 · 等待民主评议"_s);
    caseView.insert(u"overdue"_s, true);
    CHECK(casewords::stateLine(caseView).endsWith(u" · 已超期"_s));

    const auto steps = casewords::stepRows(caseView);
    REQUIRE(steps.size() == 3);
    CHECK(steps.at(0).value(u"label"_s) == u"1 申请 2026-09-01"_s);
    CHECK(steps.at(0).value(u"fill"_s) == u"done"_s);
    CHECK(steps.at(0).value(u"edge"_s) == u"border"_s);
    CHECK(steps.at(1).value(u"fill"_s) == u"selected"_s);
    CHECK(steps.at(1).value(u"edge"_s) == u"primary"_s);
    CHECK(steps.at(2).value(u"label"_s) == u"3 审批 "_s);
    CHECK(steps.at(2).value(u"fill"_s) == u"surface"_s);

    const auto history = casewords::historyRows(caseView);
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).value(u"line"_s) == u"2026-09-01 09:30  入户调查  通过  li、wang"_s);
    // A decision the steps do not name is shown by its id rather than dropped.
    CHECK(history.at(1).value(u"line"_s) ==
          u"2026-09-02 10:00  审批  通过  wang  结果：stop  家庭收入超标"_s);

    CHECK(casewords::objectionText(caseView).isEmpty());
    caseView.insert(u"status"_s, u"objected"_s);
    caseView.insert(u"objection"_s, u"村民反映家中有营运车辆"_s);
    CHECK(casewords::objectionText(caseView) ==
          u"公示期间收到异议，核实处理前本件暂停：村民反映家中有营运车辆"_s);

    const auto found = casewords::foundRows({caseView});
    CHECK(found.at(0).value(u"label"_s) == u"2026090001  农村低保  张*"_s);
    CHECK(casewords::title({}).isEmpty());
    CHECK(casewords::stepRows({}).isEmpty());
}
